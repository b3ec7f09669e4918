// Kill-and-restart test of saved briefings (issue 8, "Crash"). Needs a production build (`npm run build`).
//
//   tsx scripts/api/crash-test.ts [--rounds 3] [--writers 8] [--acks-before-kill 150] [--keep]
//
// Each round starts `next start` on a database file in a temporary directory, runs a stream of creates and
// updates from several writers, and SIGKILLs the server once enough writes were acknowledged (writes are still in
// flight then). The file must then pass PRAGMA integrity_check, and after a restart every briefing whose create or
// update returned success must be there, at the acknowledged version or later, with the acknowledged content when
// the version is the same. Prints one line per check and `N passed, N failed`; exits 1 on any failure.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { BriefingSchema, type Slide } from '../../lib/briefing/briefing-schema';
import { freePort, parseOptions, requireProductionBuild, startServer, stopServer, type ServerProcess } from './server-process';

const options = parseOptions(process.argv.slice(2), {
  rounds: 3,
  writers: 8,
  acksBeforeKill: 150,
  keep: false,
});

type Acked = { version: number; title: string; slidesJson: string };
/** What the client last saw of each briefing it wrote, to send the right version next. */
type Known = { id: string; version: number; writer: number };

const acked = new Map<string, Acked>();
const known: Known[] = [];
let passed = 0;
let failed = 0;

function check(ok: boolean, label: string, detail = ''): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ` — ${detail}` : ''}`);
}

function makeSlides(seed: number): Slide[] {
  const count = 1 + (seed % 5);
  return Array.from({ length: count }, (_, i) => ({
    id: `slide-${seed}-${i}`,
    title: `Slide ${i + 1} of write ${seed}`,
    // A few kilobytes a slide, so that each commit writes several WAL pages.
    notes: `Notes for write ${seed}, slide ${i}. `.repeat(20 + ((seed * 7 + i) % 80)),
    query: `v=1&view=131.9,43.1,${(seed % 10) + 3}&select=port-rajin&layers=ports,rail`,
    annotations: [{ id: `a-${seed}-${i}`, text: `pin ${seed}/${i}`, lon: 130 + (seed % 10) / 10, lat: 42 + i / 10 }],
  }));
}

function recordAck(id: string, version: number, title: string, slidesJson: string): void {
  const previous = acked.get(id);
  if (!previous || version >= previous.version) acked.set(id, { version, title, slidesJson });
}

type StreamStats = { started: number; acknowledged: number; failedAfterKill: number; unexpected: string[] };

/** Writers create and update briefings until `stop()`; resolves when every writer has finished its last request. */
function runWriteStream(server: ServerProcess, round: number, onAck: () => void) {
  let stopped = false;
  let inFlight = 0;
  let sequence = 0;
  const stats: StreamStats = { started: 0, acknowledged: 0, failedAfterKill: 0, unexpected: [] };

  async function writeOnce(writer: number): Promise<void> {
    const seed = round * 1_000_000 + ++sequence;
    const slides = makeSlides(seed);
    const slidesJson = JSON.stringify(slides);
    const title = `crash r${round} w${writer} #${seed}`;
    const mine = known.filter((k) => k.writer === writer);
    const target = mine.length > 0 && seed % 3 !== 0 ? mine[seed % mine.length] : undefined;
    const url = target ? `${server.baseUrl}/api/briefings/${target.id}` : `${server.baseUrl}/api/briefings`;
    const body = target ? { title, slides, version: target.version } : { title, slides };

    stats.started++;
    inFlight++;
    try {
      const response = await fetch(url, {
        method: target ? 'PUT' : 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const json: unknown = await response.json();
      if (response.status === 201 || response.status === 200) {
        const saved = BriefingSchema.parse(json);
        recordAck(saved.id, saved.version, title, slidesJson);
        if (target) target.version = saved.version;
        else known.push({ id: saved.id, version: saved.version, writer });
        stats.acknowledged++;
        onAck();
      } else if (response.status === 409 && target) {
        // An update that committed but whose answer was lost in the previous kill: carry on from the stored version.
        target.version = BriefingSchema.parse(z.object({ current: z.unknown() }).parse(json).current).version;
      } else {
        stats.unexpected.push(`${response.status} ${JSON.stringify(json).slice(0, 200)}`);
      }
    } catch (error) {
      if (stopped) stats.failedAfterKill++;
      else stats.unexpected.push(`request error before the kill: ${String(error)}`);
    } finally {
      inFlight--;
    }
  }

  const writers = Array.from({ length: options.writers }, async (_, writer) => {
    while (!stopped) await writeOnce(writer);
  });
  return {
    stats,
    inFlight: () => inFlight,
    stop: () => {
      stopped = true;
    },
    done: Promise.all(writers),
  };
}

