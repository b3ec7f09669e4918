// Backup and restore test (issue 18, "Backups"). Needs a production build (`npm run build`).
//
//   tsx scripts/db/backup-test.ts [--writers 6] [--keep]
//
// A server runs on a database in a temporary directory while writers create and update briefings. `db:backup` runs
// in the middle of that stream. The backup must pass integrity_check and hold every briefing acknowledged before
// it started (at that version or later); restored into a new file, a server started on it must serve them all;
// restored into the live database while the server runs, the server must serve the backup's state at once. A
// damaged backup, one from a newer schema, and a file that is no database must be refused with nothing changed.
// Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BriefingSchema } from '../../lib/briefing/briefing-schema';
import { LATEST_SCHEMA_VERSION } from '../../lib/db/migrations';
import { freePort, parseOptions, REPO_ROOT, requireProductionBuild, startServer, stopServer, type ServerProcess } from '../api/server-process';

const options = parseOptions(process.argv.slice(2), { writers: 6, keep: false });
let passed = 0;
let failed = 0;
function check(ok: boolean, label: string, detail = ''): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ` — ${detail}` : ''}`);
}

type Acked = Map<string, number>;
const slides = (n: number) => [{ id: `s${n}`, title: `Slide ${n}`, notes: 'x'.repeat(2000 + (n % 7) * 500), query: 'v=1', annotations: [] }];

/** Writers that create and update briefings until stopped; `acked` holds each briefing's last acknowledged version. */
function writeStream(server: ServerProcess) {
  const acked: Acked = new Map();
  let stopped = false;
  let n = 0;
  const errors: string[] = [];
  const writers = Array.from({ length: options.writers }, async () => {
    const mine: { id: string; version: number }[] = [];
    while (!stopped) {
      const k = ++n;
      const target = mine.length > 0 && k % 2 === 0 ? mine[k % mine.length] : undefined;
      const response = await fetch(`${server.baseUrl}/api/briefings${target ? `/${target.id}` : ''}`, {
        method: target ? 'PUT' : 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: `backup test ${k}`, slides: slides(k), ...(target ? { version: target.version } : {}) }),
      });
      const json: unknown = await response.json();
      if (response.status !== 200 && response.status !== 201) {
        errors.push(`${response.status} ${JSON.stringify(json).slice(0, 120)}`);
        continue;
      }
      const saved = BriefingSchema.parse(json);
      acked.set(saved.id, saved.version);
      if (target) target.version = saved.version;
      else mine.push({ id: saved.id, version: saved.version });
    }
  });
  return { acked, errors, stop: async () => ((stopped = true), await Promise.all(writers)) };
}

function runScript(script: string, args: string[], dbPath: string) {
  const result = spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [join('scripts', 'db', script), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ROUTE_ATLAS_DB: dbPath },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

function versionsIn(path: string): Map<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    return new Map(db.prepare('SELECT id, version FROM briefings').raw().all() as [string, number][]);
  } finally {
    db.close();
  }
}

const missingFrom = (have: Map<string, number>, want: Acked) => [...want].filter(([id, v]) => (have.get(id) ?? 0) < v).map(([id]) => id);

async function served(server: ServerProcess, want: Acked): Promise<string[]> {
  const problems: string[] = [];
  for (const [id, version] of want) {
    const response = await fetch(`${server.baseUrl}/api/briefings/${id}`);
    if (response.status !== 200) problems.push(`${id}: HTTP ${response.status}`);
    else if (BriefingSchema.parse(await response.json()).version < version) problems.push(`${id}: older than acknowledged`);
  }
  return problems;
}

async function main(): Promise<void> {
  requireProductionBuild();
  const dir = mkdtempSync(join(tmpdir(), 'route-atlas-backup-'));
  const live = join(dir, 'live.db');
  const backup = join(dir, 'backup.db');
  let server: ServerProcess | null = null;
  let restored: ServerProcess | null = null;
  try {
    server = await startServer(live, await freePort());
    const stream = writeStream(server);
    while (stream.acked.size < 60) await new Promise((r) => setTimeout(r, 50));
    const before: Acked = new Map(stream.acked);
    const backedUp = runScript('backup.ts', [backup], live);
    const afterBackup = stream.acked.size;
    await new Promise((r) => setTimeout(r, 500));
    await stream.stop();
    check(backedUp.status === 0, 'db:backup succeeds while writers are writing', backedUp.output.split('\n').at(-1));
    check(stream.errors.length === 0, 'no write failed during the backup', stream.errors.slice(0, 3).join('; '));
    check(stream.acked.size > afterBackup || afterBackup > before.size, 'writes went on during and after the backup', `${before.size} → ${stream.acked.size} briefings`);
    const inBackup = versionsIn(backup);
    const lost = missingFrom(inBackup, before);
    check(lost.length === 0, `the backup holds every briefing acknowledged before it started (${before.size})`, lost.slice(0, 3).join(', '));
    check(runScript('backup.ts', [backup], live).status === 1, 'db:backup refuses to overwrite an existing file');

    // Restored into a new database: a server started on it serves every acknowledged briefing.
    const fresh = join(dir, 'fresh', 'restored.db');
    const toFresh = runScript('restore.ts', [backup], fresh);
    check(toFresh.status === 0, 'db:restore into a new database', toFresh.output.split('\n').at(-1));
    restored = await startServer(fresh, await freePort());
    const missing = await served(restored, before);
    check(missing.length === 0, 'a server on the restored database serves every briefing acknowledged before the backup', missing.slice(0, 3).join('; '));
    await stopServer(restored);
    restored = null;

    // Restored into the live database while its server runs: the server serves the backup's state at once.
    const extra = await fetch(`${server.baseUrl}/api/briefings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'made after the backup', slides: [] }),
    });
    const extraId = BriefingSchema.parse(await extra.json()).id;
    const inPlace = runScript('restore.ts', [backup], live);
    check(inPlace.status === 0, 'db:restore into the database of a running server', inPlace.output.split('\n').at(-1));
    check((await fetch(`${server.baseUrl}/api/briefings/${extraId}`)).status === 404, 'the running server no longer serves a briefing made after the backup');
    const liveMissing = await served(server, before);
    check(liveMissing.length === 0, 'the running server serves every briefing of the backup', liveMissing.slice(0, 3).join('; '));
    const write = await fetch(`${server.baseUrl}/api/briefings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'after the restore', slides: [] }),
    });
    check(write.status === 201, 'the running server writes to the restored database', `HTTP ${write.status}`);

    // Refusals change nothing.
    const snapshot = JSON.stringify([...versionsIn(live)].sort());
    const damaged = join(dir, 'damaged.db');
    copyFileSync(backup, damaged);
    const size = statSync(damaged).size;
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(3 * 4096, 0x5a), 0, 3 * 4096, Math.floor(size / 4096 / 3) * 4096);
    closeSync(fd);
    const refusedDamaged = runScript('restore.ts', [damaged], live);
    check(refusedDamaged.status === 1 && /refusing to restore/.test(refusedDamaged.output), 'a damaged backup is refused', refusedDamaged.output.slice(0, 200));
    const newer = join(dir, 'newer.db');
    copyFileSync(backup, newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const refusedNewer = runScript('restore.ts', [newer], live);
    check(refusedNewer.status === 1 && /newer than this build/.test(refusedNewer.output), 'a backup from a newer schema is refused', refusedNewer.output.slice(0, 200));
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all');
    check(runScript('restore.ts', [junk], live).status === 1, 'a file that is no database is refused');
    check(JSON.stringify([...versionsIn(live)].sort()) === snapshot, 'the refused restores changed nothing');
    check(new Database(live, { readonly: true }).pragma('integrity_check', { simple: true }) === 'ok', 'the live database passes integrity_check');
  } catch (error) {
    check(false, 'the harness ran to the end', error instanceof Error ? error.message : String(error));
    if (server) console.error(server.outputTail());
  } finally {
    if (restored) await stopServer(restored);
    if (server) await stopServer(server);
    if (options.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

void main();
