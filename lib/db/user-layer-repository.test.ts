import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '@/lib/db/migrations';
import { createSavedLayer, deleteSavedLayer, getSavedLayer, listSavedLayers } from './user-layer-repository';

const ALL = MIGRATIONS;
/** The migration that created the saved user-layer table. */
const USER_LAYERS_VERSION = MIGRATIONS.find((m) => m.name === 'create user_datasets')!.version;

describe('user layers migration and repository', () => {
  it('upgrades a database that already holds briefings without touching them', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version < USER_LAYERS_VERSION));
    db.prepare(`INSERT INTO briefings VALUES ('b1', 'T', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 0, '[]')`).run();
    expect(migrate(db, ALL).to).toBe(Math.max(...ALL.map((m) => m.version)));
    expect(db.prepare('SELECT id FROM briefings').pluck().all()).toEqual(['b1']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses rows the table checks would not hold, and round-trips a user layer', () => {
    const db = new Database(':memory:');
    migrate(db, ALL);
    expect(() =>
      db.prepare(`INSERT INTO user_datasets VALUES ('x', 'n', 'kml', '2026-01-01', 0, 0, '{}', '{}')`).run(),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db.prepare(`INSERT INTO user_datasets VALUES ('x', 'n', 'csv', '2026-01-01', 0, 0, '{}', 'not json')`).run(),
    ).toThrow(/CHECK constraint/);
    const saved = createSavedLayer(
      {
        name: 'n',
        kind: 'geojson',
        source: { fileName: 'a.geojson', rowsRead: 1, skipped: {}, timeField: null },
        geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: {} }] },
      },
      db,
    );
    expect(getSavedLayer(saved.id, db)).toEqual(saved);
    expect(listSavedLayers({}, db).total).toBe(1);
    expect(getSavedLayer('not-a-uuid', db)).toBeNull();
    expect(deleteSavedLayer(saved.id, db)).toBe(true);
    expect(listSavedLayers({}, db)).toEqual({ userLayers: [], total: 0 });
  });
});