function checkFile(dbPath: string, label: string): Database.Database | null {
  try {
    // Opened read-write, as the next server start would: SQLite replays the WAL left by the killed process.
    const db = new Database(dbPath, { timeout: 5000 });
    const result = db.pragma('integrity_check', { simple: true });
    check(result === 'ok', `${label}: PRAGMA integrity_check`, String(result));
    return db;
  } catch (error) {
    check(false, `${label}: open the database file`, String(error));
    return null;
  }
}

async function verifyThroughApi(server: ServerProcess, label: string): Promise<void> {
  const ids = [...acked.keys()];
  const problems: string[] = [];
  let next = 0;
  const readers = Array.from({ length: 8 }, async () => {
    while (next < ids.length) {
      const id = ids[next++] ?? '';
      const want = acked.get(id);
      if (!want) continue;
      const response = await fetch(`${server.baseUrl}/api/briefings/${id}`, { signal: AbortSignal.timeout(15_000) });
      const json: unknown = await response.json();
      if (response.status !== 200) {
        problems.push(`${id}: HTTP ${response.status}`);
        continue;
      }
      const got = BriefingSchema.parse(json);
      if (got.version < want.version) problems.push(`${id}: version ${got.version} < acknowledged ${want.version}`);
      else if (got.version === want.version && (got.title !== want.title || JSON.stringify(got.slides) !== want.slidesJson)) {
        problems.push(`${id}: content at version ${got.version} differs from what was acknowledged`);
      }
    }
  });
  await Promise.all(readers);
  check(
    problems.length === 0,
    `${label}: every acknowledged briefing is served at its acknowledged version or later (${ids.length})`,
    problems.slice(0, 5).join('; ') + (problems.length > 5 ? ` (+${problems.length - 5} more)` : ''),
  );
}

function verifyInFile(db: Database.Database, label: string): void {
  const read = db.prepare('SELECT version FROM briefings WHERE id = ?').pluck();
  const missing: string[] = [];
  for (const [id, want] of acked) {
    const version = z.number().optional().parse(read.get(id));
    if (version === undefined || version < want.version) missing.push(`${id} (acknowledged v${want.version}, found ${version ?? 'none'})`);
  }
  check(missing.length === 0, `${label}: every acknowledged write is in the file (${acked.size})`, missing.slice(0, 5).join('; '));
}

async function main(): Promise<void> {
  requireProductionBuild();
  const dir = mkdtempSync(join(tmpdir(), 'route-atlas-crash-'));
  const dbPath = join(dir, 'crash.db');
  const port = await freePort();
  console.log(`crash test: ${options.rounds} rounds, ${options.writers} writers, database ${dbPath}, port ${port}`);

  let server: ServerProcess | null = null;
  const cleanup = () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  };
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  try {
    for (let round = 1; round <= options.rounds; round++) {
      server = await startServer(dbPath, port);
      if (round > 1) await verifyThroughApi(server, `round ${round} after restart`);

      let acksThisRound = 0;
      let fire: () => void = () => undefined;
      const enough = new Promise<void>((resolve) => (fire = resolve));
      const stream = runWriteStream(server, round, () => {
        if (++acksThisRound >= options.acksBeforeKill) fire();
      });
      const timedOut = await Promise.race([
        enough.then(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(true), 120_000)),
      ]);
      // A short random delay, so that the kill does not always land at the same point of a write.
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 50)));
      const inFlightAtKill = stream.inFlight();
      stream.stop();
      server.child.kill('SIGKILL');
      await server.exited;
      await stream.done;

      const s = stream.stats;
      console.log(
        `round ${round}: ${s.started} writes sent, ${s.acknowledged} acknowledged, ${inFlightAtKill} in flight at SIGKILL, ` +
          `${s.failedAfterKill} cut off by it`,
      );
      check(!timedOut, `round ${round}: ${options.acksBeforeKill} writes acknowledged before the kill`);
      check(inFlightAtKill > 0, `round ${round}: the kill landed while writes were in flight`, `${inFlightAtKill} in flight`);
      check(s.unexpected.length === 0, `round ${round}: no write failed before the kill`, s.unexpected.slice(0, 3).join('; '));

      const db = checkFile(dbPath, `round ${round} after SIGKILL`);
      if (db) {
        verifyInFile(db, `round ${round} after SIGKILL`);
        db.close();
      }
    }

    server = await startServer(dbPath, port);
    await verifyThroughApi(server, 'final restart');
    await stopServer(server, 'SIGKILL');
    const db = checkFile(dbPath, 'final');
    db?.close();
  } catch (error) {
    check(false, 'the harness ran to the end', error instanceof Error ? error.message : String(error));
    if (server) console.error(`server output:\n${server.outputTail()}`);
  } finally {
    cleanup();
    if (options.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }

  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

void main();
