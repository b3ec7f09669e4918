import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BriefingListSchema, BriefingSchema, MAX_BRIEFING_BODY_BYTES, type BriefingInput } from '@/lib/briefing/briefing-schema';
import { closeDatabase, getDatabase } from '@/lib/db/get-database';
import { DELETE, GET as getOne, PUT } from './[id]/route';
import { GET as getList, POST } from './route';

const BASE = 'http://127.0.0.1:3000/api/briefings';
let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'route-atlas-api-'));
  dbPath = join(dir, 'data', 'atlas.db');
  process.env.ROUTE_ATLAS_DB = dbPath;
});
afterEach(() => {
  closeDatabase();
  vi.restoreAllMocks();
});
afterAll(() => {
  closeDatabase();
  delete process.env.ROUTE_ATLAS_DB;
  rmSync(dir, { recursive: true, force: true });
});

const input: BriefingInput = {
  title: 'Leaks through Rason',
  slides: [
    { id: 's1', title: 'The ferry', notes: 'twice a week', query: 'v=1&view=131.9,43.1,6&select=port-rajin', annotations: [] },
    { id: 's2', title: 'The rail link', notes: '', query: 'v=1&layers=rail', annotations: [{ id: 'a', text: 'Tumen bridge', lon: 130.6, lat: 42.4 }] },
  ],
};

function jsonRequest(method: string, url: string, body: unknown, headers: Record<string, string> = {}): Request {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Request(url, { method, body: text, headers: { 'Content-Type': 'application/json', ...headers } });
}

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function create(body: unknown = input) {
  const response = await POST(jsonRequest('POST', BASE, body));
  return { response, json: (await response.clone().json()) as unknown };
}

async function expectError(response: Response, status: number, pattern: RegExp): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { error?: unknown };
  expect(typeof body.error).toBe('string');
  expect(String(body.error)).toMatch(pattern);
  expect(String(body.error)).not.toMatch(/\n\s+at /); // no stack trace
}

