import { describe, expect, it } from 'vitest';
import { createAuthState, GLOBAL_FAILURES, PER_ADDRESS_FAILURES, type AuthState } from './auth-state';
import { gate, type GateResult } from './gate';

const PASSWORD = 'correct horse battery';
const locked = () => createAuthState({ ROUTE_ATLAS_PASSWORD: PASSWORD, ROUTE_ATLAS_HOSTS: 'atlas.team.lan' });

function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Request {
  return new Request(`http://localhost:3000${path}`, {
    method: init.method ?? 'GET',
    headers: { host: '127.0.0.1:3000', ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}

const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields).toString(),
});

function response(result: GateResult): Response {
  if (result.kind !== 'respond') throw new Error(`expected a response, got ${JSON.stringify(result)}`);
  return result.response;
}

async function signIn(state: AuthState, name = 'Anna', now = 1_000): Promise<string> {
  const res = response(await gate(request('/sign-in', form({ name, password: PASSWORD, next: '/brief/x?view=1' })), state, now));
  expect(res.status).toBe(303);
  expect(res.headers.get('location')?.replace('http://localhost:3000', '')).toBe('/brief/x?view=1');
  const cookie = res.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^route-atlas-session=v1\.[^;]+; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);
  return cookie.split(';')[0]!;
}

describe('gate: host check', () => {
  it('answers a foreign Host with 421 and no data, pages, API and assets alike', async () => {
    for (const path of ['/', '/api/briefings', '/brief/1', '/_next/static/chunks/a.js', '/sign-in']) {
      const res = response(await gate(request(path, { headers: { host: 'evil.example:3000' } }), locked(), 1));
      expect(res.status, path).toBe(421);
      expect(await res.text()).toMatch(/does not answer for evil\.example/);
    }
    expect(await gate(request('/api/briefings', { headers: { host: 'evil.example' } }), createAuthState({}), 1)).toMatchObject({ kind: 'respond' });
  });

  it('lets loopback and configured hosts through when sign-in is off', async () => {
    const open = createAuthState({ ROUTE_ATLAS_HOSTS: 'atlas.team.lan' });
    expect(await gate(request('/api/briefings'), open, 1)).toEqual({ kind: 'continue', user: null });
    expect(await gate(request('/', { headers: { host: 'atlas.team.lan' } }), open, 1)).toEqual({ kind: 'continue', user: null });
  });

  it('refuses a write whose Origin is another site', async () => {
    const res = response(await gate(request('/api/briefings', { method: 'POST', headers: { origin: 'http://evil.example' } }), createAuthState({}), 1));
    expect(res.status).toBe(403);
    expect(await gate(request('/api/briefings', { method: 'POST', headers: { origin: 'http://127.0.0.1:3000' } }), createAuthState({}), 1)).toMatchObject({ kind: 'continue' });
    // Browsers say where a request comes from in Sec-Fetch-Site; our own forms send `Origin: null` (no-referrer).
    const from = (site: string) => gate(request('/sign-in', { method: 'POST', headers: { 'sec-fetch-site': site, origin: 'null' } }), locked(), 1);
    expect(response(await from('cross-site')).status).toBe(403);
    expect(response(await from('same-site')).status).toBe(403);
    expect(response(await from('same-origin')).status).not.toBe(403);
    expect(response(await from('none')).status).not.toBe(403);
  });
});

