import type { ListSource } from './types';

/** The bytes of a source, chunk by chunk, from a web `ReadableStream` (browser `File.stream()`) or a Node stream. */
export async function* sourceChunks(source: ListSource): AsyncGenerator<Uint8Array> {
  const stream = source.open();
  if ('getReader' in stream) {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.cancel().catch(() => undefined);
    }
  } else {
    for await (const chunk of stream) yield chunk;
  }
}

/** The first `n` bytes of a source (fewer when it is shorter), reading no further than needed. */
export async function readHead(source: ListSource, n: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of sourceChunks(source)) {
    parts.push(chunk);
    length += chunk.byteLength;
    if (length >= n) break;
  }
  const head = new Uint8Array(Math.min(length, n));
  let at = 0;
  for (const p of parts) {
    const take = Math.min(p.byteLength, head.length - at);
    head.set(p.subarray(0, take), at);
    at += take;
    if (at >= head.length) break;
  }
  return head;
}
