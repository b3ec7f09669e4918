import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { COMMODITIES } from '@/data/schema/commodity';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { gpuSpanFilterRange } from '@/data/filter/time-rule';
import type { SyntheticPoints } from '../analysis/synthetic-points';
import type { Rgba } from '../palette';
import { TIME_AND_CATEGORY_FILTER } from './time-filter';

/** Benchmark only: SYNTHETIC points are never part of the dataset nor drawn on `/`. */
export const SYNTHETIC_POINTS_LAYER_ID = 'synthetic-points';

/** A grey-violet no commodity uses, so synthetic points are never mistaken for incidents. */
export const SYNTHETIC_POINT_COLOR: Rgba = [95, 85, 170, 150];

/** A category no point carries: selecting it hides every point (no commodity selected). */
const NO_CATEGORY = 255;

/** deck.gl binary data: the GPU reads the typed arrays as they are, no per-point objects or accessors. */
export interface SyntheticPointData {
  length: number;
  attributes: {
    getPosition: { value: Float32Array; size: 2 };
    /** First and last day of each point (the same day): the time rule's two filter values. */
    getFilterValue: { value: Float32Array; size: 2 };
    getFilterCategory: { value: Uint8Array; size: 1 };
  };
}

/**
 * Wraps SYNTHETIC points as deck.gl binary data. Make it once per point set and keep it: a layer whose `data`
 * is the same object keeps its GPU buffers, so a filter change only updates uniforms.
 */
export function toSyntheticPointData(points: SyntheticPoints): SyntheticPointData {
  return {
    length: points.length,
    attributes: {
      getPosition: { value: points.positions, size: 2 },
      getFilterValue: { value: points.daySpans, size: 2 },
      getFilterCategory: { value: points.commodityIndices, size: 1 },
    },
  };
}

/** The commodity indices the filter keeps, as the layer's `filterCategories`. */
export function syntheticFilterCategories(filter: FeatureFilter): number[] {
  const indices = COMMODITIES.flatMap((c, i) => (filter.commodities.includes(c) ? [i] : []));
  return indices.length > 0 ? indices : [NO_CATEGORY];
}

/**
 * SYNTHETIC benchmark points as one ScatterplotLayer filtered on the GPU by the time rule, at day resolution
 * (`filterRange`, as every dated layer of the atlas), and by commodity (`filterCategories`). Not pickable: they stand
 * for load, not for features anyone can inspect.
 */
export function buildSyntheticPointLayers(data: SyntheticPointData, state: { filter: FeatureFilter }) {
  const { filter } = state;
  return [
    new ScatterplotLayer<unknown, DataFilterExtensionProps<unknown>>({
      id: SYNTHETIC_POINTS_LAYER_ID,
      data,
      pickable: false,
      radiusUnits: 'pixels',
      getRadius: 2,
      getFillColor: SYNTHETIC_POINT_COLOR,
      stroked: false,
      extensions: [TIME_AND_CATEGORY_FILTER],
      filterRange: gpuSpanFilterRange(filter.time),
      filterCategories: syntheticFilterCategories(filter),
    }),
  ];
}
