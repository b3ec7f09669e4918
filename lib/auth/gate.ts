import { isAllowedHost, splitHost } from '@/lib/security/allowed-hosts';
import { verifySession, type Session } from '@/lib/security/session-token';
import { SESSION_COOKIE, SIGN_IN_PATH, SIGN_OUT_PATH, safeNextPath } from './auth-http';
import type { AuthState } from './auth-state';
import { clearedCookie, handleSignIn, isHttps } from './sign-in';

/** What the proxy does with a request: answer it here, or let it through (with the signed-in name, if any). */
export type GateResult = { kind: 'respond'; response: Response } | { kind: 'continue'; user: string | null };

// Served to anyone who may reach the server: they carry code and styles, no data, and the sign-in page needs them.
const PUBLIC_PREFIXES = ['/_next/static/'];
const PUBLIC_PATHS = new Set(['/icon.svg', '/favicon.ico', SIGN_IN_PATH]);

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
const json = (status: number, error: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
/** 303 to a path of this server. Absolute, as Next's proxy adapter requires; it sends a same-host one as a path. */
export const seeOther = (request: Request, path: string, headers: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { Location: new URL(path, request.url).toString(), 'Cache-Control': 'no-store', ...headers } });

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
const respond = (response: Response): GateResult => ({ kind: 'respond', response });

function cookieOf(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/** The valid, not signed-out session of this request, if any. */
export function sessionOf(request: Request, state: AuthState, nowMs: number): Session | null {
  const session = verifySession(cookieOf(request, SESSION_COOKIE), state.key, nowMs);
  return session && !state.revoked.has(session.sid) ? session : null;
}

function signOut(request: Request, state: AuthState, nowMs: number): Response {
  const session = sessionOf(request, state, nowMs);
  for (const [sid, expiresAtMs] of state.revoked) if (expiresAtMs <= nowMs) state.revoked.delete(sid);
  if (session) state.revoked.set(session.sid, session.expiresAtMs);
  return seeOther(request, `${SIGN_IN_PATH}?signed-out=1`, { 'Set-Cookie': clearedCookie(isHttps(request)) });
}

/**
 * The server's front door, run by proxy.ts on every request: the host check, then (when a password is set) the
 * session check, sign-in and sign-out. Refusals carry no data: 421 for a foreign Host, 401 JSON for the API, a
 * redirect to the sign-in page for pages.
 */
export async function gate(request: Request, state: AuthState, nowMs: number = Date.now()): Promise<GateResult> {
  const host = request.headers.get('host');
  if (!isAllowedHost(host, state.hosts)) {
    const shown = (splitHost(host ?? '')?.host ?? 'this name').slice(0, 100);
    return respond(
      text(421, `This Route Atlas server does not answer for ${shown}. Use http://127.0.0.1 or a name listed in ROUTE_ATLAS_HOSTS.`),
    );
  }
  const path = new URL(request.url).pathname;
  const method = request.method.toUpperCase();
  const unsafe = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
  // A write must come from a page of this server (or from a tool, which sends neither header): another site's form
  // or script is refused before anything reads its body.
  if (unsafe && isCrossSite(request, state)) {
    return respond(isApi(path) ? json(403, 'cross-site request refused') : text(403, 'Cross-site request refused.'));
  }

  const { password } = state;
  if (password.mode === 'broken') {
    const message = `Sign-in is misconfigured: ${password.problem}. Fix it and restart the server.`;
    return respond(isApi(path) ? json(503, message) : text(503, message));
  }
  if (password.mode === 'off') {
    // Nothing to sign in to: the sign-in and sign-out addresses lead to the dashboard.
    if (path === SIGN_IN_PATH || path === SIGN_OUT_PATH) return respond(seeOther(request, '/'));
    return { kind: 'continue', user: null };
  }

  if (path === SIGN_IN_PATH && method === 'POST') return respond(await handleSignIn(request, state, password.digest, nowMs));
  if (path === SIGN_OUT_PATH) return respond(method === 'POST' ? signOut(request, state, nowMs) : seeOther(request, SIGN_IN_PATH));

  const session = sessionOf(request, state, nowMs);
  if (session) {
    if (path === SIGN_IN_PATH) return respond(seeOther(request, safeNextPath(new URL(request.url).searchParams.get('next'))));
    return { kind: 'continue', user: session.name };
  }
  if (PUBLIC_PATHS.has(path) || PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix))) return { kind: 'continue', user: null };
  if (isApi(path)) return respond(json(401, 'sign in first: this server needs a password (open the dashboard to sign in)'));
  if (method === 'GET' || method === 'HEAD') {
    const url = new URL(request.url);
    const next = safeNextPath(`${url.pathname}${url.search}`);
    return respond(seeOther(request, next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`));
  }
  return respond(text(401, 'Sign in first.'));
}

/**
 * Whether a browser says this request comes from another site. `Sec-Fetch-Site` first: a page with
 * `Referrer-Policy: no-referrer` (ours) sends `Origin: null` even from its own forms. Only `same-origin` and `none`
 * (typed, bookmarked) pass; `same-site` is refused too, since another port of localhost is the same site.
 */
function isCrossSite(request: Request, state: AuthState): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.get('origin');
  return origin !== null && !isAllowedHost(originHost(origin), state.hosts);
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
