/**
 * Benchmarks AIS import and detection on SYNTHETIC data (not a test):
 *   - positions per second and peak memory for 1M and 10M positions, each read from a streamed synthetic
 *     file by a fresh Node process exactly as scripts/ais/detect.ts does (papaparse stream → row sink →
 *     compact tracks → encounters, loitering, gaps);
 *   - the speed of the grid sweep against the naive all-pairs baseline at 100k positions (same events), over
 *     48 h (about 110 vessels) and over 12 h (4 times the vessels: the naive cost grows with their square),
 *     and once at 1M positions (about 1,100 vessels).
 *
 *   tsx scripts/ais/bench-detection.ts [--quick]     (--quick: 100k and 1M, ratio at 30k)
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type AisPosition, buildVesselTracks, createAisRowSink, detectAisEvents, detectEncounters, detectEncountersNaive } from '../../geo/analysis/ais';
import { planSyntheticAis, syntheticCsvChunks, syntheticReports, type SyntheticScenario } from './synthetic/generate-synthetic-ais';
import { parseArgs } from './lib/cli-args';
import { streamAisIntoSink } from './lib/stream-ais';

/** Reports a vessel sends in 48 h with the generator's defaults, measured: used to size scenarios. */
const POSITIONS_PER_VESSEL_48H = 920;

function scenarioFor(positions: number, hours = 48): SyntheticScenario {
  const vessels = Math.max(60, Math.round((positions / POSITIONS_PER_VESSEL_48H) * (48 / hours)));
  // Planted gaps last up to 14 h: a shorter period gets none.
  const short = hours < 20 ? { gaps: 0, decoys: { shortGap: 0 } } : {};
  return planSyntheticAis({ seed: 2024, vessels, encounters: Math.max(3, Math.floor(vessels / 20)), hours, ...short });
}

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
const rate = (n: number, ms: number): string => `${Math.round(n / (ms / 1000)).toLocaleString('en')}/s`;
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

interface ChildResult {
  rows: number;
  positions: number;
  vessels: number;
  readMs: number;
  detectMs: number;
  events: { encounters: number; loitering: number; gaps: number };
  maxRssBytes: number;
  maxHeapBytes: number;
  maxArrayBuffersBytes: number;
  tracksBytes: number;
}

/** Child mode: read one file like detect.ts and report timings and memory as one JSON line. */
async function child(file: string): Promise<void> {
  let maxHeap = 0;
  let maxArrayBuffers = 0;
  const sampleMemory = (): void => {
    const m = process.memoryUsage();
    maxHeap = Math.max(maxHeap, m.heapUsed);
    maxArrayBuffers = Math.max(maxArrayBuffers, m.arrayBuffers);
  };
  const t0 = performance.now();
  const imported = await streamAisIntoSink(createReadStream(file), createAisRowSink(), sampleMemory, 100_000);
  if (!imported.ok) throw new Error('not AIS');
  sampleMemory();
  const t1 = performance.now();
  const result = detectAisEvents(imported.tracks, []);
  const t2 = performance.now();
  sampleMemory();
  const tracksBytes = imported.tracks.vessels.reduce((sum, v) => sum + v.tSec.byteLength + v.lonE6.byteLength + v.latE6.byteLength + v.sogDeciKnots.byteLength, 0);
  const out: ChildResult = {
    rows: imported.rowsRead,
    positions: imported.tracks.positionCount,
    vessels: imported.tracks.vessels.length,
    readMs: t1 - t0,
    detectMs: t2 - t1,
    events: { encounters: result.encounters.length, loitering: result.loitering.length, gaps: result.gaps.length },
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    maxHeapBytes: maxHeap,
    maxArrayBuffersBytes: maxArrayBuffers,
    tracksBytes,
  };
  console.log(`RESULT ${JSON.stringify(out)}`);
}

async function writeSyntheticFile(scenario: SyntheticScenario, file: string): Promise<number> {
  const stream = createWriteStream(file);
  for (const chunk of syntheticCsvChunks(scenario, 'noaa', undefined, 8192)) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return statSync(file).size;
}

function runChild(file: string): ChildResult {
  // A fresh process per size, so each peak RSS is that size's alone. execArgv carries tsx's loader.
  const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (r.status !== 0 || line === undefined) throw new Error(`benchmark child failed (status ${r.status}):\n${r.stderr}`);
  const parsed: unknown = JSON.parse(line.slice('RESULT '.length));
  if (typeof parsed !== 'object' || parsed === null || !('positions' in parsed)) throw new Error('benchmark child: bad result line');
  return parsed as ChildResult;
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

function naiveRatio(positions: number, hours: number, naiveRuns = 3): string[] {
  const scenario = scenarioFor(positions, hours);
  const all: AisPosition[] = [];
  for (let i = 0; i < scenario.vessels.length; i++) {
    for (const r of syntheticReports(scenario, i)) all.push({ mmsi: r.vessel.mmsi, t: r.t, lon: r.lon, lat: r.lat, sogKnots: r.sogKnots });
  }
  const tracks = buildVesselTracks(all);
  const ports = scenario.truth.ports;
  const grid = bestOf(5, () => detectEncounters(tracks, ports));
  const naive = bestOf(naiveRuns, () => detectEncountersNaive(tracks, ports));
  if (!isDeepStrictEqual(grid.value, naive.value)) throw new Error('grid sweep and naive baseline disagree');
  return [
    `${tracks.positionCount.toLocaleString('en')} positions`,
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

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['quick']);
  const childFile = args.options.get('child');
  if (childFile !== undefined) return child(childFile);

  const quick = args.flags.has('quick');
  const sizes = quick ? [100_000, 1_000_000] : [1_000_000, 10_000_000];
  console.log(`SYNTHETIC AIS benchmark${quick ? ' (quick)' : ''} — Node ${process.version}, ${process.platform}/${process.arch}`);

  const dir = mkdtempSync(join(tmpdir(), 'ais-bench-'));
  const rows: string[][] = [['positions', 'vessels', 'file', 'read (parse+store)', 'detect', 'total', 'peak RSS', 'peak heap', 'tracks', 'events (enc/loi/gap)']];
  try {
    for (const size of sizes) {
      const file = join(dir, `synthetic-${size}.csv`);
      process.stderr.write(`generating ~${size.toLocaleString('en')} positions…\n`);
      const bytes = await writeSyntheticFile(scenarioFor(size), file);
      process.stderr.write(`reading and detecting…\n`);
      const r = runChild(file);
      rmSync(file);
      rows.push([
        r.positions.toLocaleString('en'),
        r.vessels.toLocaleString('en'),
        mb(bytes),
        `${secs(r.readMs)} (${rate(r.rows, r.readMs)})`,
        `${secs(r.detectMs)} (${rate(r.positions, r.detectMs)})`,
        rate(r.positions, r.readMs + r.detectMs),
        mb(r.maxRssBytes),
        mb(r.maxHeapBytes),
        mb(r.tracksBytes),
        `${r.events.encounters}/${r.events.loitering}/${r.events.gaps}`,
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nImport and detection (fresh process per size, file streamed from disk):');
  console.log(table(rows));

  console.log('\nGrid sweep vs naive all-pairs baseline (encounters only, tracks in memory):');
  const n = quick ? 30_000 : 100_000;
  const ratios = [naiveRatio(n, 48), naiveRatio(n, 12)];
  // How the gap widens with the number of vessels (the naive cost grows with its square).
  if (!quick) ratios.push(naiveRatio(1_000_000, 48, 1));
  console.log(table(ratios));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
