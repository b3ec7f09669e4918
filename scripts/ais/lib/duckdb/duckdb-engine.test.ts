import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { createAisRowSink } from '../../../../geo/analysis/ais/ais-row-sink';
import { computeDensityGrid } from '../../../../geo/analysis/ais/density-grid';
import { detectAisEvents, resolveAisDetectionParams } from '../../../../geo/analysis/ais/detect-ais-events';
import { planSyntheticAis, syntheticCsv, type SyntheticLayout } from '../../synthetic/generate-synthetic-ais';
import { scoreEncounters, scoreGaps, scoreLoitering, scorePortVisits } from '../../synthetic/score-detection';
import type { AisEvent, AisEventKind } from '../../../../geo/analysis/ais/types';
import { DuckDbAisRun } from './duckdb-engine';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PARAMS = resolveAisDetectionParams();
const STEP_MS = PARAMS.encounter.resampleMinutes * 60_000;

/** A small SYNTHETIC scenario written as a file, and what the TypeScript engine finds in it. */
function scenarioFile(seed: number, layout: SyntheticLayout) {
  const scenario = planSyntheticAis({ seed, vessels: 95, encounters: 12, hours: 36, badRowRate: 0.002 });
  const { csv } = syntheticCsv(scenario, layout);
  const file = join(dir, `synthetic-${seed}-${layout}.csv`);
  writeFileSync(file, csv);
  const sink = createAisRowSink();
  Papa.parse<string[]>(csv, { skipEmptyLines: true, step: (r) => sink.pushValues(r.data) });
  const imported = sink.finish();
  if (!imported.ok) throw new Error('synthetic file not read as AIS');
  const ports = scenario.truth.ports;
  return { scenario, file, imported, ports, ts: detectAisEvents(imported.tracks, ports, PARAMS) };
}

async function duck(files: string[], ports: Parameters<typeof DuckDbAisRun.open>[0]['ports']) {
  const run = await DuckDbAisRun.open({ files, ports, params: PARAMS, memoryLimit: '1GB', threads: 2 });
  try {
    const counts = await run.run();
    return { counts, events: await run.events(), density: await run.density(), sources: run.sources };
  } finally {
    run.close();
  }
}

const vesselsOf = (e: AisEvent): string => (e.kind === 'encounter' ? e.vessels.map((v) => v.mmsi).join('+') : e.vessel.mmsi);

/** Pairs events of one kind by vessels and nearest start; both lists must pair up completely. */
function disagreements(a: readonly AisEvent[], b: readonly AisEvent[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const e of a) {
    const i = left.findIndex(
      (f) => f.kind === e.kind && vesselsOf(f) === vesselsOf(e) && Math.abs(f.start - e.start) <= STEP_MS && Math.abs(f.end - e.end) <= STEP_MS,
    );
    if (i === -1) out.push(`only in DuckDB: ${e.id}`);
    else left.splice(i, 1);
  }
  return [...out, ...left.map((f) => `only in TypeScript: ${f.id}`)];
}

const KINDS: AisEventKind[] = ['encounter', 'loitering', 'gap', 'port-visit'];

