// `npm run db:restore <file>`: puts a backup back as the database, refusing a file that is not an intact Route
// Atlas database of this build's schema or older (PRAGMA integrity_check, PRAGMA user_version).
//
// Safe while the server runs. The backup is first copied to a temporary file and migrated there to this build's
// schema, so the server never meets an old schema; the current database is saved as
// <db>.before-restore-<time>.db; then the prepared copy replaces the contents of the live database through SQLite's
// backup API in one write transaction. The server sees the old data or the restored data, never a mix. If the
// server holds the write lock for longer than the busy timeout, the restore stops and nothing has changed.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../lib/db/migrations';
import { databasePathFromEnv, openDatabase } from '../../lib/db/open-database';
import { copyDatabase, openExisting, problemWithBackup } from './sqlite-files';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error('usage: npm run db:restore -- <backup file>   (restores into ROUTE_ATLAS_DB, default ./.data/route-atlas.db)');
    return 2;
  }
  const backup = resolve(args[0]!);
  const dbPath = databasePathFromEnv();
  if (dbPath === ':memory:') {
    console.error('ROUTE_ATLAS_DB is :memory:; there is no database file to restore into');
    return 1;
  }
  if (backup === resolve(dbPath)) {
    console.error(`${backup} is the database itself; name a backup file`);
    return 1;
  }
  const problem = problemWithBackup(backup);
  if (problem) {
    console.error(`refusing to restore: ${problem}. Nothing was changed.`);
    return 1;
  }

  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  mkdirSync(dirname(dbPath), { recursive: true });
  const prepared = join(dirname(dbPath), `.restore-${process.pid}.db`);
  try {
    // 1. The backup, copied and brought to this build's schema, away from the live file.
    const from = new Database(backup, { readonly: true, fileMustExist: true });
    try {
      await copyDatabase(from, prepared);
    } finally {
      from.close();
    }
    const staging = openExisting(prepared);
    try {
      staging.pragma('journal_mode = DELETE');
      const { from: version, to } = migrate(staging);
      if (version !== to) console.log(`the backup had schema version ${version}; migrated the copy to ${to}`);
      if (staging.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('the migrated copy fails integrity_check');
    } finally {
      staging.close();
    }

    // 2. The current database, kept (creating an empty one if there is none yet, so that the server's file exists).
    const live = existsSync(dbPath) ? openExisting(dbPath) : openDatabase(dbPath);
    try {
      const kept = `${dbPath}.before-restore-${stamp}.db`;
      await copyDatabase(live, kept);
      console.log(`kept the current database as ${kept}`);
    } finally {
      live.close();
    }

    // 3. The prepared copy into the live file, in one write transaction of the live database.
    const source = new Database(prepared, { readonly: true, fileMustExist: true });
    try {
      await copyDatabase(source, dbPath);
    } finally {
      source.close();
    }
    const check = openExisting(dbPath);
    try {
      const integrity = check.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`the restored database fails integrity_check (${String(integrity)})`);
      const count = check.prepare('SELECT count(*) FROM briefings').pluck().get();
      console.log(`restored ${backup} into ${dbPath}: ${String(count)} briefings (integrity_check ok)`);
    } finally {
      check.close();
    }
    return 0;
  } catch (error) {
    console.error(`restore failed: ${message(error)}`);
    return 1;
  } finally {
    rmSync(prepared, { force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