describe('gate: sign-in', () => {
  it('keeps the API (401 JSON) and pages (redirect) behind sign-in; assets and the sign-in page stay reachable', async () => {
    const state = locked();
    const api = response(await gate(request('/api/briefings'), state, 1));
    expect(api.status).toBe(401);
    expect(api.headers.get('content-type')).toMatch(/application\/json/);
    expect(await api.json()).toEqual({ error: expect.stringMatching(/sign in/) });
    const page = response(await gate(request('/brief/abc?view=1,2,3'), state, 1));
    expect(page.status).toBe(303);
    expect(page.headers.get('location')?.replace('http://localhost:3000', '')).toBe('/sign-in?next=%2Fbrief%2Fabc%3Fview%3D1%2C2%2C3');
    expect(response(await gate(request('/basemap/land.json'), state, 1)).status).toBe(303);
    expect(await gate(request('/_next/static/chunks/a.js'), state, 1)).toEqual({ kind: 'continue', user: null });
    expect(await gate(request('/sign-in'), state, 1)).toEqual({ kind: 'continue', user: null });
  });

  it('admits the right password with a session for the chosen name; refuses a wrong one', async () => {
    const state = locked();
    const wrong = response(await gate(request('/sign-in', form({ name: 'Anna', password: 'guess' })), state, 1_000));
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')?.replace('http://localhost:3000', '')).toBe('/sign-in?error=wrong');
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const cookie = await signIn(state, '  Анна   K. ');
    expect(await gate(request('/api/briefings', { headers: { cookie } }), state, 2_000)).toEqual({ kind: 'continue', user: 'Анна K.' });
    // Expired after the session lifetime (12 h by default).
    expect(response(await gate(request('/api/briefings', { headers: { cookie } }), state, 1_000 + 12 * 3600 * 1000)).status).toBe(401);
    // Signed by another server process: refused.
    expect(response(await gate(request('/api/briefings', { headers: { cookie } }), locked(), 2_000)).status).toBe(401);
  });

  it('answers JSON clients with 204 or the error, and refuses an empty name', async () => {
    const state = locked();
    const json = { accept: 'application/json' };
    expect(response(await gate(request('/sign-in', form({ name: 'Ben', password: PASSWORD }, json)), state, 1)).status).toBe(204);
    const wrong = response(await gate(request('/sign-in', form({ name: 'Ben', password: 'nope' }, json)), state, 1));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'wrong password' });
    expect(response(await gate(request('/sign-in', form({ name: '  ', password: PASSWORD }, json)), state, 1)).status).toBe(400);
    expect(response(await gate(request('/sign-in', { method: 'POST', headers: { 'content-type': 'application/json', ...json }, body: '{}' }), state, 1)).status).toBe(400);
  });

  it('signs out: the cookie is cleared and the old one no longer works', async () => {
    const state = locked();
    const cookie = await signIn(state);
    const out = response(await gate(request('/sign-out', { method: 'POST', headers: { cookie } }), state, 2_000));
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/route-atlas-session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict/);
    expect(response(await gate(request('/api/briefings', { headers: { cookie } }), state, 3_000)).status).toBe(401);
  });

  it('sets Secure when the request came over HTTPS', async () => {
    const res = response(await gate(request('/sign-in', form({ name: 'A', password: PASSWORD }, { 'x-forwarded-proto': 'https' })), locked(), 1));
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('never redirects to another site after sign-in', async () => {
    const state = locked();
    for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example', '/sign-in']) {
      const res = response(await gate(request('/sign-in', form({ name: 'A', password: PASSWORD, next })), state, 1));
      expect(res.headers.get('location')?.replace('http://localhost:3000', ''), next).toBe('/');
    }
  });

  it('limits failed attempts per address, then for everyone, and a limited attempt is not even checked', async () => {
    const state = locked();
    const from = (address: string, password: string) =>
      gate(request('/sign-in', form({ name: 'A', password }, { 'x-forwarded-for': address, accept: 'application/json' })), state, 5_000);
    for (let i = 0; i < PER_ADDRESS_FAILURES; i++) expect(response(await from('10.0.0.1', 'wrong')).status).toBe(401);
    const limited = response(await from('10.0.0.1', PASSWORD));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(response(await from('10.0.0.2', PASSWORD)).status).toBe(204);
    for (let i = 0; response(await from(`10.1.${Math.floor(i / 250)}.${i % 250}`, 'wrong')).status === 401; i++) {
      expect(i).toBeLessThan(GLOBAL_FAILURES);
    }
    expect(response(await from('10.9.9.9', PASSWORD)).status).toBe(429);
  });

  it('fails closed when the password is misconfigured', async () => {
    const broken = createAuthState({ ROUTE_ATLAS_PASSWORD: 'short' });
    const res = response(await gate(request('/api/briefings'), broken, 1));
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/shorter than 8/);
  });
});
