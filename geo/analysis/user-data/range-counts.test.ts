import { describe, expect, it } from 'vitest';
import { dayOfDate } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import { shownFeatures } from './export-user-layer';
import { featureRangeCounts } from './range-counts';
import type { ImportedFeature, UserFeatureLayer } from './types';

const at = (i: number, time: number | null): ImportedFeature => ({
  type: 'Feature',
  id: `user-a-f${i}`,
  userLayerId: 'user-a',
  geometry: { type: 'Point', coordinates: [131, 42] },
  properties: {},
  time,
});

const layer = (features: ImportedFeature[]): UserFeatureLayer => ({
  id: 'user-a',
  kind: 'geojson',
  name: 'a',
  fileName: 'a.geojson',
  fileBytes: 1,
  importedAt: '2026-01-01T00:00:00.000Z',
  userProvided: true,
  rowsRead: features.length,
  skipped: {},
  timeField: 'date',
  timeExtent: null,
  features,
  counts: { points: features.length, lines: 0, polygons: 0 },
});

describe('featureRangeCounts', () => {
  const march: TimeRange = [dayOfDate(2026, 3, 1), dayOfDate(2026, 3, 31)];
  const sightings = layer([
    at(0, Date.UTC(2026, 2, 14, 12)),
    // The last millisecond of the range's last day is in it; the first of the next day is not.
    at(1, Date.UTC(2026, 3, 1) - 1),
    at(2, Date.UTC(2026, 3, 1)),
    at(3, Date.UTC(2026, 4, 2)),
    at(4, null),
    at(5, null),
  ]);

  it('counts the dated features in the range and the undated ones the range hides', () => {
    expect(featureRangeCounts(sightings, march)).toEqual({ shown: 2, undated: 2 });
  });

  it('agrees with what the map and the export show', () => {
    for (const range of [march, [dayOfDate(2026, 1, 1), dayOfDate(2026, 12, 31)] as TimeRange, [dayOfDate(2020, 1, 1), dayOfDate(2020, 1, 1)] as TimeRange]) {
      expect(featureRangeCounts(sightings, range).shown).toBe(shownFeatures(sightings, range).length);
    }
  });
});
