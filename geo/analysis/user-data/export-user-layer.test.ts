import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AisEvent } from '@/geo/analysis/ais';
import { eventsCsvText, eventsGeoJsonText, exportFileName, featuresToCsv, featuresToGeoJson, shownEvents, shownFeatures } from './export-user-layer';
import { momentInRange, msSpan, overlaps, yearsRange } from '@/data/filter/time-rule';
import { featureRangeCounts } from './range-counts';
import type { UserAisLayer, ImportedFeature, UserFeatureLayer } from './types';

const feature = (i: number, geometry: ImportedFeature['geometry'], properties: ImportedFeature['properties'], time: number | null = null): ImportedFeature => ({
  type: 'Feature',
  id: `user-a-f${i}`,
  userLayerId: 'user-a',
  geometry,
  properties,
  time,
});

const y2019 = Date.UTC(2019, 5, 1);
const y2022 = Date.UTC(2022, 5, 1);
const points = [
  feature(0, { type: 'Point', coordinates: [130.5, 42.1] }, { name: '=HYPERLINK("http://x")', lat: '42.1', lon: '-130.5', n: 3 }, y2019),
  feature(1, { type: 'Point', coordinates: [131, 43] }, { name: '<script>x</script>', lat: '43', lon: '131', n: null }, y2022),
  feature(2, { type: 'Point', coordinates: [132, 44] }, { name: 'undated', lat: '44', lon: '132', n: 1 }),
];

function userLayer(features: ImportedFeature[]): UserFeatureLayer {
  return {
    id: 'user-a',
    kind: 'csv',
    name: 'a',
    fileName: 'a.csv',
    fileBytes: 1,
    importedAt: '2026-01-01T00:00:00.000Z',
    userProvided: true,
    rowsRead: features.length,
    skipped: {},
    timeField: 'date',
    timeExtent: null,
    features,
    counts: { points: features.length, lines: 0, polygons: 0 },
    coordinateColumns: { lat: 'lat', lon: 'lon' },
  };
}

describe('time filter', () => {
  it('hides undated features only while a range is set', () => {
    const range = yearsRange(2019, 2019);
    expect([y2019, y2022, null].map((t) => momentInRange(t, range))).toEqual([true, false, false]);
    expect(momentInRange(null, null)).toBe(true);
    expect(overlaps(msSpan(Date.UTC(2018, 11, 31), Date.UTC(2019, 0, 2)), range)).toBe(true);
  });
});

describe('what a range leaves of a layer (its card)', () => {
  it('counts the dated features in the range, as the map and the export show them, and the undated ones it hides', () => {
    const range = yearsRange(2019, 2019);
    expect(featureRangeCounts(userLayer(points), range)).toEqual({ shown: 1, undated: 1 });
    // The last millisecond of the range's last day is in it; the first of the next day is not.
    const edges = [feature(3, { type: 'Point', coordinates: [131, 42] }, {}, Date.UTC(2020, 0, 1) - 1), feature(4, { type: 'Point', coordinates: [131, 42] }, {}, Date.UTC(2020, 0, 1))];
    const layer = userLayer([...points, ...edges]);
    expect(featureRangeCounts(layer, range)).toEqual({ shown: 2, undated: 1 });
    for (const r of [range, yearsRange(2020, 2022), yearsRange(2012, 2012)]) {
      expect(featureRangeCounts(layer, r).shown).toBe(shownFeatures(layer, r).length);
    }
  });
});

describe('exports, filtered as shown', () => {
  it('keeps only the features the map shows', () => {
    expect(shownFeatures(userLayer(points), yearsRange(2019, 2019)).map((f) => f.id)).toEqual(['user-a-f0']);
    expect(shownFeatures(userLayer(points), null)).toHaveLength(3);
  });

  it('writes GeoJSON with the file properties only, readable back', () => {
    const text = featuresToGeoJson(points.slice(0, 2));
    const parsed = JSON.parse(text) as { features: { properties: unknown; id?: unknown; userLayerId?: unknown }[] };
    expect(parsed.features).toHaveLength(2);
    expect(parsed.features[1]).toEqual({ type: 'Feature', geometry: { type: 'Point', coordinates: [131, 43] }, properties: points[1]!.properties });
  });

  it('writes CSV that a spreadsheet will not run, keeping negative numbers as numbers', () => {
    const text = featuresToCsv(points, { lat: 'lat', lon: 'lon' });
    const rows = Papa.parse<string[]>(text).data;
    expect(rows[0]).toEqual(['name', 'lat', 'lon', 'n']);
    expect(rows[1]).toEqual(['\'=HYPERLINK("http://x")', '42.1', '-130.5', '3']);
    expect(rows[2]).toEqual(['<script>x</script>', '43', '131', '']);
  });

  it('adds coordinates for points, and GeoJSON geometry text for other shapes', () => {
    const fromGeoJson = featuresToCsv([feature(0, { type: 'Point', coordinates: [-1.5, 2] }, { name: 'a' })]);
    expect(Papa.parse<string[]>(fromGeoJson).data).toEqual([['name', 'longitude', 'latitude'], ['a', '-1.5', '2']]);
    const line = featuresToCsv([feature(0, { type: 'LineString', coordinates: [[1, 2], [3, 4]] }, { geometry: 'mine' })]);
    expect(Papa.parse<string[]>(line).data).toEqual([['geometry', 'geometry_'], ['mine', '{"type":"LineString","coordinates":[[1,2],[3,4]]}']]);
  });

  it('exports only the events shown, in the core event formats', () => {
    const events: AisEvent[] = [
      { id: 'gap-1', kind: 'gap', vessel: { mmsi: '999000001' }, start: y2019, end: y2019 + 3.6e7, durationMinutes: 600, lon: 1, lat: 2, off: { t: y2019, lon: 1, lat: 2 }, on: { t: y2019 + 3.6e7, lon: 1.1, lat: 2.1 }, distanceKm: 15, impliedSpeedKnots: 0.8 },
      { id: 'loitering-1', kind: 'loitering', vessel: { mmsi: '999000002' }, start: y2022, end: y2022 + 1.8e7, durationMinutes: 300, lon: 1, lat: 2, medianSpeedKnots: 0.5, portDistanceKm: 50 },
    ];
    const ais = { detection: { events } } as unknown as UserAisLayer;
    expect(shownEvents(ais, null, ['gap', 'loitering', 'encounter']).map((e) => e.id)).toEqual(['gap-1', 'loitering-1']);
    expect(shownEvents(ais, null, ['loitering']).map((e) => e.id)).toEqual(['loitering-1']);
    expect(shownEvents(ais, yearsRange(2019, 2019), ['gap', 'loitering']).map((e) => e.id)).toEqual(['gap-1']);
    expect(JSON.parse(eventsGeoJsonText(events)).features).toHaveLength(2);
    expect(eventsCsvText(events).split('\n')[0]).toMatch(/^id,kind,start,end/);
  });

  it('makes safe file names', () => {
    expect(exportFileName('../My data: <x>', 'shown', 'csv')).toBe('My-data-x-shown.csv');
    expect(exportFileName('', '', 'geojson')).toBe('data.geojson');
  });
});
