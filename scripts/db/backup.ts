// `npm run db:backup [file]`: a consistent copy of the saved briefings and datasets, safe while the server runs.
//
// The copy is made with SQLite's online backup API from one read snapshot (the server keeps writing meanwhile;
// WAL readers do not block it), written to a temporary file, checked with PRAGMA integrity_check, and only then
// renamed to its name. The default name is .data/backups/route-atlas-<UTC time>.db beside the database.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { databasePathFromEnv } from '../../lib/db/open-database';
import { copyDatabase, openExisting, problemWithBackup } from './sqlite-files';

function defaultName(dbPath: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return join(dirname(dbPath), 'backups', `route-atlas-${stamp}.db`);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 1 || args[0]?.startsWith('-')) {
    console.error('usage: npm run db:backup [-- <file>]   (the database is ROUTE_ATLAS_DB, default ./.data/route-atlas.db)');
    return 2;
  }
  const dbPath = databasePathFromEnv();
  if (dbPath === ':memory:' || !existsSync(dbPath)) {
    console.error(`no database at ${dbPath}: nothing to back up (set ROUTE_ATLAS_DB to the server's database file)`);
    return 1;
  }
  const target = resolve(args[0] ?? defaultName(dbPath));
  if (existsSync(target)) {
    console.error(`${target} exists already; choose another name (a backup never overwrites a file)`);
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const source = openExisting(dbPath);
  const startedAt = Date.now();
  try {
    await copyDatabase(source, partial);
  } catch (error) {
    rmSync(partial, { force: true });
    console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    source.close();
  }
  const problem = problemWithBackup(partial);
  if (problem) {
    rmSync(partial, { force: true });
    console.error(`backup failed its check: ${problem}`);
    return 1;
  }
  renameSync(partial, target);
  console.log(`backed up ${dbPath} to ${target} in ${Date.now() - startedAt} ms (integrity_check ok)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
