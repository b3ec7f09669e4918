import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AIS_DETECTION_PARAMS, DEFAULT_CLUSTER_PARAMS, type PortPoint } from '@/geo/analysis/ais';
import type { ListParseOutcome, ListParseProgress, StsZone } from '@/geo/analysis/vessels';
import { SYNTHETIC_PORTS } from '@/scripts/ais/synthetic/synthetic-areas';
import { runImport } from './run-import';
import { readsAsSanctionsList, runListImport } from './run-list-import';

// SYNTHETIC list fixtures of the vessels core (invented entries in the published layouts).
const listFixture = (name: string) => readFileSync(new URL(`../vessels/test-fixtures/${name}`, import.meta.url));
const file = (name: string, content: BlobPart) => ({ name, blob: new Blob([content]) });

function failed(outcome: ListParseOutcome): string {
  if (outcome.ok) throw new Error('expected the list to be refused');
  return outcome.message;
}

describe('readsAsSanctionsList: which files the import worker reads as lists', () => {
  it('takes OFAC sdn.xml and the SDN CSV by their first bytes, whatever their names', async () => {
    expect(await readsAsSanctionsList(file('download', listFixture('synthetic-sdn.xml')))).toBe(true);
    expect(await readsAsSanctionsList(file('sdn.txt', listFixture('synthetic-sdn.csv')))).toBe(true);
    expect(await readsAsSanctionsList(file('entities.json', listFixture('synthetic-entities.ftm.json')))).toBe(true);
  });

  it('leaves AIS, points CSV and GeoJSON to the data importers', async () => {
    const ais = readFileSync(new URL('../../../e2e/fixtures/import/synthetic-ais-small.csv', import.meta.url));
    expect(await readsAsSanctionsList(file('ais.csv', ais))).toBe(false);
    expect(await readsAsSanctionsList(file('points.csv', 'name,lat,lon\nA,41,131\n'))).toBe(false);
    expect(await readsAsSanctionsList(file('a.geojson', '{"type":"FeatureCollection","features":[]}'))).toBe(false);
  });

  it('takes any .xml or .jsonl file as meant for a list, so a wrong one gets the lists’ sentence', async () => {
    expect(await readsAsSanctionsList(file('page.xml', '<html><body>x</body></html>'))).toBe(true);
    expect(await readsAsSanctionsList(file('x.jsonl', '{"a":1}\n'))).toBe(true);
  });
});

describe('runListImport: files as the worker gets them', () => {
  it('loads sdn.xml from a Blob with its publisher, date and vessels, reporting progress', async () => {
    const progress: ListParseProgress[] = [];
    const outcome = await runListImport([file('synthetic-sdn.xml', listFixture('synthetic-sdn.xml'))], { onProgress: (p) => progress.push(p) });
    if (!outcome.ok) throw new Error(outcome.message);
    const [list] = outcome.lists;
    expect(list).toMatchObject({ publisher: expect.stringContaining('OFAC'), publicationDate: '2025-01-15', fileNames: ['synthetic-sdn.xml'] });
    expect(list!.entries.map((e) => e.names[0])).toContain('EXAMPLE STAR');
    expect(progress.at(-1)).toMatchObject({ fileName: 'synthetic-sdn.xml', bytesRead: progress.at(-1)!.totalBytes });
  });

  it('joins OFAC CSV files dropped together into one list', async () => {
    const outcome = await runListImport([
      file('sdn.csv', listFixture('synthetic-sdn.csv')),
      file('alt.csv', listFixture('synthetic-alt.csv')),
      file('sdn_comments.csv', listFixture('synthetic-sdn_comments.csv')),
    ]);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.lists).toHaveLength(1);
    expect(outcome.lists[0]!.fileNames).toEqual(['sdn.csv', 'alt.csv', 'sdn_comments.csv']);
  });

  it('keeps markup in names as text', async () => {
    const outcome = await runListImport([file('synthetic-sdn.xml', listFixture('synthetic-sdn.xml'))]);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.lists[0]!.entries.flatMap((e) => e.names)).toContain('<b>MARKUP TIDE</b>');
  });

  it.each([
    ['an empty file', 'sdn.xml', '', /empty/],
    ['a truncated sdn.xml', 'sdn.xml', listFixture('synthetic-sdn.xml').subarray(0, 900), /sdn\.xml: .*(truncated|ends|broken|closed)/i],
    ['XML of another schema', 'list.xml', '<?xml version="1.0"?><catalog><book/></catalog>', /not OFAC's sdn\.xml/],
    ['markup that is not a list', 'page.xml', '<html><script>alert(1)</script></html>', /not OFAC's sdn\.xml/],
    ['binary data', 'sdn.xml', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3]), /ZIP/],
    ['JSON lines that are not entities', 'x.jsonl', '{"__proto__":{"polluted":true},"a":1}\n', /not FollowTheMoney/],
  ])('refuses %s with one sentence and no list', async (_what, name, content, message) => {
    const text = failed(await runListImport([file(name, content)]));
    expect(text).toMatch(message);
    expect(text.split(/(?<=[.!?])\s+(?=[A-Z])/).length).toBeLessThanOrEqual(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a FollowTheMoney file whose vessel lines try __proto__, without polluting objects', async () => {
    const line = JSON.stringify({ id: 'x1', schema: 'Vessel', properties: { name: ['SYNTH PROTO'], __proto__: { polluted: ['yes'] } } });
    const raw = line.replace('"properties":{', '"properties":{"__proto__":{"polluted":["yes"]},');
    const outcome = await runListImport([file('entities.ftm.json', `${raw}\n`)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (outcome.ok) expect(outcome.lists[0]!.entries[0]!.names).toEqual(['SYNTH PROTO']);
  });

  it('cuts a huge field and says so in the skip counts', async () => {
    const xml = listFixture('synthetic-sdn.xml').toString('utf8').replace('<remarks>Linked To: SAMPLE TRADING LLC.</remarks>', `<remarks>${'X'.repeat(50_000)}</remarks>`);
    const outcome = await runListImport([file('sdn.xml', xml)]);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.lists[0]!.skipped['field-truncated']).toBeGreaterThan(0);
  });
});

