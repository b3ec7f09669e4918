import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { USER_HEADER } from '@/lib/auth/auth-http';
import { runListImport } from '@/geo/analysis/user-data/run-list-import';
import { deleteSavedList, getSavedList, listSavedLists, saveList } from '@/lib/api/sanctions-lists-client';
import { migrate, MIGRATIONS } from '@/lib/db/migrations';
import { MAX_SAVED_LIST_BODY_BYTES, SavedListListSchema, SavedListSchema, type SavedListInput } from '@/lib/sanctions-lists/saved-list-schema';
import { DELETE, GET as getOne } from './[id]/route';
import { GET as getList, POST } from './route';

// An in-memory database with every migration.
vi.mock('@/lib/db/get-database', async () => {
  const { default: Db } = await import('better-sqlite3');
  const m = await import('@/lib/db/migrations');
  let db: InstanceType<typeof Db> | null = null;
  return {
    getDatabase: () => {
      if (db === null || !db.open) {
        db = new Db(':memory:');
        m.migrate(db, m.MIGRATIONS);
      }
      return db;
    },
    closeDatabase: () => {
      db?.close();
      db = null;
    },
  };
});

const { closeDatabase } = await import('@/lib/db/get-database');
afterEach(() => {
  closeDatabase();
  vi.restoreAllMocks();
});

const BASE = 'http://127.0.0.1:3000/api/sanctions-lists';
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

// SYNTHETIC: invented entries in the sdn.xml layout (the vessels core's test fixture).
async function syntheticList() {
  const xml = readFileSync(new URL('../../../geo/analysis/vessels/test-fixtures/synthetic-sdn.xml', import.meta.url));
  const outcome = await runListImport([{ name: 'synthetic-sdn.xml', blob: new Blob([xml]) }]);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.lists[0]!;
}

function post(body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return POST(new Request(BASE, { method: 'POST', body: text, headers: { 'Content-Type': 'application/json', ...headers } }));
}

async function expectError(response: Response, status: number, pattern: RegExp) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error?: unknown };
  expect(String(body.error)).toMatch(pattern);
}

const handlerFetch: typeof fetch = async (url, init) => {
  const path = new URL(String(url), 'http://127.0.0.1').pathname;
  const request = new Request(`http://127.0.0.1${path}`, init);
  const id = /^\/api\/sanctions-lists\/([^/]+)$/.exec(path)?.[1];
  if (id !== undefined) return request.method === 'DELETE' ? DELETE(request, ctx(decodeURIComponent(id))) : getOne(request, ctx(decodeURIComponent(id)));
  return request.method === 'POST' ? POST(request) : getList(request);
};

describe('sanctions_lists migration', () => {
  it('upgrades a database with briefings and saved layers, and its checks refuse a list without vessels', () => {
    const db = new Database(':memory:');
    const version = MIGRATIONS.find((m) => m.name === 'create sanctions_lists')!.version;
    migrate(db, MIGRATIONS.filter((m) => m.version < version));
    db.prepare(`INSERT INTO briefings (id, title, version, created_at, updated_at, slide_count, slides_json) VALUES ('b1', 'T', 1, 'x', 'x', 0, '[]')`).run();
    expect(migrate(db, MIGRATIONS).to).toBeGreaterThanOrEqual(version);
    expect(db.prepare('SELECT id FROM briefings').pluck().all()).toEqual(['b1']);
    expect(() =>
      db.prepare(`INSERT INTO sanctions_lists VALUES ('x', 'L', 'P', NULL, 0, '[]', 'x', 'local', '{}')`).run(),
    ).toThrow(/CHECK constraint/);
  });
});