describe.each([
  [11, 'noaa'],
  [12, 'dma'],
  [13, 'noaa'],
] as const)('DuckDB engine against the TypeScript reference: seed %i, %s layout', (seed, layout) => {
  // Made by the first test that needs them, so a filtered run does not pay for them.
  let made: ReturnType<typeof scenarioFile> | undefined;
  let started: ReturnType<typeof duck> | undefined;
  const reference = () => (made ??= scenarioFile(seed, layout));
  const run = () => (started ??= duck([reference().file], reference().ports));

  it('reads and cleans the rows as the TypeScript parser does', async () => {
    const { counts, sources } = await run();
    const ref = reference();
    expect(sources.map((s) => s.format)).toEqual([`${layout}-csv`]);
    expect(counts.rowsRead).toBe(ref.imported.rowsRead);
    expect(counts.accepted).toBe(ref.imported.accepted);
    expect(counts.skipped).toEqual(ref.imported.skipped);
    expect(counts.positions).toBe(ref.imported.tracks.positionCount);
    expect(counts.vessels).toBe(ref.imported.tracks.vessels.length);
  });

  it.each(KINDS)('finds the same %s events (same vessels, start and end within one resampling step)', async (kind) => {
    const { events } = await run();
    const mine = events.filter((e) => e.kind === kind);
    const theirs = reference().ts.events.filter((e) => e.kind === kind);
    expect(theirs.length).toBeGreaterThan(0);
    expect(disagreements(mine, theirs)).toEqual([]);
  });

  it('scores precision and recall ≥ 0.95 against the planted truth for every kind', async () => {
    const { events } = await run();
    const truth = reference().scenario.truth;
    const of = <K extends AisEventKind>(k: K) => events.filter((e): e is Extract<AisEvent, { kind: K }> => e.kind === k);
    for (const s of [scoreEncounters(of('encounter'), truth), scoreLoitering(of('loitering'), truth), scoreGaps(of('gap'), truth), scorePortVisits(of('port-visit'), truth)]) {
      expect(s.planted).toBeGreaterThan(0);
      expect(Math.min(s.precision, s.recall)).toBeGreaterThanOrEqual(0.95);
    }
    const decoys = new Set(truth.decoys.filter((d) => d.kind === 'port-passing' || d.kind === 'port-outside').flatMap((d) => d.vessels));
    expect(of('port-visit').filter((v) => decoys.has(v.vessel.mmsi))).toEqual([]);
  });

  it('computes the same density grid', async () => {
    const { density } = await run();
    const expected = computeDensityGrid(reference().imported.tracks, PARAMS.density, PARAMS.encounter);
    expect(density.cells.length).toBeGreaterThan(10);
    expect(density).toEqual(expected);
  });
});

describe('DuckDB engine inputs: CSV, Parquet with lat/lon columns, GeoParquet points, several files by a glob', () => {
  it('finds the same events in each', async () => {
    const ref = scenarioFile(15, 'noaa');
    const fromCsv = await duck([ref.file], ref.ports);
    // Parquet written from the same CSV with typed columns, split in two files by vessel, and as GeoParquet.
    const flat = join(dir, 'synthetic-15-part-*.parquet');
    const geo = join(dir, 'synthetic-15.geoparquet');
    const run = await DuckDbAisRun.open({ files: [ref.file], ports: [], params: PARAMS, memoryLimit: '1GB' });
    try {
      const typed = `SELECT CAST(TRY_CAST(MMSI AS BIGINT) AS BIGINT) AS mmsi, TRY_CAST(BaseDateTime AS TIMESTAMP) AS base_date_time,
        TRY_CAST(LAT AS DOUBLE) AS lat, TRY_CAST(LON AS DOUBLE) AS lon, TRY_CAST(SOG AS DOUBLE) AS sog, VesselName AS vessel_name, IMO AS imo
        FROM read_csv('${ref.file}', header = true, all_varchar = true) WHERE TRY_CAST(LAT AS DOUBLE) BETWEEN -90 AND 90 AND length(MMSI) = 9`;
      await run.exec('test', `COPY (${typed} AND TRY_CAST(MMSI AS BIGINT) % 2 = 0) TO '${flat.replace('*', '0')}' (FORMAT parquet)`);
      await run.exec('test', `COPY (${typed} AND TRY_CAST(MMSI AS BIGINT) % 2 = 1) TO '${flat.replace('*', '1')}' (FORMAT parquet)`);
      await run.exec(
        'test',
        `COPY (SELECT mmsi, base_date_time AS "timestamp", CAST('POINT(' || lon || ' ' || lat || ')' AS GEOMETRY) AS geometry, sog FROM (${typed})) TO '${geo}' (FORMAT parquet)`,
      );
    } finally {
      run.close();
    }
    const fromParquet = await duck([flat], ref.ports);
    const fromGeo = await duck([geo], ref.ports);
    expect(fromParquet.sources.map((s) => s.format)).toEqual(['parquet', 'parquet']);
    expect(fromGeo.sources.map((s) => s.format)).toEqual(['geoparquet']);
    const strip = (events: AisEvent[]) => events.map((e) => ({ ...e, lon: e.lon.toFixed(9), lat: e.lat.toFixed(9) }));
    expect(fromCsv.events.length).toBeGreaterThan(10);
    expect(fromParquet.events).toEqual(fromCsv.events);
    // GeoParquet has no names: the same events, less the vessels' names and IMO numbers.
    const anonymous = (events: AisEvent[]) => strip(JSON.parse(JSON.stringify(events).replace(/,"(name|imo)":"[^"]*"/g, '')) as AisEvent[]);
    expect(anonymous(fromGeo.events)).toEqual(anonymous(fromCsv.events));
  });
});
