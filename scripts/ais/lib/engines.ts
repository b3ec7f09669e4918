import { createReadStream, existsSync } from 'node:fs';
import { createAisRowSink, type SkipCounts } from '../../../geo/analysis/ais/ais-row-sink';
import { computeDensityGrid, type DensityGrid } from '../../../geo/analysis/ais/density-grid';
import { detectAisEvents } from '../../../geo/analysis/ais/detect-ais-events';
import type { AisDetectionParams } from '../../../geo/analysis/ais/detection-params';
import type { AisEvent, PortPoint } from '../../../geo/analysis/ais/types';
import { AisSourceError } from './duckdb/ais-sources';
import { DuckDbAisRun, type DuckDbMemory } from './duckdb/duckdb-engine';
import { pumpAisCsv } from './stream-ais';

export type EngineName = 'duckdb' | 'stream';
export const ENGINES: readonly EngineName[] = ['duckdb', 'stream'];

export interface EngineOptions {
  files: readonly string[];
  ports: readonly PortPoint[];
  params: AisDetectionParams;
  memoryLimit: string;
  tempDirectory?: string;
  threads?: number;
  onProgress?: (line: string) => void;
}

export interface EngineResult {
  engine: EngineName;
  sources: { path: string; format: string }[];
  rowsRead: number;
  accepted: number;
  skipped: SkipCounts;
  positions: number;
  vessels: number;
  events: AisEvent[];
  density: DensityGrid;
  /** Reading and cleaning, then everything after. */
  readMs: number;
  detectMs: number;
  /** DuckDB only: its memory limit and what it used and spilled. */
  duckdbMemory?: DuckDbMemory;
  /** DuckDB only: the open run, for outputs written straight from its tables (Parquet); close it when done. */
  run?: DuckDbAisRun;
}

/** A problem with the input that deserves one sentence and a non-zero exit, not a stack trace. */
export class InputError extends Error {}

/** The TypeScript engine (the browser's): CSV streamed through papaparse into compact tracks, then detection. */
export async function runStreamEngine(o: EngineOptions): Promise<EngineResult> {
  const t0 = performance.now();
  const sink = createAisRowSink();
  const sources: EngineResult['sources'] = [];
  for (const path of o.files) {
    if (!existsSync(path)) throw new InputError(`${path}: no such file (the stream engine takes file names, not globs).`);
    if (/\.(geo)?parquet$|\.pq$/i.test(path)) throw new InputError(`${path}: the stream engine reads CSV only; use --engine duckdb for Parquet.`);
    sink.startFile();
    await pumpAisCsv(createReadStream(path), sink, (p) => o.onProgress?.(`${p.rowsRead.toLocaleString('en')} rows`));
    if (sink.rejected) {
      throw new InputError(
        `${path}: not an AIS file we know: a CSV needs the NOAA MarineCadastre header (MMSI, BaseDateTime, LAT, LON, …) or the Danish Maritime Authority one (# Timestamp, MMSI, Latitude, Longitude, …).`,
      );
    }
    sources.push({ path, format: `${sink.layout}-csv` });
  }
  const imported = sink.finish();
  if (!imported.ok) throw new InputError('no AIS rows read');
  const t1 = performance.now();
  const result = detectAisEvents(imported.tracks, o.ports, o.params);
  const density = computeDensityGrid(imported.tracks, o.params.density, o.params.encounter);
  const t2 = performance.now();
  return {
    engine: 'stream',
    sources,
    rowsRead: imported.rowsRead,
    accepted: imported.accepted,
    skipped: imported.skipped,
    positions: imported.tracks.positionCount,
    vessels: imported.tracks.vessels.length,
    events: result.events,
    density,
    readMs: t1 - t0,
    detectMs: t2 - t1,
  };
}

/** The DuckDB engine: the SQL definitions over CSV or Parquet files, memory bounded by `memoryLimit`. */
export async function runDuckDbEngine(o: EngineOptions): Promise<EngineResult> {
  const run = await DuckDbAisRun.open({
    files: o.files,
    ports: o.ports,
    params: o.params,
    memoryLimit: o.memoryLimit,
    ...(o.tempDirectory !== undefined ? { tempDirectory: o.tempDirectory } : {}),
    ...(o.threads !== undefined ? { threads: o.threads } : {}),
    onStep: (s) => o.onProgress?.(`${s.stage} ${(s.ms / 1000).toFixed(1)} s`),
  });
  try {
    const counts = await run.run();
    const events = await run.events();
    const density = await run.density();
    const readMs = run.steps.filter((s) => s.stage === 'clean').reduce((a, s) => a + s.ms, 0);
    const allMs = run.steps.reduce((a, s) => a + s.ms, 0);
    return {
      engine: 'duckdb',
      sources: run.sources.map((s) => ({ path: s.path, format: s.format })),
      ...counts,
      events,
      density,
      readMs,
      detectMs: allMs - readMs,
      duckdbMemory: run.memory,
      run,
    };
  } catch (error) {
    run.close();
    if (error instanceof AisSourceError) throw new InputError(error.message);
    throw error;
  }
}
