import type Database from 'better-sqlite3';
import { databasePathFromEnv, openDatabase } from './open-database';

type Held = { db: Database.Database; path: string };

// On globalThis, not in a module variable: Next's dev server re-evaluates modules on every edit, and each
// evaluation would otherwise open one more connection to the same file.
const HELD = Symbol.for('route-atlas.database');
const holder = globalThis as typeof globalThis & { [HELD]?: Held };

/**
 * The process-wide connection for route handlers, opened and migrated on first use at the path from
 * `ROUTE_ATLAS_DB` (default `./.data/route-atlas.db`).
 */
export function getDatabase(): Database.Database {
  const held = holder[HELD];
  if (held?.db.open) return held.db;
  const path = databasePathFromEnv();
  const db = openDatabase(path);
  holder[HELD] = { db, path };
  return db;
}

/**
 * Closes the process-wide connection, if open; the next {@link getDatabase} opens it again, reading
 * `ROUTE_ATLAS_DB` anew. Tests call it between cases to simulate a restart or to point at another file.
 */
export function closeDatabase(): void {
  const held = holder[HELD];
  holder[HELD] = undefined;
  if (held?.db.open) held.db.close();
}
