import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { densityFromFile } from '../../geo/analysis/ais/density-file';
import { eventsFromCsv, eventsFromGeoJson } from '../../geo/analysis/ais/export-events';
import { planSyntheticAis, syntheticCsv } from './synthetic/generate-synthetic-ais';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-detect-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TSX = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');

function detect(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, 'scripts/ais/detect.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
}

describe('npm run detect', () => {
  it('a CSV of another layout: one sentence naming the file and the layouts it needs, exit 1', () => {
    const file = join(dir, 'synthetic-points.csv');
    writeFileSync(file, 'name,lat,lon\nSYNTH a,42.1,131.5\n');
    for (const engine of ['duckdb', 'stream']) {
      const r = detect('--engine', engine, file);
      expect(r.status).toBe(1);
      expect(r.stderr.split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not an AIS file we know: .*NOAA.*Danish`));
    }
  });

  it('a corrupt Parquet file: one sentence, exit 1', () => {
    const file = join(dir, 'synthetic-broken.parquet');
    writeFileSync(file, Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 7), Buffer.from('PAR1')]));
    const r = detect(file);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${file}: not a Parquet file DuckDB can read`);
    expect(detect('--engine', 'stream', file).stderr).toBe(`${file}: the stream engine reads CSV only; use --engine duckdb for Parquet.`);
  });

  it('writes events as GeoJSON, CSV and Parquet and a density grid the app reads back', () => {
    const scenario = planSyntheticAis({ seed: 21, vessels: 60, encounters: 4, hours: 30 });
    const file = join(dir, 'synthetic-cli.csv');
    writeFileSync(file, syntheticCsv(scenario, 'noaa').csv);
    const ports = join(dir, 'synthetic-ports.json');
    writeFileSync(ports, JSON.stringify(scenario.truth.ports));
    const out = (name: string) => join(dir, name);
    const r = detect(file, '--ports', ports, '--no-curated-ports', '--out', out('e.geojson'), '--csv', out('e.csv'), '--parquet', out('e.parquet'), '--density', out('d.json'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/duckdb engine: 1 file \(noaa-csv\)/);
    expect(r.stdout).toMatch(/memory: peak RSS \d[\d,]* MB; DuckDB memory_limit 4GB/);
    const geo = eventsFromGeoJson(JSON.parse(readFileSync(out('e.geojson'), 'utf8')));
    const csv = eventsFromCsv(readFileSync(out('e.csv'), 'utf8'));
    expect(geo.rejected).toEqual([]);
    expect(csv.events).toEqual(geo.events);
    expect(new Set(geo.events.map((e) => e.kind))).toEqual(new Set(['encounter', 'loitering', 'gap', 'port-visit']));
    expect(existsSync(out('e.parquet'))).toBe(true);
    expect(readFileSync(out('e.parquet')).subarray(0, 4).toString()).toBe('PAR1');
    const density = densityFromFile(JSON.parse(readFileSync(out('d.json'), 'utf8')));
    if (!density.ok) throw new Error(density.error);
    // Every position counted once in the grid: the summary's "(N after one a second a vessel)".
    const positions = Number(/\(([\d,]+) after one a second a vessel\)/.exec(r.stdout)![1]!.replaceAll(',', ''));
    expect(density.grid.cells.reduce((a, c) => a + c.positions, 0)).toBe(positions);
  });
});
