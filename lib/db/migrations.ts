import type Database from 'better-sqlite3';

export type Migration = {
  /** The `PRAGMA user_version` the database has once this migration has run. */
  version: number;
  name: string;
  sql: string;
};

/**
 * Schema changes, oldest first. Append only: a migration that has shipped is never edited, because databases in the
 * field have already run it. Each runs in the same transaction as its `user_version` bump.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create briefings',
    sql: `
      CREATE TABLE briefings (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        slide_count INTEGER NOT NULL CHECK (slide_count >= 0),
        slides_json TEXT NOT NULL CHECK (json_valid(slides_json) AND json_type(slides_json) = 'array')
      ) STRICT;
      CREATE INDEX briefings_by_updated_at ON briefings (updated_at DESC, id);
    `,
  },
  // Saved user layers (issue 9): an imported GeoJSON or CSV, or the events found in an imported AIS file, kept so
  // that a briefing can reference it by id. The table keeps the name it shipped with.
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
  {
    version: 3,
    // Rows from before sign-in existed were saved on a single-user server: 'local' is what they were.
    name: 'briefings record who saved them',
    sql: `ALTER TABLE briefings ADD COLUMN saved_by TEXT NOT NULL DEFAULT 'local' CHECK (length(saved_by) BETWEEN 1 AND 200);`,
  },
  // Sanctions lists the user loaded (issue 14): the vessels a list names, with its publisher and publication date,
  // kept so that a link can bring the list back (`lists=`). Who saved it is recorded as for briefings.
  {
    version: 4,
    name: 'create sanctions_lists',
    sql: `
      CREATE TABLE sanctions_lists (
        id TEXT PRIMARY KEY NOT NULL,
        list_name TEXT NOT NULL CHECK (length(list_name) BETWEEN 1 AND 200),
        publisher TEXT NOT NULL CHECK (length(publisher) BETWEEN 1 AND 200),
        publication_date TEXT,
        entry_count INTEGER NOT NULL CHECK (entry_count >= 1),
        file_names_json TEXT NOT NULL CHECK (json_valid(file_names_json) AND json_type(file_names_json) = 'array'),
        created_at TEXT NOT NULL,
        saved_by TEXT NOT NULL CHECK (length(saved_by) BETWEEN 1 AND 200),
        list_json TEXT NOT NULL CHECK (json_valid(list_json) AND json_type(list_json) = 'object')
      ) STRICT;
      CREATE INDEX sanctions_lists_by_created_at ON sanctions_lists (created_at DESC, id);
    `,
  },
];

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((latest, m) => Math.max(latest, m.version), 0);

function readUserVersion(db: Database.Database): number {
  const value: unknown = db.pragma('user_version', { simple: true });
  if (typeof value !== 'number') throw new Error(`PRAGMA user_version returned ${String(value)}`);
  return value;
}

/**
 * Brings `db` up to {@link LATEST_SCHEMA_VERSION}. Safe when several processes start at once: the check is repeated
 * under a write lock. Refuses a database written by a newer build instead of guessing at its schema.
 * @returns the schema version before and after.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const before = readUserVersion(db);
  const check = (found: number) => {
    if (found > latest) {
      throw new Error(
        `the database at ${db.name} has schema version ${found}, newer than this build of Route Atlas understands (${latest}); ` +
          'use a newer build or point ROUTE_ATLAS_DB at another file',
      );
    }
  };
  check(before);
  if (before === latest) return { from: before, to: before };

  const run = db.transaction(() => {
    const current = readUserVersion(db);
    check(current);
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      // An integer we produced, not user input: safe to interpolate (PRAGMA takes no bound parameters).
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }
    return current;
  });
  const from = run.immediate();
  return { from, to: latest };
}
