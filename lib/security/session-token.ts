import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** A signed-in user's session, as carried (signed) in the session cookie. */
export interface Session {
  /** Random id, so that a signed-out session can be refused until it expires. */
  sid: string;
  /** The name chosen at sign-in; saved briefings record it. */
  name: string;
  issuedAtMs: number;
  expiresAtMs: number;
}

const VERSION = 'v1';
const PayloadSchema = z.object({
  sid: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  name: z.string().min(1).max(200),
  iat: z.number().int().nonnegative(),
  exp: z.number().int().nonnegative(),
});

const mac = (key: Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** 32 random bytes: a new signing key, or (as base64url) a session id. */
export function randomKey(): Buffer {
  return randomBytes(32);
}

export function newSessionId(): string {
  return randomBytes(18).toString('base64url');
}

/** `v1.<payload>.<mac>`: the payload in base64url JSON, the HMAC-SHA256 of `v1.<payload>` under `key`. */
export function signSession(session: Session, key: Buffer): string {
  const payload = Buffer.from(
    JSON.stringify({ sid: session.sid, name: session.name, iat: session.issuedAtMs, exp: session.expiresAtMs }),
  ).toString('base64url');
  const signed = `${VERSION}.${payload}`;
  return `${signed}.${mac(key, signed).toString('base64url')}`;
}

/**
 * The session in `token` if its MAC is right (compared in constant time) and it has not expired at `nowMs`;
 * null for anything else: another version, a forged or cut token, bad JSON, an expired session.
 */
export function verifySession(token: string | undefined | null, key: Buffer, nowMs: number): Session | null {
  if (!token || token.length > 4096) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return null;
  const [version, payload, signature] = parts as [string, string, string];
  const expected = mac(key, `${version}.${payload}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = PayloadSchema.safeParse(data);
  if (!parsed.success || parsed.data.exp <= nowMs) return null;
  return { sid: parsed.data.sid, name: parsed.data.name, issuedAtMs: parsed.data.iat, expiresAtMs: parsed.data.exp };
}
