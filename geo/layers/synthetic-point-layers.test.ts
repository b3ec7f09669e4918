import { DataFilterExtension } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { COMMODITIES } from '@/data';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { gpuSpanFilterRange, yearsRange } from '@/data/filter/time-rule';
import { generateSyntheticPoints } from '../analysis/synthetic-points';
import {
  SYNTHETIC_POINTS_LAYER_ID,
  buildSyntheticPointLayers,
  syntheticFilterCategories,
  toSyntheticPointData,
} from './synthetic-point-layers';

const ALL: FeatureFilter = { commodities: [...COMMODITIES], time: null };

function prop<T>(layer: { props: object } | undefined, name: string): T {
  return (layer?.props as Record<string, unknown>)[name] as T;
}

describe('toSyntheticPointData', () => {
  it('hands the typed arrays to deck.gl as binary attributes, without copying', () => {
    const points = generateSyntheticPoints(100);
    const data = toSyntheticPointData(points);
    expect(data.length).toBe(100);
    expect(data.attributes.getPosition).toEqual({ value: points.positions, size: 2 });
    expect(data.attributes.getPosition.value).toBe(points.positions);
    expect(data.attributes.getFilterValue).toEqual({ value: points.daySpans, size: 2 });
    expect(data.attributes.getFilterValue.value).toBe(points.daySpans);
    expect(data.attributes.getFilterCategory.value).toBe(points.commodityIndices);
  });
});

describe('syntheticFilterCategories', () => {
  it('maps commodities to their indices, and no commodity to a category no point has', () => {
    expect(syntheticFilterCategories(ALL)).toEqual(COMMODITIES.map((_, i) => i));
    expect(syntheticFilterCategories({ ...ALL, commodities: ['coal', 'seafood'] })).toEqual([
      COMMODITIES.indexOf('coal'),
      COMMODITIES.indexOf('seafood'),
    ]);
    const none = syntheticFilterCategories({ ...ALL, commodities: [] });
    expect(none).toHaveLength(1);
    expect(none[0]).toBeGreaterThanOrEqual(COMMODITIES.length);
  });
});

describe('buildSyntheticPointLayers', () => {
  const data = toSyntheticPointData(generateSyntheticPoints(1000));

  it('is one scatterplot layer with a GPU time (day spans) and commodity filter', () => {
    const [layer, ...rest] = buildSyntheticPointLayers(data, { filter: ALL });
    expect(rest).toHaveLength(0);
    expect(layer).toBeInstanceOf(ScatterplotLayer);
    expect(layer!.id).toBe(SYNTHETIC_POINTS_LAYER_ID);
    expect(prop(layer, 'data')).toBe(data);
    const extensions = prop<unknown[]>(layer, 'extensions');
    expect(extensions).toHaveLength(1);
    expect(extensions[0]).toBeInstanceOf(DataFilterExtension);
    expect((extensions[0] as DataFilterExtension).opts).toMatchObject({ filterSize: 2, categorySize: 1 });
    expect(prop(layer, 'filterRange')).toEqual(gpuSpanFilterRange(null));
    expect(prop(layer, 'filterCategories')).toEqual(COMMODITIES.map((_, i) => i));
  });

  it('changes only the filter props when the filter changes: same data, same extension', () => {
    const [before] = buildSyntheticPointLayers(data, { filter: ALL });
    const [after] = buildSyntheticPointLayers(data, { filter: { commodities: ['coal'], time: yearsRange(2016, 2019) } });
    expect(prop(after, 'data')).toBe(prop(before, 'data'));
    expect(prop<unknown[]>(after, 'extensions')[0]).toBe(prop<unknown[]>(before, 'extensions')[0]);
    // A span passes when it starts on or before the last day and ends on or after the first.
    expect(prop(after, 'filterRange')).toEqual([
      [-(2 ** 24), yearsRange(2016, 2019)[1]],
      [yearsRange(2016, 2019)[0], 2 ** 24],
    ]);
    expect(prop(after, 'filterCategories')).toEqual([COMMODITIES.indexOf('coal')]);
    // Constant styles, no accessor functions: nothing for deck.gl to re-run over the points.
    expect(prop(after, 'getRadius')).toBe(2);
    expect(Array.isArray(prop(after, 'getFillColor'))).toBe(true);
  });
});
