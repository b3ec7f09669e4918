import { describe, expect, it } from 'vitest';
import { aisIdentityToMatchable, createAisIdentityCollector, MAX_IDENTITY_VALUES } from './collect-identities';

const NOAA = ['MMSI', 'BaseDateTime', 'LAT', 'LON', 'SOG', 'COG', 'Heading', 'VesselName', 'IMO', 'CallSign'];
const row = (mmsi: string, time: string, name: string, imo: string, callSign: string) => [mmsi, time, '38', '124', '5', '0', '0', name, imo, callSign];

describe('AIS identity collector', () => {
  it('keeps every name, call sign and IMO an MMSI reports, with first and last rows and times', () => {
    const c = createAisIdentityCollector();
    expect(c.setHeaders(NOAA)).toBe(true);
    c.pushValues(row('999000001', '2025-01-10T00:00:00', 'SYNTH ONE', 'IMO9990002', 'XXA1'));
    c.pushValues(row('999000001', '2025-01-10T01:00:00', 'SYNTH ONE', 'IMO9990002', 'XXA1'));
    c.pushValues(row('999000001', '2025-01-11T00:00:00', 'SYNTH RENAMED', 'IMO9990003', 'XXA2'));
    c.pushValues(row('12345', '2025-01-11T00:00:00', 'BAD', '', ''));
    c.pushValues(row('999000002', 'not a time', '', '', ''));
    const { vessels, rowsRead, skipped } = c.finish();
    expect(rowsRead).toBe(5);
    expect(skipped['bad-mmsi']).toBe(1);
    expect(vessels.map((v) => v.mmsi)).toEqual(['999000001', '999000002']);
    const v = vessels[0]!;
    expect(v.names).toEqual([
      { value: 'SYNTH ONE', firstSeenMs: Date.UTC(2025, 0, 10), lastSeenMs: Date.UTC(2025, 0, 10, 1), firstRow: 0, lastRow: 1, reports: 2 },
      { value: 'SYNTH RENAMED', firstSeenMs: Date.UTC(2025, 0, 11), lastSeenMs: Date.UTC(2025, 0, 11), firstRow: 2, lastRow: 2, reports: 1 },
    ]);
    expect(v.imos.map((o) => o.value)).toEqual(['9990002', '9990003']);
    expect(v.callSigns.map((o) => o.value)).toEqual(['XXA1', 'XXA2']);
    expect(vessels[1]!.names).toEqual([]);
    expect(aisIdentityToMatchable(v)).toEqual({ id: '999000001', mmsi: '999000001', names: ['SYNTH ONE', 'SYNTH RENAMED'], imo: ['9990002', '9990003'] });
  });

  it('caps the distinct values per vessel and counts the rest', () => {
    const c = createAisIdentityCollector();
    c.setHeaders(NOAA);
    for (let i = 0; i < MAX_IDENTITY_VALUES + 5; i++) c.pushValues(row('999000001', '2025-01-10T00:00:00', `SYNTH ${i}`, '', ''));
    const { vessels, skipped } = c.finish();
    expect(vessels[0]!.names).toHaveLength(MAX_IDENTITY_VALUES);
    expect(skipped['too-many-values']).toBe(5);
  });

  it('ignores a header that is not AIS', () => {
    const c = createAisIdentityCollector();
    expect(c.setHeaders(['name', 'lat', 'lon'])).toBe(false);
    c.pushValues(['a', '1', '2']);
    expect(c.finish().vessels).toEqual([]);
  });
});
