import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { passwordMatches, readPasswordConfig } from './password';

const digestOf = (text: string) => createHash('sha256').update(text).digest();

describe('sign-in password', () => {
  it('is off without a password, on with one, from the variable or a file', () => {
    expect(readPasswordConfig({})).toEqual({ mode: 'off' });
    expect(readPasswordConfig({ ROUTE_ATLAS_PASSWORD: '' })).toEqual({ mode: 'off' });
    expect(readPasswordConfig({ ROUTE_ATLAS_PASSWORD: 'correct horse' })).toEqual({ mode: 'on', digest: digestOf('correct horse') });
    const fromFile = readPasswordConfig({ ROUTE_ATLAS_PASSWORD_FILE: '/run/secret' }, (path) => (path === '/run/secret' ? 'battery staple\n' : ''));
    expect(fromFile).toEqual({ mode: 'on', digest: digestOf('battery staple') });
  });

  it('fails closed on a short password, an unreadable file, or both set', () => {
    expect(readPasswordConfig({ ROUTE_ATLAS_PASSWORD: 'short' })).toMatchObject({ mode: 'broken', problem: /shorter than 8/ });
    const missing = readPasswordConfig({ ROUTE_ATLAS_PASSWORD_FILE: '/nope' }, () => {
      throw Object.assign(new Error('no'), { code: 'ENOENT' });
    });
    expect(missing).toMatchObject({ mode: 'broken', problem: /cannot be read \(ENOENT\)/ });
    expect(readPasswordConfig({ ROUTE_ATLAS_PASSWORD: 'long enough', ROUTE_ATLAS_PASSWORD_FILE: '/x' })).toMatchObject({ mode: 'broken' });
  });

  it('compares through hashes of equal length, so any input compares in the same time', () => {
    const digest = digestOf('correct horse');
    expect(passwordMatches('correct horse', digest)).toBe(true);
    for (const wrong of ['', 'correct hors', 'correct horse ', 'Correct horse', 'x'.repeat(10_000)]) {
      expect(passwordMatches(wrong, digest)).toBe(false);
    }
  });
});
