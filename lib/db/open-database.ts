import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { migrate } from './migrations';

/** Where the database lives when `ROUTE_ATLAS_DB` is not set, relative to the server's working directory. */
export const DEFAULT_DATABASE_PATH = './.data/route-atlas.db';

/** How long a connection waits for another process's write lock before failing with SQLITE_BUSY, in milliseconds. */
export const BUSY_TIMEOUT_MS = 5000;

/** The absolute database path from `ROUTE_ATLAS_DB`, or {@link DEFAULT_DATABASE_PATH}; `:memory:` is kept as is. */
export function databasePathFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.ROUTE_ATLAS_DB?.trim();
  if (configured === ':memory:') return configured;
  // turbopackIgnore: a run-time path; without it the build traces the whole project into the server output.
  return resolve(/*turbopackIgnore: true*/ configured || DEFAULT_DATABASE_PATH);
}

/**
 * Opens (creating it and its directory if missing) and migrates the SQLite database at `path`.
 *
 * WAL lets readers run beside the writer; `synchronous = FULL` syncs the WAL at every commit, so a transaction that
 * returned is on disk even if the machine loses power right after (`NORMAL` only protects against a process crash).
 */
export function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(/*turbopackIgnore: true*/ dirname(resolve(/*turbopackIgnore: true*/ path)), { recursive: true });
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const mode: unknown = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal' && path !== ':memory:') {
      // Some file systems (network shares) cannot hold a WAL; SQLite then keeps a rollback journal, still durable.
      console.warn(`[route-atlas] SQLite could not use WAL for ${path}; journal_mode is ${String(mode)}`);
    }
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
