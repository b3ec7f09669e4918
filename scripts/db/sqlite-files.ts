// What db:backup and db:restore share: checking a database file, and copying one through SQLite's backup API.
import Database from 'better-sqlite3';
import { openSync, readSync, closeSync } from 'node:fs';
import { LATEST_SCHEMA_VERSION } from '../../lib/db/migrations';
import { BUSY_TIMEOUT_MS } from '../../lib/db/open-database';

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Why `path` cannot be restored from, or null when it can: a SQLite file, intact, of this build's schema or older. */
export function problemWithBackup(path: string): string | null {
  let header = '';
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(16);
      readSync(fd, buffer, 0, 16, 0);
      header = buffer.toString('latin1');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return `cannot read ${path} (${error instanceof Error && 'code' in error ? String(error.code) : String(error)})`;
  }
  if (header !== SQLITE_HEADER) return `${path} is not a SQLite database`;
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `${path} fails PRAGMA integrity_check (${String(integrity).slice(0, 200)})`;
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST_SCHEMA_VERSION) {
      return `${path} has schema version ${version}, newer than this build of Route Atlas understands (${LATEST_SCHEMA_VERSION}); restore it with a newer build`;
    }
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'briefings'").pluck().all();
    if (tables.length === 0) return `${path} is a SQLite database, but not a Route Atlas one (no briefings table)`;
    return null;
  } catch (error) {
    return `${path} cannot be read as a database (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    db?.close();
  }
}

/**
 * Copies the whole of `source` (an open connection) into the file `destination` in one backup step: one read
 * snapshot of the source, and one write transaction on the destination, which other connections (a running server)
 * see either before or after, never half done. Writers of the source are not blocked (WAL).
 */
export async function copyDatabase(source: Database.Database, destination: string): Promise<void> {
  // The first step copies nothing and reports the size; the callback then asks for everything at once, so that
  // a write to the source meanwhile cannot restart a page-by-page copy over and over.
  await source.backup(destination, { progress: () => 0x7fffffff });
}

/** A read-write connection to an existing file, waiting for other connections' locks like the server does. */
export function openExisting(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}
