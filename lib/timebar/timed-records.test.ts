import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { isoOfDay } from '@/data/filter/epoch-day';
import type { UserAisLayer, UserFeatureLayer } from '@/geo/analysis/user-data/types';
import { curatedTimedRecords, userLayerHistograms, NO_COMMODITY } from './timed-records';

const base = { name: 'mine', fileName: 'mine.csv', fileBytes: 1, importedAt: '2024-01-01T00:00:00Z', userProvided: true as const, rowsRead: 3, skipped: {}, timeField: 't', timeExtent: null };

describe('timed records', () => {
  it('stacks an incident and a route by their main commodity, anything else by its first, and none as "none"', () => {
    const dataset = getDataset();
    const records = curatedTimedRecords([dataset.stsIncidents.features[0]!, dataset.seaRoutes.features[0]!, dataset.places.features.find((p) => p.properties.commodities.length === 0)!]);
    expect(records[0]!.category).toBe(dataset.stsIncidents.features[0]!.properties.commodity);
    expect(records[1]!.category).toBe(dataset.seaRoutes.features[0]!.properties.commodity);
    expect(records[2]!.category).toBe(NO_COMMODITY);
  });

  it('counts dated imported features by month and leaves undated ones out', () => {
    const points: UserFeatureLayer = {
      ...base,
      id: 'user-a',
      kind: 'csv',
      counts: { points: 3, lines: 0, polygons: 0 },
      features: [Date.UTC(2021, 4, 3), Date.UTC(2021, 4, 30), null].map((time, i) => ({
        type: 'Feature',
        id: `user-a-f${i}`,
        userLayerId: 'user-a',
        time,
        geometry: { type: 'Point', coordinates: [130, 42] },
        properties: {},
      })),
    };
    const [row] = userLayerHistograms([points]);
    expect(row?.label).toBe('mine: features');
    expect(row?.histogram.bins.map((b) => [isoOfDay(b.range[0]), b.total])).toEqual([['2021-05-01', 2]]);
  });

  it('gives an AIS dataset a row of positions and a row of events by kind', () => {
    const tSec = Uint32Array.from([Date.UTC(2022, 0, 5) / 1000, Date.UTC(2022, 1, 5) / 1000]);
    const ais = {
      ...base,
      id: 'user-b',
      kind: 'ais',
      layout: 'noaa',
      counts: { vessels: 1, positions: 2 },
      tracks: { positionCount: 2, vessels: [{ mmsi: '1', length: 2, tSec, lonE6: new Int32Array(2), latE6: new Int32Array(2), sogDeciKnots: new Uint16Array(2) }] },
      detection: {
        events: [{ id: 'e1', kind: 'gap', start: Date.UTC(2022, 0, 31, 22), end: Date.UTC(2022, 1, 1, 3) }],
      },
    } as unknown as UserAisLayer;
    const rows = userLayerHistograms([ais]);
    expect(rows.map((r) => r.label)).toEqual(['mine: positions', 'mine: events']);
    expect(rows[0]!.histogram.bins.map((b) => b.total)).toEqual([1, 1]);
    expect(rows[1]!.histogram.bins.map((b) => [isoOfDay(b.range[0]), b.counts.gap])).toEqual([
      ['2022-01-01', 1],
      ['2022-02-01', 1],
    ]);
  });
});