describe('briefings API', () => {
  it('creates (201), reads, lists, updates (version + 1), refuses a stale update (409), deletes (204)', async () => {
    const { response, json } = await create();
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const created = BriefingSchema.parse(json);
    expect(created).toMatchObject({ title: input.title, version: 1, slides: input.slides });
    expect(response.headers.get('location')).toBe(`/api/briefings/${created.id}`);

    const read = await getOne(new Request(`${BASE}/${created.id}`), ctx(created.id));
    expect(read.status).toBe(200);
    expect(BriefingSchema.parse(await read.json())).toEqual(created);

    const list = await getList(new Request(BASE));
    expect(list.status).toBe(200);
    const summaries = BriefingListSchema.parse(await list.json());
    expect(summaries.briefings).toContainEqual({
      id: created.id,
      title: input.title,
      version: 1,
      updatedAt: created.updatedAt,
      savedBy: 'local',
      slideCount: 2,
    });

    // The proxy puts the signed-in name in a header (URI-encoded); the update records it as the last saver.
    const put = await PUT(
      jsonRequest('PUT', `${BASE}/${created.id}`, { ...input, title: 'Renamed', version: 1 }, { 'x-route-atlas-user': encodeURIComponent('Анна K.') }),
      ctx(created.id),
    );
    expect(put.status).toBe(200);
    const updated = BriefingSchema.parse(await put.json());
    expect(updated).toMatchObject({ id: created.id, title: 'Renamed', version: 2, createdAt: created.createdAt, savedBy: 'Анна K.' });

    const stale = await PUT(jsonRequest('PUT', `${BASE}/${created.id}`, { ...input, title: 'Overwrite', version: 1 }), ctx(created.id));
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as { error: string; current: unknown };
    expect(conflict.error).toMatch(/saved by someone else.*version 2/);
    expect(BriefingSchema.parse(conflict.current)).toEqual(updated);

    const deleted = await DELETE(new Request(`${BASE}/${created.id}`, { method: 'DELETE' }), ctx(created.id));
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');

    await expectError(await getOne(new Request(`${BASE}/${created.id}`), ctx(created.id)), 404, /no briefing/);
    await expectError(await DELETE(new Request(`${BASE}/${created.id}`, { method: 'DELETE' }), ctx(created.id)), 404, /no briefing/);
  });

  it('lets exactly one of several concurrent updates from the same version win; the rest get 409', async () => {
    const created = BriefingSchema.parse((await create()).json);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        PUT(jsonRequest('PUT', `${BASE}/${created.id}`, { ...input, title: `editor ${i}`, version: 1 }), ctx(created.id)),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array<number>(9).fill(409)]);
    const winner = BriefingSchema.parse(await responses.find((r) => r.status === 200)!.json());
    const stored = BriefingSchema.parse(await (await getOne(new Request(`${BASE}/${created.id}`), ctx(created.id))).json());
    expect(stored).toEqual(winner);
    expect(stored.version).toBe(2);
  });

  it('acknowledges 50 concurrent creates, each stored', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => create({ ...input, title: `parallel ${i}` })));
    expect(responses.every((r) => r.response.status === 201)).toBe(true);
    const ids = new Set(responses.map((r) => BriefingSchema.parse(r.json).id));
    expect(ids.size).toBe(50);
    const list = BriefingListSchema.parse(await (await getList(new Request(`${BASE}?limit=1000`))).json());
    for (const id of ids) expect(list.briefings.some((b) => b.id === id)).toBe(true);
  });

  it('answers 400 with a message naming the field for a bad body', async () => {
    const slides = [input.slides[0]!, input.slides[1]!, { ...input.slides[0]!, id: 's3', title: 'x'.repeat(201) }];
    const { response } = await create({ title: 'ok', slides });
    await expectError(response, 400, /^slides\[2\]\.title: too long \(at most 200 characters\)$/);
    await expectError((await create({ slides: [] })).response, 400, /^title: missing$/);
    await expectError((await create({ title: 'x', slides: [{ ...input.slides[1]!, annotations: [{ id: 'a', text: 'x', lon: 500, lat: 0 }] }] })).response, 400, /slides\[0\]\.annotations\[0\]\.lon: must be at most 180/);

    const created = BriefingSchema.parse((await create()).json);
    const noVersion = await PUT(jsonRequest('PUT', `${BASE}/${created.id}`, input), ctx(created.id));
    await expectError(noVersion, 400, /^version: missing$/);
  });

  it('answers 400 for invalid JSON, an empty body and bytes that are not UTF-8', async () => {
    await expectError((await create('{"title": "trunc')).response, 400, /^request body is not valid JSON/);
    await expectError((await create('')).response, 400, /request body is empty/);
    const latin1 = new Request(BASE, { method: 'POST', body: new Uint8Array([0x7b, 0xe9, 0x7d]), headers: { 'Content-Type': 'application/json' } });
    await expectError(await POST(latin1), 400, /not valid UTF-8/);
  });

  it('answers 415 unless the body is declared as JSON', async () => {
    const form = new Request(BASE, { method: 'POST', body: JSON.stringify(input), headers: { 'Content-Type': 'text/plain' } });
    await expectError(await POST(form), 415, /application\/json/);
    expect(BriefingListSchema.parse(await (await getList(new Request(BASE))).json()).briefings.every((b) => b.title !== 'form')).toBe(true);
  });

  it('answers 413 for a body over 1 MB, by Content-Length and by the bytes actually sent', async () => {
    const big = JSON.stringify({ title: 'big', slides: [{ ...input.slides[0]!, notes: 'n'.repeat(MAX_BRIEFING_BODY_BYTES) }] });
    await expectError((await create(big)).response, 413, /too large \(the limit is 1 MB\)/);

    // A lying Content-Length: the stream is counted.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 4 * MAX_BRIEFING_BODY_BYTES) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const lying = new Request(BASE, {
      method: 'POST',
      body: stream,
      headers: { 'Content-Type': 'application/json', 'Content-Length': '10' },
      duplex: 'half',
    } as RequestInit);
    await expectError(await POST(lying), 413, /too large/);
    expect(sent).toBeLessThan(2 * MAX_BRIEFING_BODY_BYTES); // reading stopped near the limit

    const declared = new Request(BASE, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', 'Content-Length': String(MAX_BRIEFING_BODY_BYTES + 1) } });
    await expectError(await POST(declared), 413, /too large/);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope', '../../etc/passwd', "1' OR '1'='1"]) {
      await expectError(await getOne(new Request(`${BASE}/x`), ctx(id)), 404, /no briefing/);
      await expectError(await PUT(jsonRequest('PUT', `${BASE}/x`, { ...input, version: 1 }), ctx(id)), 404, /no briefing/);
      await expectError(await DELETE(new Request(`${BASE}/x`, { method: 'DELETE' }), ctx(id)), 404, /no briefing/);
    }
  });

  it('answers 400 for a bad list limit', async () => {
    await expectError(await getList(new Request(`${BASE}?limit=-1`)), 400, /^limit: expected a whole number/);
    await expectError(await getList(new Request(`${BASE}?limit=5000`)), 400, /^limit/);
    expect((await getList(new Request(`${BASE}?limit=1`))).status).toBe(200);
  });

  it('stores markup in titles and notes as given', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { json } = await create({ title: payload, slides: [{ ...input.slides[0]!, notes: payload }] });
    const created = BriefingSchema.parse(json);
    const read = BriefingSchema.parse(await (await getOne(new Request(`${BASE}/${created.id}`), ctx(created.id))).json());
    expect(read.title).toBe(payload);
    expect(read.slides[0]?.notes).toBe(payload);
  });

  it('answers 500 without details when something unexpected fails, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    getDatabase().exec('DROP TABLE briefings'); // the database is gone from under the server
    const response = await getList(new Request(BASE));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal error' });
    expect(log).toHaveBeenCalled();
    closeDatabase();
    rmSync(dbPath);
    for (const suffix of ['-wal', '-shm']) if (existsSync(dbPath + suffix)) rmSync(dbPath + suffix);
  });

  it('keeps the data across a restart, and the file passes integrity_check', async () => {
    const created = BriefingSchema.parse((await create()).json);
    const put = await PUT(jsonRequest('PUT', `${BASE}/${created.id}`, { ...input, title: 'before restart', version: 1 }), ctx(created.id));
    expect(put.status).toBe(200);

    closeDatabase(); // the server process goes away...
    const direct = new Database(dbPath, { readonly: true });
    expect(direct.pragma('integrity_check', { simple: true })).toBe('ok');
    direct.close();

    // ...and the next request opens the file again.
    const read = await getOne(new Request(`${BASE}/${created.id}`), ctx(created.id));
    expect(read.status).toBe(200);
    expect(BriefingSchema.parse(await read.json())).toMatchObject({ title: 'before restart', version: 2, slides: input.slides });
    expect(getDatabase().pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
