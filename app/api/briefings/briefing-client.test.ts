import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DELETE, GET as getOne, PUT } from '@/app/api/briefings/[id]/route';
import { GET as getList, POST } from '@/app/api/briefings/route';
import { closeDatabase } from '@/lib/db/get-database';
import { createBriefing, deleteBriefing, getBriefing, listBriefings, updateBriefing } from '@/lib/briefing/briefing-client';
import type { BriefingInput } from '@/lib/briefing/briefing-schema';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'route-atlas-client-'));
  process.env.ROUTE_ATLAS_DB = join(dir, 'atlas.db');
});
afterEach(() => closeDatabase());
afterAll(() => {
  closeDatabase();
  delete process.env.ROUTE_ATLAS_DB;
  rmSync(dir, { recursive: true, force: true });
});

const input: BriefingInput = {
  title: 'Leaks through Rason',
  slides: [
    { id: 's1', title: 'The ferry', notes: '<script>alert(1)</script>', query: 'v=1&view=131.9,43.1,6.00', annotations: [] },
    { id: 's2', title: 'The rail link', notes: '', query: 'v=1&layers=rail', annotations: [{ id: 'a', text: 'Tumen', lon: 130.6, lat: 42.4 }] },
  ],
};

/** Sends the client's requests to the real route handlers, as the Next server would. */
const routedFetch: typeof fetch = async (url, init) => {
  const path = String(url);
  const request = new Request(`http://127.0.0.1${path}`, init);
  const match = /^\/api\/briefings(?:\/([^/?]+))?(?:\?.*)?$/.exec(path);
  if (!match) return new Response('not found', { status: 404 });
  const id = match[1];
  if (id === undefined) return request.method === 'POST' ? POST(request) : getList(request);
  const ctx = { params: Promise.resolve({ id: decodeURIComponent(id) }) };
  if (request.method === 'PUT') return PUT(request, ctx);
  if (request.method === 'DELETE') return DELETE(request, ctx);
  return getOne(request, ctx);
};
const api = { fetch: routedFetch };

/** A fetch that always answers with this status and body. */
function answering(status: number, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }): typeof fetch {
  return async () => new Response(status === 204 ? null : body, { status, headers });
}

describe('briefing client against the route handlers', () => {
  it('creates, lists, reads, updates, gets a conflict with the current copy, and deletes', async () => {
    const created = await createBriefing(input, api);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value).toMatchObject({ title: input.title, version: 1, slides: input.slides });

    const list = await listBriefings(api);
    expect(list.ok && list.value.briefings.map((b) => b.id)).toContain(created.value.id);

    const read = await getBriefing(created.value.id, api);
    expect(read.ok && read.value.slides[0]?.notes).toBe('<script>alert(1)</script>');

    const saved = await updateBriefing(created.value.id, { ...input, title: 'Rason v2', version: 1 }, api);
    expect(saved.ok && saved.value.version).toBe(2);

    const stale = await updateBriefing(created.value.id, { ...input, title: 'Mine', version: 1 }, api);
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.status !== 'conflict') throw new Error(`expected a conflict, got ${JSON.stringify(stale)}`);
    expect(stale.current).toMatchObject({ title: 'Rason v2', version: 2 });
    expect(stale.message).toMatch(/A colleague saved a newer version of “Rason v2” \(version 2\)/);

    expect(await deleteBriefing(created.value.id, api)).toEqual({ ok: true, value: null });
    const gone = await getBriefing(created.value.id, api);
    expect(!gone.ok && gone.httpStatus).toBe(404);
    const updateGone = await updateBriefing(created.value.id, { ...input, version: 2 }, api);
    expect(!updateGone.ok && updateGone.status).toBe('not-found');
    // Deleting twice is not an error: what the user wanted is true.
    expect((await deleteBriefing(created.value.id, api)).ok).toBe(true);
  });

  it('passes the server’s 400 message on', async () => {
    const result = await createBriefing({ title: 'x', slides: [{ ...input.slides[0]!, title: '' }] }, api);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Could not save the briefing: slides\[0\]\.title: must not be empty\.$/);
    expect(!result.ok && result.httpStatus).toBe(400);
  });

  it('never requests a malformed id', async () => {
    let called = false;
    const spy: typeof fetch = async () => {
      called = true;
      return new Response('{}');
    };
    expect((await getBriefing('../../etc', { fetch: spy })).ok).toBe(false);
    expect((await updateBriefing('x/../y', { ...input, version: 1 }, { fetch: spy })).ok).toBe(false);
    expect(called).toBe(false);
  });
});

describe('briefing client on bad answers (never throws)', () => {
  it('network failure', async () => {
    const result = await listBriefings({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(result).toEqual({ ok: false, status: 'error', message: expect.stringMatching(/could not be reached/) });
  });

  it('an HTML error page', async () => {
    const result = await listBriefings({ fetch: answering(502, '<html>Bad gateway</html>', { 'Content-Type': 'text/html' }) });
    expect(!result.ok && result.message).toBe('Could not list the saved briefings: HTTP 502.');
  });

  it('truncated JSON with a 200', async () => {
    const result = await getBriefing('6f1c1c52-8f0e-4c3e-9f77-0a9d6f0f1e11', { fetch: answering(200, '{"id": "6f1c') });
    expect(!result.ok && result.message).toMatch(/could not be read/);
  });

  it('JSON of the wrong shape with a 200', async () => {
    const result = await listBriefings({ fetch: answering(200, '{"briefings": [{"id": 3}], "total": 1}') });
    expect(!result.ok && result.message).toMatch(/not understood \(briefings\[0\]\.id/);
  });

  it('a 409 whose body has no readable current copy', async () => {
    const result = await updateBriefing('6f1c1c52-8f0e-4c3e-9f77-0a9d6f0f1e11', { ...input, version: 1 }, { fetch: answering(409, '{"error":"stale"}') });
    expect(!result.ok && result.status).toBe('error');
    expect(!result.ok && result.message).toMatch(/saved this briefing in the meantime/);
  });

  it('a huge error message is cut to one short line', async () => {
    const result = await listBriefings({ fetch: answering(500, JSON.stringify({ error: 'x'.repeat(100_000) })) });
    expect(!result.ok && result.message.length).toBeLessThan(400);
  });

  it('sends JSON with Content-Type application/json', async () => {
    let seen: RequestInit | undefined;
    const spy: typeof fetch = async (_url, init) => {
      seen = init;
      return new Response('{}', { status: 500 });
    };
    await createBriefing(input, { fetch: spy });
    expect(new Headers(seen?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(seen?.body))).toEqual({ title: input.title, slides: input.slides });
  });
});
