import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { buildVesselTracks } from '../../ais/vessel-tracks';
import type { AisPosition } from '../../ais/types';
import { createAisIdentityCollector } from '../ais-identity/collect-identities';
import { computeAisRedFlags } from './compute-red-flags';
import { gapsNearZones, type StsZone } from './gaps-near-zones';
import { identityRedFlags } from './identity-flags';

const T0 = Date.UTC(2025, 0, 10);
const HEADER = ['MMSI', 'BaseDateTime', 'LAT', 'LON', 'SOG', 'VesselName', 'IMO', 'CallSign', 'Flag'];

function identities(rows: string[][]) {
  const c = createAisIdentityCollector();
  c.setHeaders(HEADER);
  for (const r of rows) c.pushValues(r);
  return c.finish().vessels;
}

// A SYNTHETIC square STS zone, 124–124.5E, 38–38.5N.
const ZONE: Feature<Polygon, { name: string }> = {
  type: 'Feature',
  id: 'zone-synthetic',
  properties: { name: 'Synthetic zone' },
  geometry: { type: 'Polygon', coordinates: [[[124, 38], [124.5, 38], [124.5, 38.5], [124, 38.5], [124, 38]]] },
};

describe('identity red flags', () => {
  it('flags names and call signs that change, with the rows that show each value', () => {
    const [v] = identities([
      ['445000001', '2025-01-10T00:00:00', '38', '124', '5', 'SYNTH ONE', '', 'XXA1', ''],
      ['445000001', '2025-01-10T01:00:00', '38', '124', '5', 'M/V Synth One', '', 'XXA1', ''],
      ['445000001', '2025-01-12T00:00:00', '38', '124', '5', 'SYNTH TWO', '', 'XXB2', ''],
    ]);
    const flags = identityRedFlags(v!);
    const names = flags.find((f) => f.kind === 'identity-changed' && f.field === 'name');
    // "M/V Synth One" is the same name written another way: two names, not three.
    expect(names).toMatchObject({ values: [{ value: 'SYNTH ONE', firstRow: 0 }, { value: 'SYNTH TWO', firstRow: 2, firstSeenMs: Date.UTC(2025, 0, 12) }] });
    expect(flags.find((f) => f.kind === 'identity-changed' && f.field === 'callSign')).toMatchObject({ values: [{ value: 'XXA1' }, { value: 'XXB2' }] });
  });

  it('flags an IMO number with a bad check digit, and not a good one', () => {
    const [v] = identities([
      ['445000001', '2025-01-10T00:00:00', '38', '124', '5', 'SYNTH', 'IMO9990002', '', ''],
      ['445000001', '2025-01-10T01:00:00', '38', '124', '5', 'SYNTH', 'IMO9990003', '', ''],
    ]);
    const bad = identityRedFlags(v!).filter((f) => f.kind === 'bad-imo');
    expect(bad).toEqual([{ kind: 'bad-imo', mmsi: '445000001', imo: '9990003', observation: expect.objectContaining({ firstRow: 1 }) }]);
  });

  it('flags an MMSI whose MID disagrees with a stated flag, from the file or from a list', () => {
    const [v] = identities([['445000001', '2025-01-10T00:00:00', '38', '124', '5', 'SYNTH', '', '', 'Sierra Leone']]);
    const flags = identityRedFlags(v!, [{ flag: 'Korea, North', statedBy: 'list A' }, { flag: 'pa', statedBy: 'list B' }]);
    expect(flags.filter((f) => f.kind === 'mid-flag-mismatch')).toEqual([
      { kind: 'mid-flag-mismatch', mmsi: '445000001', mid: '445', midIso2: 'KP', statedIso2: 'PA', statedBy: 'list B' },
      { kind: 'mid-flag-mismatch', mmsi: '445000001', mid: '445', midIso2: 'KP', statedIso2: 'SL', statedBy: 'AIS flag column' },
    ]);
  });

  it('flags a ship MMSI whose MID belongs to no country', () => {
    const [v] = identities([['217000001', '2025-01-10T00:00:00', '38', '124', '5', 'SYNTH', '', '', '']]);
    expect(identityRedFlags(v!)).toEqual([{ kind: 'unallocated-mid', mmsi: '217000001', mid: '217' }]);
  });
});

