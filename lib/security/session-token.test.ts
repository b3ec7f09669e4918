import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newSessionId, randomKey, signSession, verifySession, type Session } from './session-token';

const key = randomKey();
const session: Session = { sid: newSessionId(), name: 'Анна K.', issuedAtMs: 1_000, expiresAtMs: 10_000 };

describe('session cookie signing', () => {
  it('verifies what it signed, until it expires', () => {
    const token = signSession(session, key);
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifySession(token, key, 5_000)).toEqual(session);
    expect(verifySession(token, key, 10_000)).toBeNull();
  });

  it('refuses a token signed with another key, a changed payload or signature, and junk', () => {
    const token = signSession(session, key);
    expect(verifySession(token, randomKey(), 5_000)).toBeNull();
    const [v, payload, mac] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ sid: session.sid, name: 'admin', iat: 1_000, exp: 9e15 })).toString('base64url');
    expect(verifySession(`${v}.${forged}.${mac}`, key, 5_000)).toBeNull();
    const flipped = `${mac.slice(0, -2)}${mac.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(verifySession(`${v}.${payload}.${flipped}`, key, 5_000)).toBeNull();
    expect(verifySession(`${v}.${payload}.${mac.slice(0, 20)}`, key, 5_000)).toBeNull();
    expect(verifySession(`v2.${payload}.${mac}`, key, 5_000)).toBeNull();
    for (const junk of ['', 'x', 'a.b.c', 'v1..', `${token}.x`, 'v1.%%%.%%%', null, undefined, 'v1.' + 'A'.repeat(5000) + '.x']) {
      expect(verifySession(junk, key, 5_000)).toBeNull();
    }
  });

  it('refuses a correctly signed payload that is not a session', () => {
    const payload = Buffer.from(JSON.stringify({ sid: 'short', name: '', iat: 1, exp: 9e15 })).toString('base64url');
    const mac = createHmac('sha256', key).update(`v1.${payload}`).digest('base64url');
    expect(verifySession(`v1.${payload}.${mac}`, key, 5_000)).toBeNull();
  });

  it('makes distinct ids and keys', () => {
    expect(newSessionId()).not.toBe(newSessionId());
    expect(randomKey().equals(randomKey())).toBe(false);
  });
});
