import { passwordMatches } from '@/lib/security/password';
import { newSessionId, signSession } from '@/lib/security/session-token';
import { SESSION_COOKIE, SIGN_IN_PATH, cleanName, safeNextPath } from './auth-http';
import type { AuthState } from './auth-state';

/** A sign-in form is two short fields; anything bigger is not one. */
const MAX_FORM_BYTES = 8 * 1024;
const MAX_PASSWORD_CHARS = 1024;
const GLOBAL_KEY = '*';

/** HTTPS as the browser sees it: directly, or through a TLS-terminating proxy that says so. */
export function isHttps(request: Request): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  return request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

function cookie(value: string, maxAgeS: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${maxAgeS}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export const clearedCookie = (secure: boolean) => cookie('', 0, secure);

/**
 * The client's address for the per-address limit: what Next.js put in X-Forwarded-For (the socket's address, or
 * the header a reverse proxy sent). A client that talks to the server directly can send its own header and so pick
 * its key; the global limit bounds guessing whatever it sends.
 */
function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 100) || 'unknown';
}

type Outcome = { ok: true; name: string; next: string } | { ok: false; status: number; error: string; code: string; next: string; retryAfterS?: number };

async function readForm(request: Request): Promise<URLSearchParams | null> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) return null;
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (!Number.isFinite(declared) || declared > MAX_FORM_BYTES) return null;
  const body = await request.text();
  return body.length > MAX_FORM_BYTES ? null : new URLSearchParams(body);
}

async function attempt(request: Request, state: AuthState, digest: Buffer, nowMs: number): Promise<Outcome> {
  const form = await readForm(request);
  const next = safeNextPath(form?.get('next'));
  if (!form) return { ok: false, status: 400, code: 'form', error: 'expected the sign-in form (name and password)', next };
  const address = clientAddress(request);
  const waitMs = Math.max(state.global.retryAfterMs(GLOBAL_KEY, nowMs), state.perAddress.retryAfterMs(address, nowMs));
  if (waitMs > 0) {
    const retryAfterS = Math.ceil(waitMs / 1000);
    return { ok: false, status: 429, code: 'limited', error: `too many failed sign-ins; try again in ${retryAfterS} s`, next, retryAfterS };
  }
  const name = cleanName(form.get('name') ?? '');
  if (name === null) return { ok: false, status: 400, code: 'name', error: 'type a name (up to 60 characters): saved briefings record it', next };
  const password = form.get('password') ?? '';
  if (password.length > MAX_PASSWORD_CHARS || !passwordMatches(password, digest)) {
    state.perAddress.record(address, nowMs);
    state.global.record(GLOBAL_KEY, nowMs);
    return { ok: false, status: 401, code: 'wrong', error: 'wrong password', next };
  }
  state.perAddress.reset(address);
  return { ok: true, name, next };
}

/**
 * `POST /sign-in` with the form's `name`, `password` and `next`. A browser form gets a redirect (to `next` with the
 * session cookie, or back to the sign-in page with the reason); a client that asks for JSON gets 204 or the error
 * as JSON with its status (401, 429 with Retry-After, 400).
 */
export async function handleSignIn(request: Request, state: AuthState, digest: Buffer, nowMs: number): Promise<Response> {
  const outcome = await attempt(request, state, digest, nowMs);
  const wantsJson = /application\/json/.test(request.headers.get('accept') ?? '');
  const noStore = { 'Cache-Control': 'no-store' };
  if (outcome.ok) {
    const token = signSession(
      { sid: newSessionId(), name: outcome.name, issuedAtMs: nowMs, expiresAtMs: nowMs + state.sessionLifetimeMs },
      state.key,
    );
    const headers = { ...noStore, 'Set-Cookie': cookie(token, Math.floor(state.sessionLifetimeMs / 1000), isHttps(request)) };
    return wantsJson ? new Response(null, { status: 204, headers }) : new Response(null, { status: 303, headers: { ...headers, Location: new URL(outcome.next, request.url).toString() } });
  }
  const retry: Record<string, string> = outcome.retryAfterS === undefined ? {} : { 'Retry-After': String(outcome.retryAfterS) };
  if (wantsJson) {
    return new Response(JSON.stringify({ error: outcome.error }), {
      status: outcome.status,
      headers: { ...noStore, ...retry, 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  const query = new URLSearchParams({ error: outcome.code });
  if (outcome.retryAfterS !== undefined) query.set('retry', String(outcome.retryAfterS));
  if (outcome.next !== '/') query.set('next', outcome.next);
  return new Response(null, { status: 303, headers: { ...noStore, ...retry, Location: new URL(`${SIGN_IN_PATH}?${query}`, request.url).toString() } });
}
