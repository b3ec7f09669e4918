import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_AIS_DETECTION_PARAMS, DEFAULT_CLUSTER_PARAMS } from '@/geo/analysis/ais';
import { SYNTHETIC_PORTS } from '@/scripts/ais/synthetic/synthetic-areas';
import { MAX_SAVED_LAYER_BODY_BYTES, SavedLayerListSchema, SavedLayerSchema, type SavedLayerInput } from '@/geo/analysis/user-data/saved-layer-schema';
import { layerToInput, deleteSavedLayer, getSavedLayer, listSavedLayers, saveLayer, savedToUserLayer } from '@/lib/api/user-layers-client';
import { runImport } from '@/geo/analysis/user-data/run-import';
import type { UserFeatureLayer } from '@/geo/analysis/user-data/types';
import { DELETE, GET as getOne } from './[id]/route';
import { GET as getList, POST } from './route';

// An in-memory database with every migration.
vi.mock('@/lib/db/get-database', async () => {
  const { default: Database } = await import('better-sqlite3');
  const { migrate, MIGRATIONS } = await import('@/lib/db/migrations');
  let db: InstanceType<typeof Database> | null = null;
  return {
    getDatabase: () => {
      if (db === null || !db.open) {
        db = new Database(':memory:');
        migrate(db, MIGRATIONS);
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

const BASE = 'http://127.0.0.1:3000/api/user-layers';
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

const input: SavedLayerInput = {
  name: 'Sightings <b>2019</b>',
  kind: 'csv',
  source: { fileName: 'sightings.csv', rowsRead: 3, skipped: { 'bad-coordinates': 1 }, timeField: 'date' },
  geojson: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [130.5, 42.1] }, properties: { name: '<script>x</script>', date: '2019-05-01', n: 2 } },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[130, 42], [131, 43]] }, properties: { date: null } },
    ],
  },
};

function post(body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return POST(new Request(BASE, { method: 'POST', body: text, headers: { 'Content-Type': 'application/json', ...headers } }));
}

async function expectError(response: Response, status: number, pattern: RegExp) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error?: unknown };
  expect(String(body.error)).toMatch(pattern);
  expect(String(body.error)).not.toMatch(/\n\s+at /);
}

/** Routes a client's fetch to the handlers, as the server would. */
const handlerFetch: typeof fetch = async (url, init) => {
  const path = new URL(String(url), 'http://127.0.0.1').pathname;
  const request = new Request(`http://127.0.0.1${path}`, init);
  const id = /^\/api\/user-layers\/([^/]+)$/.exec(path)?.[1];
  if (id !== undefined) return request.method === 'DELETE' ? DELETE(request, ctx(decodeURIComponent(id))) : getOne(request, ctx(decodeURIComponent(id)));
  return request.method === 'POST' ? POST(request) : getList(request);
};

describe('user layers API', () => {
  it('creates (201), reads, lists and deletes (204), keeping markup as text', async () => {
    const created = await post(input);
    expect(created.status).toBe(201);
    const saved = SavedLayerSchema.parse(await created.json());
    expect(saved).toMatchObject({ name: input.name, kind: 'csv', featureCount: 2, userProvided: true, geojson: input.geojson });
    expect(created.headers.get('location')).toBe(`/api/user-layers/${saved.id}`);

    const read = await getOne(new Request(`${BASE}/${saved.id}`), ctx(saved.id));
    expect(read.status).toBe(200);
    expect(SavedLayerSchema.parse(await read.json())).toEqual(saved);

    const list = SavedLayerListSchema.parse(await (await getList(new Request(BASE))).json());
    expect(list.total).toBe(1);
    expect(list.userLayers[0]).toMatchObject({ id: saved.id, name: input.name, kind: 'csv', featureCount: 2 });
    expect(list.userLayers[0]!.byteSize).toBeGreaterThan(100);

    expect((await DELETE(new Request(`${BASE}/${saved.id}`, { method: 'DELETE' }), ctx(saved.id))).status).toBe(204);
    await expectError(await getOne(new Request(`${BASE}/${saved.id}`), ctx(saved.id)), 404, /no saved layer/);
    await expectError(await DELETE(new Request(`${BASE}/${saved.id}`, { method: 'DELETE' }), ctx(saved.id)), 404, /no saved layer/);
  });

  it.each([
    ['no name', { ...input, name: '' }, /name: must not be empty/],
    ['an unknown kind', { ...input, kind: 'kml' }, /kind: must be/],
    ['a position off the globe', { ...input, geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [200, 1] }, properties: {} }] } }, /geojson\.features\[0\]\.geometry/],
    ['a nested property', { ...input, geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 1] }, properties: { a: { b: 1 } } }] } }, /properties/],
    ['a GeometryCollection', { ...input, geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [] }, properties: {} }] } }, /geometry/],
  ])('refuses %s with 400 naming the field', async (_label, body, message) => {
    await expectError(await post(body), 400, message);
  });

  it('refuses bodies that are not JSON (400), not declared JSON (415) or too large (413)', async () => {
    await expectError(await post('{"name":'), 400, /not valid JSON/);
    await expectError(await POST(new Request(BASE, { method: 'POST', body: '{}', headers: { 'Content-Type': 'text/plain' } })), 415, /application\/json/);
    await expectError(await post(input, { 'Content-Length': String(MAX_SAVED_LAYER_BODY_BYTES + 1) }), 413, /the limit is 8 MB/);
    const huge = { ...input, geojson: { type: 'FeatureCollection', features: Array.from({ length: 40_000 }, () => input.geojson.features[0]) } };
    const text = JSON.stringify(huge).replace(/"n":2/g, `"pad":"${'x'.repeat(200)}"`);
    expect(text.length).toBeGreaterThan(MAX_SAVED_LAYER_BODY_BYTES);
    await expectError(await post(text), 413, /8 MB/);
  });

  it('keeps serving saved layers under the old /api/datasets paths', async () => {
    const { GET: oldList } = await import('../datasets/route');
    const { GET: oldOne } = await import('../datasets/[id]/route');
    const saved = SavedLayerSchema.parse(await (await post(input)).json());
    const one = await oldOne(new Request(`http://127.0.0.1:3000/api/datasets/${saved.id}`), ctx(saved.id));
    expect(one.status).toBe(200);
    expect(SavedLayerSchema.parse(await one.json()).id).toBe(saved.id);
    const list = await oldList(new Request('http://127.0.0.1:3000/api/datasets'));
    expect(SavedLayerListSchema.parse(await list.json()).userLayers.map((l) => l.id)).toContain(saved.id);
  });

  it('answers 404 for a malformed id and 400 for a bad list query', async () => {
    await expectError(await getOne(new Request(`${BASE}/x`), ctx('../etc')), 404, /no saved layer/);
    await expectError(await getList(new Request(`${BASE}?limit=-1`)), 400, /limit/);
  });
});

