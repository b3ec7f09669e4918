/**
 * Finds encounters, loitering, AIS gaps and port visits in AIS files of any size, and writes the events (GeoJSON,
 * CSV, Parquet) and a density grid of positions the app can import.
 *
 *   tsx scripts/ais/detect.ts [--engine duckdb|stream] <file or glob …> [--out events.geojson] [--csv events.csv]
 *       [--parquet events.parquet] [--density density.json|.csv|.parquet] [--areas areas.geojson]
 *       [--ports ports.csv|.geojson|.json[,more]] [--no-curated-ports] [--truth truth.json]
 *       [--memory-limit 4GB] [--temp-dir DIR] [--threads N] [--<group>.<param> n …]
 *
 * Engines: `duckdb` (default) runs the SQL definitions in geo/analysis/ais/sql on embedded DuckDB: NOAA or DMA CSV,
 * Parquet with lat/lon columns or GeoParquet points, many files or globs; memory is held to --memory-limit and
 * DuckDB spills the rest to --temp-dir. `stream` runs the TypeScript engine the app uses (CSV only): the file is
 * streamed, positions kept per vessel in typed arrays (14 bytes each). Both read the thresholds of
 * geo/analysis/ais/detection-params.ts and give the same events (a unit test holds it).
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { assertAisDetectionParams, computeCandidateTransferAreas, DEFAULT_CLUSTER_PARAMS, resolveAisDetectionParams } from '../../geo/analysis/ais';
import { parseArgs, type ParsedArgs } from './lib/cli-args';
import { detectionOverrides } from './lib/detection-overrides';
import { ENGINES, InputError, runDuckDbEngine, runStreamEngine, type EngineName, type EngineResult } from './lib/engines';
import { loadPorts } from './lib/load-ports';
import { printScores, printSummary } from './lib/print-summary';
import { writeDensity, writeEventsCsv, writeEventsGeoJson, writeEventsParquet } from './lib/write-outputs';

const USAGE = `usage: npm run detect -- [--engine duckdb|stream] <file or glob …> [--out events.geojson] [--csv events.csv]
    [--parquet events.parquet] [--density density.json|.csv|.parquet] [--areas areas.geojson]
    [--ports ports.csv|.geojson|.json[,more]] [--no-curated-ports] [--truth truth.json]
    [--memory-limit 4GB] [--temp-dir DIR] [--threads N] [--<group>.<param> n …]
  groups: encounter, loitering, gap, portVisit, density (e.g. --encounter.mergeGapMinutes 240), cluster (radiusKm, minPoints)`;

function clusterParam(args: ParsedArgs, name: 'radiusKm' | 'minPoints'): number {
  const raw = args.options.get(`cluster.${name}`);
  if (raw === undefined) return DEFAULT_CLUSTER_PARAMS[name];
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`--cluster.${name} must be a number (got "${raw}")`);
  return value;
}

/** `ais-2024-03.csv` → `ais-2024-03`: the stem the default output names start with. */
const stem = (path: string): string => basename(path).replace(/\.(csv|txt|geoparquet|parquet|pq)(\.gz|\.zst)?$/i, '').replace(/[*?[\]{}]/g, '_');

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['help', 'no-curated-ports']);
  const files = args.positionals;
  if (args.flags.has('help') || files.length === 0) {
    console.log(USAGE);
    process.exitCode = files.length === 0 && !args.flags.has('help') ? 2 : 0;
    return;
  }
  const engine = (args.options.get('engine') ?? 'duckdb') as EngineName;
  if (!ENGINES.includes(engine)) throw new InputError(`--engine must be duckdb or stream (got "${engine}").`);
  const params = resolveAisDetectionParams(detectionOverrides(args));
  assertAisDetectionParams(params);
  const portFiles = (args.options.get('ports') ?? '').split(',').filter((s) => s !== '');
  const { ports, sources: portSources } = loadPorts(portFiles, !args.flags.has('no-curated-ports'));
  const base = stem(files[0]!);
  const out = args.options.get('out') ?? `${base}.events.geojson`;
  const densityOut = args.options.get('density') ?? `${base}.density.json`;
  const options = {
    files,
    ports,
    params,
    memoryLimit: args.options.get('memory-limit') ?? '4GB',
    ...(args.options.has('temp-dir') ? { tempDirectory: args.options.get('temp-dir')! } : {}),
    ...(args.options.has('threads') ? { threads: Number(args.options.get('threads')) } : {}),
    // A progress line on a terminal only; in a log it would be noise.
    ...(process.stderr.isTTY ? { onProgress: (line: string) => process.stderr.write(`  … ${line}\x1b[K\r`) } : {}),
  };

  const t0 = performance.now();
  const result: EngineResult = engine === 'duckdb' ? await runDuckDbEngine(options) : await runStreamEngine(options);
  const wallMs = performance.now() - t0;
  if (process.stderr.isTTY) process.stderr.write('\x1b[K');
  try {
    const written: string[] = [];
    writeEventsGeoJson(result.events, out);
    written.push(out);
    const csvOut = args.options.get('csv');
    if (csvOut !== undefined) {
      writeEventsCsv(result.events, csvOut);
      written.push(csvOut);
    }
    const parquetOut = args.options.get('parquet');
    if (parquetOut !== undefined) {
      await writeEventsParquet(result, parquetOut);
      written.push(parquetOut);
    }
    await writeDensity(result.density, densityOut, result.sources.map((s) => s.path));
    written.push(densityOut);
    const areas = computeCandidateTransferAreas(
      result.events.filter((e) => e.kind === 'encounter' || e.kind === 'loitering'),
      { radiusKm: clusterParam(args, 'radiusKm'), minPoints: clusterParam(args, 'minPoints') },
    );
    const areasOut = args.options.get('areas');
    if (areasOut !== undefined) {
      writeFileSync(areasOut, JSON.stringify(areas));
      written.push(areasOut);
    }
    printSummary(result, { wallMs, ports: ports.length, portSources, params, areas: areas.features.length, written });
    const truthPath = args.options.get('truth');
    if (truthPath !== undefined) printScores(result.events, truthPath);
  } finally {
    result.run?.close();
  }
}

main().catch((error: unknown) => {
  // Bad input gets its one sentence; anything else is a bug and keeps its stack.
  if (error instanceof InputError || (error instanceof Error && /^(--|unknown parameter|ports:|[a-z]+\.[a-zA-Z]+ must be)/.test(error.message))) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.stack : error);
  }
  process.exitCode = 1;
});
