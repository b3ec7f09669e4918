import type { AnyFeature, Commodity, Period } from '@/data';
import { dateOfDay } from '@/data/filter/epoch-day';
import { isCommodityFilterOff, type FeatureFilter } from '@/data/filter/feature-filter';
import { featureSpan, periodSpan, yearOverlaps, type DaySpan } from '@/data/filter/time-rule';

/** True where a line of `commodity` passes the filter: totals (`all`) always do. */
export function isCommodityShown(commodity: Commodity | 'all', filter: FeatureFilter): boolean {
  return commodity === 'all' || isCommodityFilterOff(filter) || filter.commodities.includes(commodity);
}

/** An annual figure is shown when its calendar year overlaps the time range (the one time rule). */
export function yearInFilter(year: number, filter: FeatureFilter): boolean {
  return yearOverlaps(year, filter.time);
}

/** The calendar years of a span's first and last day; an open end stays infinite. */
export function spanYears([start, end]: DaySpan): [fromYear: number, toYear: number] {
  return [Number.isFinite(start) ? dateOfDay(start).year : start, Number.isFinite(end) ? dateOfDay(end).year : end];
}

/** The calendar years a period covers, open ends infinite. */
export function periodYears(period: Period): [fromYear: number, toYear: number] {
  return spanYears(periodSpan(period));
}

/** The years the filter's range touches; all years (infinite) without a range. */
export function filterYears(filter: FeatureFilter): [fromYear: number, toYear: number] {
  return filter.time ? spanYears(filter.time) : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
}

/** The calendar years a feature is active, first and last; open ends infinite. */
export function featureYears(feature: AnyFeature): [fromYear: number, toYear: number] {
  return spanYears(featureSpan(feature));
}

/** Whether two inclusive year ranges share a year. */
export function overlapsYears(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && a[1] >= b[0];
}