describe('user-layers client, through the handlers', () => {
  it('saves an imported CSV user layer and loads it back as the same features', async () => {
    const outcome = await runImport(
      { name: 'sightings.csv', blob: new Blob(['name,lat,lon,date\n<b>A</b>,42.1,130.5,2019-05-01\nB,43,131,2020-01-01\n']) },
      { userLayerId: 'user-abc', ports: [], detection: DEFAULT_AIS_DETECTION_PARAMS, cluster: DEFAULT_CLUSTER_PARAMS },
    );
    if (outcome.status !== 'imported' || outcome.userLayer.kind === 'ais') throw new Error('no import');
    const saved = await saveLayer(outcome.userLayer, { fetch: handlerFetch });
    if (!saved.ok) throw new Error(saved.message);
    const list = await listSavedLayers({ fetch: handlerFetch });
    expect(list.ok && list.value.userLayers.map((d) => d.id)).toEqual([saved.value.id]);
    const loaded = await getSavedLayer(saved.value.id, { fetch: handlerFetch });
    if (!loaded.ok) throw new Error(loaded.message);
    const back = savedToUserLayer(loaded.value) as UserFeatureLayer;
    expect(back).toMatchObject({ id: `user-${saved.value.id}`, savedId: saved.value.id, kind: 'csv', timeField: 'date', userProvided: true });
    expect(back.features.map((f) => [f.geometry, f.properties, f.time])).toEqual(outcome.userLayer.features.map((f) => [f.geometry, f.properties, f.time]));
    expect(await deleteSavedLayer(saved.value.id, { fetch: handlerFetch })).toEqual({ ok: true, value: null });
    const gone = await getSavedLayer(saved.value.id, { fetch: handlerFetch });
    expect(gone).toMatchObject({ ok: false, httpStatus: 404 });
  });

  it('saves the events of an AIS import, not its tracks, and rebuilds events and derived areas', async () => {
    const csv = readFileSync(new URL('../../../e2e/fixtures/import/synthetic-ais-small.csv', import.meta.url), 'utf8');
    const outcome = await runImport(
      { name: 'synthetic-ais-small.csv', blob: new Blob([csv]) },
      { userLayerId: 'user-ais', ports: SYNTHETIC_PORTS, detection: DEFAULT_AIS_DETECTION_PARAMS, cluster: DEFAULT_CLUSTER_PARAMS },
    );
    if (outcome.status !== 'imported' || outcome.userLayer.kind !== 'ais') throw new Error('no import');
    const converted = layerToInput(outcome.userLayer);
    expect(converted).toMatchObject({ ok: true, input: { kind: 'ais-events' } });
    const saved = await saveLayer(outcome.userLayer, { fetch: handlerFetch });
    if (!saved.ok) throw new Error(saved.message);
    const back = savedToUserLayer(saved.value);
    if (back.kind !== 'ais') throw new Error('expected AIS');
    expect(back.tracks).toBeNull();
    expect(back.detection!.events).toEqual(outcome.userLayer.detection!.events);
  });

  it('says why a user layer cannot be saved before sending anything', async () => {
    const fetchSpy = vi.fn(handlerFetch);
    const empty = { kind: 'ais', detection: null, name: 'x', fileName: 'x.csv', rowsRead: 0, skipped: {}, timeField: null } as unknown as Parameters<typeof saveLayer>[0];
    expect(await saveLayer(empty, { fetch: fetchSpy })).toMatchObject({ ok: false, message: expect.stringMatching(/no detected events/) });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