describe('an AIS import keeps each vessel’s identity and its red flags', () => {
  it('collects names, call signs and IMO numbers per MMSI, and flags IMO numbers with a bad check digit', async () => {
    const csv = readFileSync(new URL('../../../e2e/fixtures/import/synthetic-ais-small.csv', import.meta.url), 'utf8');
    const zones: StsZone[] = [];
    const outcome = await runImport(
      { name: 'synthetic-ais-small.csv', blob: new Blob([csv]) },
      { userLayerId: 'user-t', ports: SYNTHETIC_PORTS as readonly PortPoint[], detection: DEFAULT_AIS_DETECTION_PARAMS, cluster: DEFAULT_CLUSTER_PARAMS, zones },
    );
    if (outcome.status !== 'imported' || outcome.userLayer.kind !== 'ais') throw new Error('expected an AIS import');
    const { identities, redFlags } = outcome.userLayer;
    expect(identities?.map((v) => v.mmsi)).toEqual(['999000001', '999000002', '999000003', '999000004', '999000005']);
    expect(identities![0]).toMatchObject({ names: [expect.objectContaining({ value: 'SYNTH CARGO 0001', firstRow: 0 })], callSigns: [expect.objectContaining({ value: 'SYN0001' })] });
    // 9990002 has a right check digit (9·7 + 9·6 + 9·5 = 162 → 2); the others do not.
    const badImo = redFlags!.filter((f) => f.kind === 'bad-imo').map((f) => f.mmsi);
    expect(badImo).toEqual(expect.arrayContaining(['999000001', '999000003', '999000004', '999000005']));
    expect(badImo).not.toContain('999000002');
  });
});

describe('the events export with vessel notes', () => {
  it('adds the lists and red flags of both vessels as columns and properties, and nothing without notes', async () => {
    const { eventsCsvText, eventsGeoJsonText } = await import('./export-user-layer');
    const event = { id: 'e1', kind: 'encounter', start: 0, end: 3_600_000, durationMinutes: 60, lon: 131, lat: 41, medianDistanceMeters: 100, medianSpeedKnots: 1, vessels: [{ mmsi: '999000001' }, { mmsi: '999000002' }] } as never;
    const notes = (mmsi: string) => (mmsi === '999000001' ? { listed: 'SYNTHETIC SDN entry 1 “=X” (MMSI match)', redFlags: 'IMO number 9990001 fails the check digit' } : undefined);
    const csv = eventsCsvText([event], notes).trim().split('\n');
    expect(csv[0]!.endsWith(',vessel1Listed,vessel1RedFlags,vessel2Listed,vessel2RedFlags')).toBe(true);
    expect(csv[1]).toContain('SYNTHETIC SDN entry 1');
    expect(csv[1]!.endsWith('IMO number 9990001 fails the check digit,,')).toBe(true);
    const geo = JSON.parse(eventsGeoJsonText([event], notes)) as { features: { properties: Record<string, unknown> }[] };
    expect(geo.features[0]!.properties).toMatchObject({ vessel1RedFlags: 'IMO number 9990001 fails the check digit', vessel2Listed: null });
    expect(eventsCsvText([event]).split('\n')[0]).not.toContain('Listed');
  });
});
