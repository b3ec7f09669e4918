import type { Commodity } from '@/data';
import { isCommodityFilterOff, type FeatureFilter } from '@/data/filter/feature-filter';

/** True where a line of `commodity` passes the filter: totals (`all`) always do. */
export function isCommodityShown(commodity: Commodity | 'all', filter: FeatureFilter): boolean {
  return commodity === 'all' || isCommodityFilterOff(filter) || filter.commodities.includes(commodity);
}

export function yearInFilter(year: number, filter: FeatureFilter): boolean {
  return year >= filter.years[0] && year <= filter.years[1];
}
