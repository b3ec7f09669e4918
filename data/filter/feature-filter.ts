import { COMMODITIES, type AnyFeature, type Commodity } from '@/data';
import { featureSpan, overlaps, type TimeRange } from './time-rule';

/** The commodity and time filter shared by map layers, the feature list, counts and charts. */
export interface FeatureFilter {
  /** Selected commodities; every commodity selected means "no commodity filter". */
  commodities: readonly Commodity[];
  /** Inclusive range of days (see time-rule.ts); null is no time filter. */
  time: TimeRange | null;
}

/**
 * Commodities a feature carries. An incident is one transfer of one cargo, so it counts by its
 * `commodity` alone (this is also what the map's GPU filter reads); a route carries its main commodity
 * and any others listed; every other feature its list.
 */
export function featureCommodities(feature: AnyFeature): readonly Commodity[] {
  const p = feature.properties;
  if (p.kind === 'sts-incident') return [p.commodity];
  if (p.kind === 'sea-route') return p.commodities.includes(p.commodity) ? p.commodities : [p.commodity, ...p.commodities];
  return p.commodities;
}

/**
 * The one rule: a feature is shown when it carries a selected commodity (or the commodity filter is
 * off) and its span overlaps the time range (time-rule.ts). Features with no commodity tag show only when
 * the commodity filter is off.
 */
export function passesFilter(feature: AnyFeature, filter: FeatureFilter): boolean {
  return overlaps(featureSpan(feature), filter.time) && passesCommodityFilter(feature, filter);
}

/** The commodity half of the rule: what the map keeps on the CPU while the GPU applies the time half. */
export function passesCommodityFilter(feature: AnyFeature, filter: Pick<FeatureFilter, 'commodities'>): boolean {
  if (isCommodityFilterOff(filter)) return true;
  return featureCommodities(feature).some((c) => filter.commodities.includes(c));
}

/** All commodities selected: nothing is filtered out for its commodity. */
export function isCommodityFilterOff(filter: Pick<FeatureFilter, 'commodities'>): boolean {
  return COMMODITIES.every((c) => filter.commodities.includes(c));
}
