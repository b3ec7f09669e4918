import { COMMODITIES, type AnyFeature, type Commodity, type Period } from '@/data';

/** The commodity and time filter shared by map layers, the feature list, counts and charts. */
export interface FeatureFilter {
  /** Selected commodities; every commodity selected means "no commodity filter". */
  commodities: readonly Commodity[];
  /** Inclusive year range. */
  years: readonly [from: number, to: number];
}

/** The years the filter can span: the dataset's events run from the 2013 reopening of Khasan–Rajin to 2024. */
export const YEAR_BOUNDS: readonly [number, number] = [2013, 2024];

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** First and last year a feature is active; open ends are unbounded. */
export function activeYears(feature: AnyFeature): [number, number] {
  const p = feature.properties;
  if (p.kind === 'sts-incident') {
    return [yearOf(p.date), yearOf(p.dateEnd ?? p.date)];
  }
  return periodYears(p.period);
}

export function periodYears(period: Period): [number, number] {
  return [
    period.start ? yearOf(period.start) : Number.NEGATIVE_INFINITY,
    period.end ? yearOf(period.end) : Number.POSITIVE_INFINITY,
  ];
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

export function overlapsYears([start, end]: readonly [number, number], [from, to]: readonly [number, number]): boolean {
  return start <= to && end >= from;
}

/**
 * The one rule: a feature is shown when it carries a selected commodity (or the commodity filter is
 * off) and its active period overlaps the year range. Features with no commodity tag show only when
 * the commodity filter is off.
 */
export function passesFilter(feature: AnyFeature, filter: FeatureFilter): boolean {
  if (!overlapsYears(activeYears(feature), filter.years)) return false;
  if (isCommodityFilterOff(filter)) return true;
  return featureCommodities(feature).some((c) => filter.commodities.includes(c));
}

/** All commodities selected: nothing is filtered out for its commodity. */
export function isCommodityFilterOff(filter: FeatureFilter): boolean {
  return COMMODITIES.every((c) => filter.commodities.includes(c));
}
