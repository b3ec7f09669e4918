import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFixtures } from '@/e2e/fixtures/import/synthetic-fixtures';
import { DEFAULT_AIS_DETECTION_PARAMS, DEFAULT_CLUSTER_PARAMS, type PortPoint } from '@/geo/analysis/ais';
import { SYNTHETIC_PORTS } from '@/scripts/ais/synthetic/synthetic-areas';
import { ImportCancelledError, runImport, type ImportOptions, type ImportOutcome, type ImportProgress } from './run-import';

const fixtureDir = new URL('../../../e2e/fixtures/import/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, fixtureDir), 'utf8');

function options(over: Partial<ImportOptions> = {}): ImportOptions {
  return {
    userLayerId: 'user-test',
    ports: SYNTHETIC_PORTS as readonly PortPoint[],
    detection: DEFAULT_AIS_DETECTION_PARAMS,
    cluster: DEFAULT_CLUSTER_PARAMS,
    now: () => new Date('2026-01-01T00:00:00Z'),
    ...over,
  };
}

const run = (name: string, content: BlobPart, over: Partial<ImportOptions> = {}) =>
  runImport({ name, blob: new Blob([content]) }, options(over));

function imported(outcome: ImportOutcome) {
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome.userLayer;
}

function failedMessage(outcome: ImportOutcome): string {
  if (outcome.status !== 'failed') throw new Error(`expected a failure, got ${outcome.status}`);
  return outcome.message;
}

describe('the committed SYNTHETIC fixtures', () => {
  it('are what e2e/fixtures/import/make-fixtures.ts writes', () => {
    for (const [name, text] of Object.entries(importFixtures())) expect(fixture(name), name).toBe(text);
  });
});

describe('runImport: AIS', () => {
  it('imports the small synthetic NOAA file, reports progress and finds the planted encounter and gap', async () => {
    const progress: ImportProgress[] = [];
    const csv = fixture('synthetic-ais-small.csv');
    const userLayer = imported(await run('synthetic-ais-small.csv', csv, { onProgress: (p) => progress.push(p) }));
    const truth = JSON.parse(fixture('synthetic-ais-small.truth.json')) as { encounters: { vessels: string[]; lon: number; lat: number }[] };
    if (userLayer.kind !== 'ais') throw new Error('expected AIS');
    expect(userLayer).toMatchObject({ name: 'synthetic-ais-small', layout: 'noaa', userProvided: true, counts: { vessels: 5 } });
    expect(userLayer.rowsRead).toBe(csv.trim().split('\n').length - 1);
    expect(userLayer.counts.positions).toBe(userLayer.rowsRead);
    const encounters = userLayer.detection!.events.filter((e) => e.kind === 'encounter');
    expect(encounters).toHaveLength(1);
    const [e] = encounters;
    if (e?.kind !== 'encounter') throw new Error('no encounter');
    expect(e.vessels.map((v) => v.mmsi).sort()).toEqual([...truth.encounters[0]!.vessels].sort());
    expect(Math.abs(e.lon - truth.encounters[0]!.lon)).toBeLessThan(0.05);
    expect(userLayer.detection!.events.filter((x) => x.kind === 'gap')).toHaveLength(1);
    expect(progress.at(-1)?.phase).toBe('detecting');
    expect(progress.some((p) => p.phase === 'reading' && p.bytesRead === csv.length)).toBe(true);
  });

  it('counts broken AIS rows by reason and still imports the rest', async () => {
    const csv = [
      'MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO',
      '999000001,2024-03-01T00:00:00,41.5,132.5,0.5,0,0,SYNTH A,IMO9990001',
      '999000001,2024-03-01T00:10:00,41.5,132.5,0.5,0,0,SYNTH A,IMO9990001',
      '12345,2024-03-01T00:20:00,41.5,132.5,0.5,0,0,SYNTH A,',
      '999000001,2024-02-30T00:30:00,41.5,132.5,0.5,0,0,SYNTH A,',
      '999000001,2024-03-01T00:40:00,91,181,0.5,0,0,SYNTH A,',
      '999000001,2024-03-01T00:50:00,41.5,132.5,fast,0,0,SYNTH A,',
      '999000001,2024-03-01T01:00:00,41.5',
    ].join('\n');
    const userLayer = imported(await run('synthetic-bad.csv', csv));
    expect(userLayer.rowsRead).toBe(7);
    expect(userLayer.skipped).toEqual({ 'bad-mmsi': 1, 'bad-timestamp': 1, 'bad-coordinates': 1, 'bad-speed': 1, 'wrong-field-count': 1 });
  });

  it('refuses an AIS file with no usable row, keeping the reasons', async () => {
    const outcome = await run('synthetic-bad.csv', 'MMSI,BaseDateTime,LAT,LON\n1,2024-03-01T00:00:00,1,1\n');
    expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/No row of this AIS file/), skipped: { 'bad-mmsi': 1 } });
  });
});

