import { YEAR_BOUNDS } from '@/data/filter/feature-filter';

/** Inclusive time range in epoch ms; null means "no time filter". */
export type TimeRangeMs = readonly [fromMs: number, toMs: number] | null;

/**
 * The dashboard's year filter as a time range for imported data: 1 January of the first year to the last
 * millisecond of the last. Null (no filter) while the filter spans all of `YEAR_BOUNDS`, the curated data's
 * years: imported data from before 2013 or after 2024 then stay on the map until the user narrows the years.
 */
export function importedTimeRange(years: readonly [number, number], bounds: readonly [number, number] = YEAR_BOUNDS): TimeRangeMs {
  if (years[0] <= bounds[0] && years[1] >= bounds[1]) return null;
  return [Date.UTC(years[0], 0, 1), Date.UTC(years[1] + 1, 0, 1) - 1];
}

/** Whether a feature with this time is shown: always without a filter; with one, only dated features inside it. */
export function isTimeShown(time: number | null, range: TimeRangeMs): boolean {
  if (range === null) return true;
  return time !== null && time >= range[0] && time <= range[1];
}

/** Whether an event spanning `start`–`end` (epoch ms) overlaps the range. */
export function isSpanShown(start: number, end: number, range: TimeRangeMs): boolean {
  return range === null || (start <= range[1] && end >= range[0]);
}

/** Days since 1970-01-01 (UTC), the unit of the GPU time filter: float32 holds it to the second. */
export function epochDays(ms: number): number {
  return ms / 86_400_000;
}
