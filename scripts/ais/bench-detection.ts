/**
 * Benchmarks AIS detection on SYNTHETIC data (not a test), printing tables:
 *   - rows per second and peak memory (RSS of a fresh process) of both engines on the same files: the stream
 *     engine (TypeScript, CSV) and the DuckDB engine (SQL) on that CSV and on the same rows as Parquet, at 1 M and
 *     10 M positions; at 100 M, DuckDB alone on Parquet that DuckDB generates (the stream engine reads CSV only, and
 *     a CSV of 100 M rows is about 12 GB); with the machine's load average around each run;
 *   - the grid sweep against the naive all-pairs baseline (the same encounters) at 100 k positions.
 * Files go to a temporary folder and are deleted after.
 *
 *   tsx scripts/ais/bench-detection.ts [--quick] [--sizes 1,10,100] [--memory-limit 4GB]
 *   (--quick: 0.1 M and 1 M positions, the baseline at 30 k)
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type AisPosition, buildVesselTracks, detectEncounters, detectEncountersNaive, resolveAisDetectionParams } from '../../geo/analysis/ais';
import { benchVessels, csvToParquet, generateBenchParquet } from './lib/bench-parquet';
import { planSyntheticAis, syntheticCsvChunks, syntheticReports, type SyntheticScenario } from './synthetic/generate-synthetic-ais';
import { SYNTHETIC_PORTS } from './synthetic/synthetic-areas';
import { parseArgs } from './lib/cli-args';
import { runDuckDbEngine, runStreamEngine, type EngineName } from './lib/engines';

/** Reports a vessel sends in 48 h with the generator's defaults, measured: used to size scenarios. */
const POSITIONS_PER_VESSEL_48H = 1010;

function scenarioFor(positions: number, hours = 48): SyntheticScenario {
  const vessels = Math.max(60, Math.round((positions / POSITIONS_PER_VESSEL_48H) * (48 / hours)));
  // Planted gaps last up to 14 h: a shorter period gets none.
  const short = hours < 20 ? { gaps: 0, decoys: { shortGap: 0 } } : {};
  return planSyntheticAis({ seed: 2024, vessels, encounters: Math.max(3, Math.floor(vessels / 20)), hours, ...short });
}

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;
const n = (x: number): string => Math.round(x).toLocaleString('en');
const load = (): string => loadavg()[0]!.toFixed(1);

interface ChildResult {
  rows: number;
  wallMs: number;
  /** User + system CPU time of the process, all threads: on a shared machine, the figure the load does not change much. */
  cpuMs: number;
  maxRssBytes: number;
  duckdb: { limit: string; peakBufferBytes: number; peakTempBytes: number } | null;
  events: Record<string, number>;
  loadBefore: string;
  loadAfter: string;
}

/** Child mode: one engine over one file, like `npm run detect`, reported as one JSON line. */
async function child(engine: EngineName, file: string, memoryLimit: string): Promise<void> {
  const loadBefore = load();
  const t0 = performance.now();
  const options = { files: [file], ports: SYNTHETIC_PORTS, params: resolveAisDetectionParams(), memoryLimit };
  const r = engine === 'duckdb' ? await runDuckDbEngine(options) : await runStreamEngine(options);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage();
  r.run?.close();
  const events: Record<string, number> = {};
  for (const e of r.events) events[e.kind] = (events[e.kind] ?? 0) + 1;
  const out: ChildResult = {
    rows: r.rowsRead,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    duckdb: r.duckdbMemory ?? null,
    events,
    loadBefore,
    loadAfter: load(),
  };
  console.log(`RESULT ${JSON.stringify(out)}`);
}

function spawnChild(args: string[]): string {
  // A fresh process a run, so each peak RSS is that run's alone. execArgv carries tsx's loader.
  const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`benchmark child ${args.join(' ')} failed (status ${r.status}):\n${r.stderr}`);
  return r.stdout;
}

function runChild(engine: EngineName, file: string, memoryLimit: string): ChildResult {
  const line = spawnChild(['--child-engine', engine, file, memoryLimit]).split('\n').find((l) => l.startsWith('RESULT '));
  if (line === undefined) throw new Error('benchmark child: no result line');
  return JSON.parse(line.slice('RESULT '.length)) as ChildResult;
}

async function writeSyntheticCsv(scenario: SyntheticScenario, file: string): Promise<number> {
  const stream = createWriteStream(file);
  for (const chunk of syntheticCsvChunks(scenario, 'noaa', undefined, 8192)) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return statSync(file).size;
}

function bestOf<T>(runs: number, f: () => T): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, value };
}