describe('sanctions lists API', () => {
  it('saves a list (201) with who saved it, reads it back equal, lists its publisher and date, deletes it (204)', async () => {
    const list = await syntheticList();
    const created = await post({ list } satisfies SavedListInput, { [USER_HEADER]: encodeURIComponent('Ana Analyst') });
    expect(created.status).toBe(201);
    const saved = SavedListSchema.parse(await created.json());
    expect(saved.savedBy).toBe('Ana Analyst');
    expect(saved.list).toEqual(list);
    expect(created.headers.get('location')).toBe(`/api/sanctions-lists/${saved.id}`);

    const read = await getOne(new Request(`${BASE}/${saved.id}`), ctx(saved.id));
    expect(SavedListSchema.parse(await read.json())).toEqual(saved);
    const summary = SavedListListSchema.parse(await (await getList(new Request(BASE))).json());
    expect(summary.lists[0]).toMatchObject({ id: saved.id, publisher: list.publisher, publicationDate: '2025-01-15', entryCount: list.entries.length, savedBy: 'Ana Analyst' });

    expect((await DELETE(new Request(`${BASE}/${saved.id}`, { method: 'DELETE' }), ctx(saved.id))).status).toBe(204);
    await expectError(await getOne(new Request(`${BASE}/${saved.id}`), ctx(saved.id)), 404, /no saved sanctions list/);
  });

  it('records "local" as the saver when sign-in is off', async () => {
    const saved = SavedListSchema.parse(await (await post({ list: await syntheticList() })).json());
    expect(saved.savedBy).toBe('local');
  });

  it('keeps markup in names as text, and drops keys it does not know (__proto__ included)', async () => {
    const list = await syntheticList();
    const body = JSON.stringify({ list }).replace('"entries":[{', '"entries":[{"__proto__":{"polluted":true},"extra":1,');
    const saved = SavedListSchema.parse(await (await post(body)).json());
    expect(saved.list.entries.flatMap((e) => e.names)).toContain('<b>MARKUP TIDE</b>');
    expect(JSON.stringify(saved)).not.toMatch(/polluted|extra/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['no entries', (l: Awaited<ReturnType<typeof syntheticList>>) => ({ ...l, entries: [] }), /list\.entries/],
    ['an entry without a name', (l: Awaited<ReturnType<typeof syntheticList>>) => ({ ...l, entries: [{ ...l.entries[0]!, names: [] }] }), /names/],
    ['an IMO number that is not seven digits', (l: Awaited<ReturnType<typeof syntheticList>>) => ({ ...l, entries: [{ ...l.entries[0]!, imo: '12' }] }), /imo/],
    ['an unknown layout', (l: Awaited<ReturnType<typeof syntheticList>>) => ({ ...l, layouts: ['kml'] }), /layouts/],
  ])('refuses %s with 400 naming the field', async (_what, change, message) => {
    await expectError(await post({ list: change(await syntheticList()) }), 400, message);
  });

  it('refuses a body that is not JSON (400) or declared too large (413)', async () => {
    await expectError(await post('{"list":'), 400, /not valid JSON/);
    await expectError(await post({ list: await syntheticList() }, { 'Content-Length': String(MAX_SAVED_LIST_BODY_BYTES + 1) }), 413, /48 MB/);
  });
});

describe('sanctions-lists client, through the handlers', () => {
  it('saves, lists, opens and deletes a loaded list', async () => {
    const list = await syntheticList();
    const saved = await saveList(list, { fetch: handlerFetch });
    if (!saved.ok) throw new Error(saved.message);
    const summaries = await listSavedLists({ fetch: handlerFetch });
    expect(summaries.ok && summaries.value.lists.map((l) => l.id)).toEqual([saved.value.id]);
    const opened = await getSavedList(saved.value.id, { fetch: handlerFetch });
    expect(opened.ok && opened.value.list).toEqual(list);
    expect(await deleteSavedList(saved.value.id, { fetch: handlerFetch })).toEqual({ ok: true, value: null });
    expect(await getSavedList(saved.value.id, { fetch: handlerFetch })).toMatchObject({ ok: false, httpStatus: 404 });
    expect(await getSavedList('not-an-id', { fetch: handlerFetch })).toMatchObject({ ok: false, httpStatus: 404 });
  });
});
