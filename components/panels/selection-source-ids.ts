import type { AnyFeature, Dataset, TradeSeries } from '@/data';
import { isPlace, isRailLink } from '@/lib/chart-series/feature-kinds';
import { featureSourceIds, placeConnections, railLinkSummary } from '@/lib/chart-series/feature-relations';
import { incidentsByYearAndCommodity } from '@/lib/chart-series/incident-rows';
import { petroleumChartRows, type PetroleumFocus } from '@/lib/chart-series/petroleum-rows';
import { tradeChartRows } from '@/lib/chart-series/trade-rows';
import { passesFilter, type FeatureFilter } from '@/data/filter/feature-filter';

/**
 * Every source the selection panel cites for a feature under the filter: the feature's own, the trade figures
 * charted from `series`, and those of the routes, incidents or zone incidents its part of the panel lists (under
 * the same filter, so a list entry hidden by the filter does not leave its sources behind), and the petroleum
 * figures of its years where the panel charts them (`petroleumFocus`).
 */
export function selectionSourceIds(
  dataset: Dataset,
  feature: AnyFeature,
  filter: FeatureFilter,
  series: readonly TradeSeries[],
  petroleumFocus?: PetroleumFocus,
): string[] {
  const ids = [...featureSourceIds(feature)];
  ids.push(...tradeChartRows(series, filter, { flows: ['total', 'dprk-exports', 'dprk-imports'] }).sourceIds);
  if (petroleumFocus) ids.push(...petroleumChartRows(dataset.petroleum, filter, 'barrels', petroleumFocus).sourceIds);
  if (isPlace(feature)) {
    const links = placeConnections(dataset, feature);
    links.routes.filter((r) => passesFilter(r, filter)).forEach((r) => ids.push(...r.properties.sourceIds));
    links.incidents
      .filter((n) => passesFilter(n.incident, filter))
      .forEach((n) => ids.push(...n.incident.properties.sourceIds));
  } else if (isRailLink(feature)) {
    railLinkSummary(dataset, feature)
      .connectingRoutes.filter((r) => passesFilter(r, filter))
      .forEach((r) => ids.push(...r.properties.sourceIds));
  } else if (feature.properties.kind === 'sts-zone') {
    ids.push(...incidentsByYearAndCommodity(dataset.stsIncidents.features, feature.id, filter).sourceIds);
  }
  return ids;
}