describe('runImport: CSV points', () => {
  it('imports points from detected columns with a date column', async () => {
    const csv = 'name;Latitude;Longitude;Date\n"<b>Ship</b>";42,5;130,25;2019-05-01\nOther;43;131;2020-01-01\n';
    const userLayer = imported(await run('sightings.csv', csv));
    if (userLayer.kind === 'ais') throw new Error('expected points');
    expect(userLayer).toMatchObject({ kind: 'csv', name: 'sightings', coordinateColumns: { lat: 'Latitude', lon: 'Longitude' }, timeField: 'Date' });
    expect(userLayer.features.map((f) => f.geometry.coordinates)).toEqual([[130.25, 42.5], [131, 43]]);
    expect(userLayer.features[0]!.properties.name).toBe('<b>Ship</b>');
  });

  it('asks for the columns when it cannot tell, then imports with the chosen ones', async () => {
    const csv = 'site,north,east\nA,42.1,130.2\nB,42.2,130.3\n';
    const first = await run('sites.csv', csv);
    expect(first).toEqual({ status: 'needs-columns', headers: ['site', 'north', 'east'], sample: [['A', '42.1', '130.2'], ['B', '42.2', '130.3']] });
    const userLayer = imported(await run('sites.csv', csv, { columns: { lat: 'north', lon: 'east' } }));
    expect(userLayer.rowsRead).toBe(2);
    expect(failedMessage(await run('sites.csv', csv, { columns: { lat: 'north', lon: 'nope' } }))).toMatch(/not in this file's header/);
  });

  it('refuses the broken fixture, with every row counted by reason', async () => {
    const outcome = await run('synthetic-broken-points.csv', fixture('synthetic-broken-points.csv'));
    expect(outcome).toEqual({
      status: 'failed',
      message: expect.stringMatching(/No row of this CSV has usable coordinates/),
      rowsRead: 5,
      skipped: { 'missing-coordinates': 1, 'bad-coordinates': 1, 'out-of-range': 1, 'wrong-field-count': 2 },
    });
  });

  it.each([
    ['only a header', 'lat,lon\n', /header but no data rows/],
    ['one column', 'name\nA\nB\n', /only one column/],
  ])('refuses a CSV with %s', async (_label, csv, message) => {
    expect(failedMessage(await run('x.csv', csv))).toMatch(message);
  });
});

describe('runImport: hostile files', () => {
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...'lat,lon\n1,2\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
  it.each([
    ['empty.csv', new Uint8Array(), /empty/],
    ['blank.geojson', '  \n ', /empty/],
    ['utf16.csv', utf16, /UTF-16/],
    ['zip.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), /ZIP/],
    ['truncated.geojson', '{"type":"FeatureCollection","features":[{"type":"Feature"', /truncated/],
    ['topology.json', '{"type":"Topology"}', /not GeoJSON/],
  ])('%s gets a clear message', async (name, content, message) => {
    expect(failedMessage(await run(name, content))).toMatch(message);
  });

  it('refuses bytes that are not UTF-8 far past the sniffed start', async () => {
    const head = 'name,lat,lon\n' + 'Plain,42,130\n'.repeat(10_000);
    const bytes = new Uint8Array([...new TextEncoder().encode(head), ...new TextEncoder().encode('K'), 0xf8, ...new TextEncoder().encode('ge,55,12\n')]);
    expect(failedMessage(await run('late-latin1.csv', bytes))).toMatch(/not a UTF-8 text file/);
  });

  it('keeps a UTF-8 character whole wherever the stream cuts the file', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Køge ø ${i},55.${i % 10},12.${i % 10}`);
    const userLayer = imported(await run('koge.csv', `name,lat,lon\n${rows.join('\n')}\n`));
    if (userLayer.kind === 'ais') throw new Error('expected points');
    expect(userLayer.features.every((f) => String(f.properties.name).startsWith('Køge ø '))).toBe(true);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(run('synthetic-ais-small.csv', fixture('synthetic-ais-small.csv'), { signal: controller.signal })).rejects.toBeInstanceOf(ImportCancelledError);
  });
});
