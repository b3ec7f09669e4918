import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListSource } from './lists/types';

export const FIXTURES = join(__dirname, 'test-fixtures');

/** A source over bytes, handed out in pieces of `chunkBytes` so that every parser meets cut tokens and characters. */
export function bytesSource(name: string, bytes: Uint8Array | string, chunkBytes = 7): ListSource {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return {
    name,
    size: data.byteLength,
    open: () =>
      (async function* () {
        for (let i = 0; i < data.byteLength; i += chunkBytes) yield data.subarray(i, i + chunkBytes);
      })(),
  };
}

/** A fixture file as a source (read in small pieces), optionally changed first. */
export function fixtureSource(file: string, change?: (text: string) => string, chunkBytes = 7): ListSource {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  return bytesSource(file, change ? change(text) : text, chunkBytes);
}

/** The same as a web ReadableStream, as a browser File gives it. */
export function webStreamSource(name: string, text: string): ListSource {
  const data = new TextEncoder().encode(text);
  return { name, size: data.byteLength, open: () => new Blob([data]).stream() };
}