function naiveRatio(positions: number, hours: number): string[] {
  const scenario = scenarioFor(positions, hours);
  const all: AisPosition[] = [];
  for (let i = 0; i < scenario.vessels.length; i++) {
    for (const r of syntheticReports(scenario, i)) all.push({ mmsi: r.vessel.mmsi, t: r.t, lon: r.lon, lat: r.lat, sogKnots: r.sogKnots });
  }
  const tracks = buildVesselTracks(all);
  const ports = scenario.truth.ports;
  const grid = bestOf(5, () => detectEncounters(tracks, ports));
  const naive = bestOf(3, () => detectEncountersNaive(tracks, ports));
  if (!isDeepStrictEqual(grid.value, naive.value)) throw new Error('grid sweep and naive baseline disagree');
  return [
    `${n(tracks.positionCount)} positions`,
    `${tracks.vessels.length} vessels × ${hours} h`,
    `${grid.value.length} encounters (equal)`,
    `grid ${grid.ms.toFixed(0)} ms`,
    `naive ${naive.ms.toFixed(0)} ms`,
    `${(naive.ms / grid.ms).toFixed(1)}× faster`,
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
}

function row(size: string, engine: string, input: string, bytes: number, r: ChildResult): string[] {
  const d = r.duckdb;
  const kinds = ['encounter', 'loitering', 'gap', 'port-visit'].map((k) => r.events[k] ?? 0).join('/');
  return [
    size,
    engine,
    `${input} (${mb(bytes)})`,
    n(r.rows),
    `${(r.wallMs / 1000).toFixed(1)} s`,
    `${n(r.rows / (r.wallMs / 1000))}/s`,
    `${(r.cpuMs / 1000).toFixed(1)} s`,
    `${n(r.rows / (r.cpuMs / 1000))}`,
    mb(r.maxRssBytes),
    d === null ? '—' : `${d.limit} / ${mb(d.peakBufferBytes)} / ${mb(d.peakTempBytes)}`,
    kinds,
    `${r.loadBefore} → ${r.loadAfter}`,
  ];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['quick']);
  const childEngine = args.options.get('child-engine');
  if (childEngine !== undefined) return child(childEngine as EngineName, args.positionals[0]!, args.positionals[1]!);

  const quick = args.flags.has('quick');
  const memoryLimit = args.options.get('memory-limit') ?? '4GB';
  const sizes = (args.options.get('sizes') ?? (quick ? '0.1,1' : '1,10,100')).split(',').map((s) => Number(s) * 1_000_000);
  console.log(
    `SYNTHETIC AIS benchmark${quick ? ' (quick)' : ''} — Node ${process.version}, ${process.platform}/${process.arch}, ` +
      `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} memory; load average (1 min) ${load()} at start`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'ais-bench-'));
  const header = ['positions', 'engine', 'input', 'rows', 'time', 'rows/s', 'CPU time', 'rows per CPU-s', 'peak RSS', 'DuckDB limit / buffers / spilled', 'events enc/loi/gap/port', 'load avg before → after'];
  const rows: string[][] = [header];
  const rates = new Map<string, number>();
  const cpuRates = new Map<string, number>();
  try {
    for (const size of sizes) {
      const label = `${size / 1_000_000} M`;
      if (size <= 20_000_000) {
        const csv = join(dir, `synthetic-${size}.csv`);
        const parquet = join(dir, `synthetic-${size}.parquet`);
        process.stderr.write(`generating ~${n(size)} positions as CSV…\n`);
        const csvBytes = await writeSyntheticCsv(scenarioFor(size), csv);
        await csvToParquet(csv, parquet);
        const parquetBytes = statSync(parquet).size;
        for (const [engine, input, file, bytes] of [
          ['stream', 'CSV', csv, csvBytes],
          ['duckdb', 'CSV', csv, csvBytes],
          ['duckdb', 'Parquet', parquet, parquetBytes],
        ] as const) {
          process.stderr.write(`${label}: ${engine} on ${input}…\n`);
          const r = runChild(engine, file, memoryLimit);
          rates.set(`${size} ${engine} ${input}`, r.rows / (r.wallMs / 1000));
          cpuRates.set(`${size} ${engine} ${input}`, r.rows / (r.cpuMs / 1000));
          rows.push(row(label, engine, input, bytes, r));
        }
        rmSync(csv);
        rmSync(parquet);
      } else {
        const parquet = join(dir, `synthetic-${size}.parquet`);
        process.stderr.write(`generating ${n(size)} positions as Parquet with DuckDB…\n`);
        spawnChild(['--child-generate', parquet, String(size)]);
        process.stderr.write(`${label}: duckdb on Parquet…\n`);
        const r = runChild('duckdb', parquet, memoryLimit);
        rows.push(row(label, 'duckdb', `Parquet, ${n(benchVessels(size))} vessels × 30 d`, statSync(parquet).size, r));
        rows.push([label, 'stream', 'not run: reads CSV only (100 M rows of CSV ≈ 12 GB)', ...header.slice(3).map(() => '')]);
        rmSync(parquet);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    '\nImport and detection, fresh process a run (rows/s: rows read ÷ wall time, from opening the file to the last event; ' +
      'CPU time: user + system of all its threads; load average: the whole machine, 1 minute):',
  );
  console.log(table(rows));
  for (const size of sizes.filter((s) => s <= 20_000_000)) {
    const stream = rates.get(`${size} stream CSV`)!;
    const csv = rates.get(`${size} duckdb CSV`)!;
    const pq = rates.get(`${size} duckdb Parquet`)!;
    const per = (k: string) => cpuRates.get(`${size} ${k}`)!;
    console.log(
      `${size / 1_000_000} M: DuckDB ÷ stream engine, rows/s: ${(csv / stream).toFixed(1)}× on the same CSV, ${(pq / stream).toFixed(1)}× from Parquet; ` +
        `rows per CPU-second: ${(per('duckdb CSV') / per('stream CSV')).toFixed(1)}×, ${(per('duckdb Parquet') / per('stream CSV')).toFixed(1)}×`,
    );
  }

  console.log('\nGrid sweep vs naive all-pairs baseline (encounters only, tracks in memory):');
  const m = quick ? 30_000 : 100_000;
  console.log(table([naiveRatio(m, 48), naiveRatio(m, 12)]));
}

async function generate(parquet: string, rows: number): Promise<void> {
  await generateBenchParquet(parquet, rows, benchVessels(rows));
}

const generateArgs = process.argv.indexOf('--child-generate');
(generateArgs !== -1 ? generate(process.argv[generateArgs + 1]!, Number(process.argv[generateArgs + 2])) : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
