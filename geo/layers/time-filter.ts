import { DataFilterExtension } from '@deck.gl/extensions';
import { featureSpan, gpuSpanFilterRange, gpuSpanValue, overlaps, type DaySpan, type TimeRange } from '@/data/filter/time-rule';
import type { AnyFeature } from '@/data';
import { memoByInput } from './memo-by-input';

// The time rule on the GPU (data/filter/time-rule.ts): each object's first and last day are its two filter values,
// and the range is two tests, start ≤ to and end ≥ from. One instance per configuration for every layer: deck.gl
// compares extensions by reference.
export const TIME_FILTER = new DataFilterExtension({ filterSize: 2 });
/** The time rule and one category (a commodity, for incidents). */
export const TIME_AND_CATEGORY_FILTER = new DataFilterExtension({ filterSize: 2, categorySize: 1 });

/**
 * The filter props of a layer whose objects have a span. A range change only changes `filterRange` (a uniform);
 * the values are computed once per data, since deck.gl re-runs an accessor only for new data or update triggers.
 */
export function timeFilterProps<D>(spanOf: (d: D) => DaySpan, range: TimeRange | null) {
  return {
    getFilterValue: (d: D) => gpuSpanValue(spanOf(d)),
    filterRange: gpuSpanFilterRange(range),
  };
}

/**
 * The features of `features` whose span overlaps the range, as the very same array for as long as the same features
 * pass: what a layer derives from them (decluttered labels) is then not derived again while the range is dragged.
 */
export const inTimeRange = memoByInput(<F extends AnyFeature>(features: readonly F[]) => {
  let last: { key: string; shown: F[] } | null = null;
  return (range: TimeRange | null): F[] => {
    const shown = features.filter((f) => overlaps(featureSpan(f), range));
    const key = shown.map((f) => f.id).join(',');
    if (last?.key !== key) last = { key, shown };
    return last.shown;
  };
});