describe('gaps near STS zones', () => {
  const pos = (mmsi: string, hours: number, lon: number, lat: number): AisPosition => ({ mmsi, t: T0 + hours * 3_600_000, lon, lat });

  it('keeps a long gap that starts inside a zone or ends near one, and names the zone', () => {
    const tracks = buildVesselTracks([
      // Goes dark inside the zone for 8 h.
      pos('999000001', 0, 124.2, 38.2), pos('999000001', 8, 124.6, 38.2),
      // Goes dark 200 km away and comes back 5 km east of the zone.
      pos('999000002', 0, 127, 38.2), pos('999000002', 9, 124.557, 38.25),
      // Goes dark far from any zone.
      pos('999000003', 0, 130, 40), pos('999000003', 9, 130.1, 40),
    ]);
    const flags = computeAisRedFlags({ tracks, zones: [ZONE] });
    const one = flags.get('999000001')!.find((f) => f.kind === 'gap-near-sts-zone');
    expect(one).toMatchObject({ zoneId: 'zone-synthetic', zoneName: 'Synthetic zone', distanceKm: 0, nearEnd: 'both', gap: { start: T0, end: T0 + 8 * 3_600_000 } });
    const two = flags.get('999000002')!.find((f) => f.kind === 'gap-near-sts-zone');
    expect(two).toMatchObject({ nearEnd: 'on' });
    expect(two!.kind === 'gap-near-sts-zone' && two!.distanceKm).toBeGreaterThan(4);
    expect(two!.kind === 'gap-near-sts-zone' && two!.distanceKm).toBeLessThan(6);
    expect(flags.has('999000003')).toBe(false);
  });

  it('takes the STS zones of data/features/sts-zones.json as they are', async () => {
    const { default: zones } = await import('../../../../data/features/sts-zones.json');
    const features = zones.features as unknown as StsZone[];
    const nampo = features.find((f) => f.id === 'zone-korea-bay-nampo')!;
    const ring = (nampo.geometry as Polygon).coordinates[0]!;
    const lon = ring.reduce((s, c) => s + c[0]!, 0) / ring.length;
    const lat = ring.reduce((s, c) => s + c[1]!, 0) / ring.length;
    const tracks = buildVesselTracks([pos('999000004', 0, lon, lat), pos('999000004', 10, lon + 0.05, lat)]);
    const flags = computeAisRedFlags({ tracks, zones: features }).get('999000004') ?? [];
    expect(flags).toMatchObject([{ kind: 'gap-near-sts-zone', zoneId: 'zone-korea-bay-nampo', distanceKm: 0 }]);
  });

  it('respects the reach of "near"', () => {
    const gap = { id: 'g', kind: 'gap' as const, vessel: { mmsi: '999000002' }, start: 0, end: 1, durationMinutes: 600, lon: 127, lat: 38.2, off: { t: 0, lon: 127, lat: 38.2 }, on: { t: 1, lon: 124.557, lat: 38.25 }, distanceKm: 0, impliedSpeedKnots: 0 };
    expect(gapsNearZones([gap], [ZONE], 3)).toEqual([]);
    expect(gapsNearZones([gap], [ZONE], 10)).toHaveLength(1);
  });
});

describe('statedFlagsFromMatches', () => {
  it('takes the flags of exact matches only, saying which list and entry states them', async () => {
    const { statedFlagsFromMatches } = await import('./stated-flags');
    const { buildSanctionsIndex } = await import('../matching/sanctions-index');
    const { matchVessels } = await import('../matching/match-vessels');
    const base = { listName: 'Synthetic list', publisher: 'Test', programmes: [], parties: [] };
    const index = buildSanctionsIndex([
      { ...base, entryId: 'e1', names: ['SYNTH STAR'], imo: '9990002', flag: 'Sierra Leone', flagIso2: 'SL' },
      { ...base, entryId: 'e2', names: ['SYNTH MOON'], flag: 'Panama', flagIso2: 'PA' },
    ]);
    const matches = matchVessels(index, [
      { id: '445000001', mmsi: '445000001', names: ['OTHER'], imo: '9990002' },
      { id: '445000002', mmsi: '445000002', names: ['SYNTH MOON'] },
    ]);
    const stated = statedFlagsFromMatches(matches);
    expect([...stated]).toEqual([['445000001', [{ flag: 'SL', statedBy: 'Synthetic list, entry e1' }]]]);
    const [v] = identities([['445000001', '2025-01-10T00:00:00', '38', '124', '5', 'OTHER', 'IMO9990002', '', '']]);
    expect(identityRedFlags(v!, stated.get('445000001'))).toContainEqual(expect.objectContaining({ kind: 'mid-flag-mismatch', statedIso2: 'SL' }));
  });
});
