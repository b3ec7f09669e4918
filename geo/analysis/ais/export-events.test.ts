import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, eventsFromCsv, eventsFromGeoJson, eventsToCsv, eventsToGeoJson } from './export-events';
import { T0 } from '@/scripts/ais/synthetic/test-tracks';
import type { AisEvent } from './types';

const events: AisEvent[] = [
  {
    id: 'encounter-999000001-999000002-1',
    kind: 'encounter',
    vessels: [{ mmsi: '999000001', name: 'SYNTH, "QUOTED"\nNAME', imo: '9990001' }, { mmsi: '999000002', name: '=HYPERLINK("x")' }],
    start: T0,
    end: T0 + 3 * 3_600_000,
    durationMinutes: 180,
    medianDistanceMeters: 212.34567,
    lon: 123.456789,
    lat: 29.8,
    medianSpeedKnots: 0.55,
  },
  {
    id: 'loitering-999000003-2',
    kind: 'loitering',
    vessel: { mmsi: '999000003' },
    start: T0 + 1000,
    end: T0 + 5 * 3_600_000,
    durationMinutes: 299.98,
    lon: -179.5,
    lat: -12.25,
    medianSpeedKnots: 1.2,
    portDistanceKm: null,
  },
  {
    id: 'gap-999000004-3',
    kind: 'gap',
    vessel: { mmsi: '999000004', name: 'DARK' },
    start: T0,
    end: T0 + 7 * 3_600_000,
    durationMinutes: 420,
    lon: 124,
    lat: 38.8,
    off: { t: T0, lon: 124, lat: 38.8 },
    on: { t: T0 + 7 * 3_600_000, lon: 124.1, lat: 37.9 },
    distanceKm: 100.5,
    impliedSpeedKnots: 7.75,
  },
];

describe('event export', () => {
  it('round-trips through GeoJSON, with point geometry at the event position', () => {
    const fc = eventsToGeoJson(events);
    expect(fc.features[0]!.geometry.coordinates).toEqual([123.456789, 29.8]);
    expect(fc.features[0]!.properties.start).toBe('2024-03-01T00:00:00.000Z');
    const back = eventsFromGeoJson(JSON.parse(JSON.stringify(fc)));
    expect(back).toEqual({ events, rejected: [] });
  });

  it('round-trips through CSV, escaping commas, quotes, newlines and formulas', () => {
    const csv = eventsToCsv(events);
    expect(csv.split('\n')[0]).toBe(EVENT_COLUMNS.join(','));
    expect(csv).toContain('"SYNTH, ""QUOTED""\nNAME"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows).toHaveLength(3);
    expect(rows[2]!.offTime).toBe('2024-03-01T00:00:00.000Z');
    expect(eventsFromCsv(csv)).toEqual({ events, rejected: [] });
  });

  it('rejects rows that are not events instead of guessing', () => {
    const csv = eventsToCsv(events).replace(',999000003,', ',99900000,');
    expect(eventsFromCsv(csv).rejected).toEqual([2]);
    expect(eventsFromGeoJson({ type: 'Nope' })).toEqual({ events: [], rejected: [] });
  });
});
