import { throwIfCancelled } from './import-cancelled';

/** Reads the blob as UTF-8 text in pieces, refusing invalid bytes anywhere; `onText` gets each decoded piece. */
export async function streamText(
  blob: Blob,
  signal: AbortSignal | undefined,
  onText: (text: string, bytesRead: number) => boolean | void,
): Promise<number> {
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytesRead = 0;
  try {
    for (;;) {
      throwIfCancelled(signal);
      const { done, value } = await reader.read();
      if (done) break;
      bytesRead += value.byteLength;
      const stop = onText(decoder.decode(value, { stream: true }), bytesRead);
      if (stop === true) return bytesRead;
    }
    const rest = decoder.decode();
    if (rest !== '') onText(rest, bytesRead);
    return bytesRead;
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
