import type { Migration } from './migrations';

/**
 * Saved user datasets (issue 9): an imported GeoJSON or CSV, or the events found in an imported AIS file, kept so
 * that a briefing can reference it by id. Append to `MIGRATIONS` in `./migrations.ts`; renumber before it ships if
 * another migration took version 2 first (a shipped migration is never edited).
 */
export const DATASET_MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    name: 'create user_datasets',
    sql: `
      CREATE TABLE user_datasets (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('geojson', 'csv', 'ais-events')),
        created_at TEXT NOT NULL,
        feature_count INTEGER NOT NULL CHECK (feature_count >= 0),
        byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
        source_json TEXT NOT NULL CHECK (json_valid(source_json) AND json_type(source_json) = 'object'),
        geojson TEXT NOT NULL CHECK (json_valid(geojson) AND json_type(geojson) = 'object')
      ) STRICT;
      CREATE INDEX user_datasets_by_created_at ON user_datasets (created_at DESC, id);
    `,
  },
];
