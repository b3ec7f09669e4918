import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate, type Migration } from './migrations';
import { databasePathFromEnv, openDatabase } from './open-database';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'route-atlas-db-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates the file and its directory, migrated, in WAL mode with full sync', () => {
    const path = join(dir, 'nested', 'deeper', 'atlas.db');
    const db = openDatabase(path);
    try {
      expect(existsSync(path)).toBe(true);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'briefings'").pluck().get()).toBe('briefings');
    } finally {
      db.close();
    }
  });

  it('opens an existing database again without re-running migrations', () => {
    const path = join(dir, 'atlas.db');
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer build and leaves it unchanged', () => {
    const path = join(dir, 'future.db');
    const future = new Database(path);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    expect(() => openDatabase(path)).toThrow(/newer than this build/);
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    check.close();
  });

  it('reads the path from ROUTE_ATLAS_DB, with a default under ./.data', () => {
    expect(databasePathFromEnv({ ROUTE_ATLAS_DB: '/tmp/x/atlas.db' })).toBe('/tmp/x/atlas.db');
    expect(databasePathFromEnv({})).toBe(join(process.cwd(), '.data', 'route-atlas.db'));
    expect(databasePathFromEnv({ ROUTE_ATLAS_DB: '  ' })).toBe(join(process.cwd(), '.data', 'route-atlas.db'));
  });
});

describe('migrate', () => {
  it('applies pending migrations in order, each with its user_version', () => {
    const db = new Database(':memory:');
    const migrations: Migration[] = [
      { version: 2, name: 'add b', sql: 'ALTER TABLE t ADD COLUMN b TEXT' },
      { version: 1, name: 'create t', sql: 'CREATE TABLE t (a INTEGER)' },
    ];
    expect(migrate(db, migrations)).toEqual({ from: 0, to: 2 });
    expect(db.prepare('SELECT name FROM pragma_table_info(\'t\') ORDER BY cid').pluck().all()).toEqual(['a', 'b']);
    expect(migrate(db, migrations)).toEqual({ from: 2, to: 2 });
    db.close();
  });

  it('rolls a failing migration back entirely, user_version included', () => {
    const db = new Database(':memory:');
    const migrations: Migration[] = [
      { version: 1, name: 'create t', sql: 'CREATE TABLE t (a INTEGER)' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE u (a INTEGER); THIS IS NOT SQL' },
    ];
    expect(() => migrate(db, migrations)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('t', 'u')").pluck().get()).toBe(0);
    db.close();
  });
});
