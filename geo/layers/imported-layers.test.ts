import { GeoJsonLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { dayOfMs } from '@/data/filter/epoch-day';
import { yearsRange } from '@/data/filter/time-rule';
import type { ImportedFeature, UserFeatureLayer } from '@/geo/analysis/user-data/types';
import { SELECTION_COLOR } from '../palette';
import { buildImportedLayers } from './imported-layers';
import { userDataLayerId } from './user-layer-ids';
import { USER_DATA_COLOR, USER_DATA_RIM } from './user-data-palette';

const ALL_YEARS = { commodities: [], time: null };

function prop<T>(layer: { props: object } | undefined, name: string): T {
  return (layer?.props as Record<string, unknown>)[name] as T;
}

function userLayer(id: string, features: Omit<ImportedFeature, 'userLayerId' | 'type'>[]): UserFeatureLayer {
  return {
    id,
    kind: 'geojson',
    name: id,
    fileName: `${id}.geojson`,
    fileBytes: 10,
    importedAt: '2026-01-01T00:00:00.000Z',
    userProvided: true,
    rowsRead: features.length,
    skipped: {},
    timeField: 'date',
    timeExtent: null,
    counts: { points: 1, lines: 1, polygons: 0 },
    features: features.map((f) => ({ ...f, type: 'Feature', userLayerId: id })),
  };
}

const point: ImportedFeature = {
  type: 'Feature',
  id: 'user-a-f0',
  userLayerId: 'user-a',
  geometry: { type: 'Point', coordinates: [130.5, 42.1] },
  properties: { name: '<img src=x onerror=alert(1)>' },
  time: Date.UTC(2019, 4, 1),
};
const line: ImportedFeature = {
  type: 'Feature',
  id: 'user-a-f1',
  userLayerId: 'user-a',
  geometry: { type: 'LineString', coordinates: [[130, 42], [131, 43]] },
  properties: {},
  time: null,
};
const a = userLayer('user-a', [point, line]);
const b = userLayer('user-b', [{ ...point, id: 'user-b-f0' }]);

describe('buildImportedLayers', () => {
  it('makes one GeoJSON layer per feature layer, with a stable user-data id, pickable', () => {
    const aisLayer = { ...a, id: 'user-ais', kind: 'ais' } as unknown as UserFeatureLayer;
    const layers = buildImportedLayers({ userLayers: [a, b, aisLayer], hiddenIds: [], selectedFeatureId: null }, { theme: 'light', filter: ALL_YEARS });
    expect(layers.map((l) => l.id)).toEqual(['user-data-user-a', 'user-data-user-b']);
    expect(layers[0]).toBeInstanceOf(GeoJsonLayer);
    expect(prop(layers[0], 'data')).toBe(a.features);
    expect(prop(layers[0], 'pickable')).toBe(true);
    expect(userDataLayerId('x')).toBe('user-data-x');
  });

  it('hides a user layer with visible: false instead of removing its layer', () => {
    const layers = buildImportedLayers({ userLayers: [a, b], hiddenIds: ['user-b'], selectedFeatureId: null }, { theme: 'light', filter: ALL_YEARS });
    expect(layers.map((l) => [l.id, l.props.visible])).toEqual([
      ['user-data-user-a', true],
      ['user-data-user-b', false],
    ]);
  });

  it('draws in the user-data hue, points with a themed rim, and marks the selection', () => {
    const [layer] = buildImportedLayers({ userLayers: [a], hiddenIds: [], selectedFeatureId: 'user-a-f0' }, { theme: 'dark', filter: ALL_YEARS });
    const fill = prop<(f: ImportedFeature) => number[]>(layer, 'getFillColor');
    const lineColor = prop<(f: ImportedFeature) => number[]>(layer, 'getLineColor');
    const radius = prop<(f: ImportedFeature) => number>(layer, 'getPointRadius');
    expect(fill(point)).toEqual(USER_DATA_COLOR);
    expect(fill(line).slice(0, 3)).toEqual(USER_DATA_COLOR.slice(0, 3));
    expect(lineColor(point)).toEqual(SELECTION_COLOR);
    expect(lineColor({ ...point, id: 'other' })).toEqual(USER_DATA_RIM.dark);
    expect(lineColor(line)).toEqual(USER_DATA_COLOR);
    expect(radius(point)).toBeGreaterThan(radius({ ...point, id: 'other' }));
    expect(prop<Record<string, unknown>>(layer, 'updateTriggers').getPointRadius).toBe('user-a-f0');
  });

  it('filters by the time range on the GPU, by the day a feature falls on; undated features fall outside any range', () => {
    type Pair = [number, number];
    const passes = (value: Pair, [[lo0, hi0], [lo1, hi1]]: [Pair, Pair]) => value[0] >= lo0 && value[0] <= hi0 && value[1] >= lo1 && value[1] <= hi1;
    const open = buildImportedLayers({ userLayers: [a], hiddenIds: [], selectedFeatureId: null }, { theme: 'light', filter: ALL_YEARS })[0];
    const value = prop<(f: ImportedFeature) => Pair>(open, 'getFilterValue');
    expect(value(point)).toEqual([dayOfMs(point.time!), dayOfMs(point.time!)]);
    // Without a time filter undated features are drawn too.
    expect(passes(value(line), prop(open, 'filterRange'))).toBe(true);
    const narrowed = buildImportedLayers({ userLayers: [a], hiddenIds: [], selectedFeatureId: null }, { theme: 'light', filter: { commodities: [], time: yearsRange(2019, 2019) } })[0];
    const range = prop<[Pair, Pair]>(narrowed, 'filterRange');
    expect(passes(value(point), range)).toBe(true);
    expect(passes(value(line), range)).toBe(false);
    const elsewhere = buildImportedLayers({ userLayers: [a], hiddenIds: [], selectedFeatureId: null }, { theme: 'light', filter: { commodities: [], time: yearsRange(2021, 2021) } })[0];
    expect(passes(value(point), prop(elsewhere, 'filterRange'))).toBe(false);
  });

  it('keeps property text as data: nothing in the factory turns it into markup', () => {
    const [layer] = buildImportedLayers({ userLayers: [a], hiddenIds: [], selectedFeatureId: null }, { theme: 'light', filter: ALL_YEARS });
    expect(prop<ImportedFeature[]>(layer, 'data')[0]!.properties.name).toBe('<img src=x onerror=alert(1)>');
  });
});
