import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from './utf8-byte-length';

describe('utf8ByteLength', () => {
  it('matches TextEncoder, lone surrogates included', () => {
    for (const text of ['', 'abc', 'é', '한국어', '🛳️ ferry', '\ud800x', 'x\udc00']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).byteLength);
    }
  });
});
