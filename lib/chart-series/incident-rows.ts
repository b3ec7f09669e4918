import type { Commodity, StsIncidentFeature } from '@/data';
import { COMMODITIES } from '@/data';
import { passesFilter, type FeatureFilter } from '@/data/filter/feature-filter';
import { featureSpan, overlaps } from '@/data/filter/time-rule';
import { filterYears, spanYears } from './chart-filter';
import { unique } from './unique';
import { yearsBetween } from './year-axis';

export interface IncidentYearRow {
  year: number;
  /** Incidents per commodity; a commodity with none that year is left out. */
  counts: Partial<Record<Commodity, number>>;
  total: number;
  incidentIds: string[];
}

export interface IncidentChartData {
  /** Every year from the first to the last incident shown; a year between with none has `total: 0`. */
  rows: IncidentYearRow[];
  /** Commodities of the incidents shown, in vocabulary order (the stacks). */
  commodities: Commodity[];
  /** Commodities of the zone's incidents in the year range, whether or not the filter shows them (the legend). */
  legendCommodities: Commodity[];
  /** The incidents shown, by date. */
  incidents: StsIncidentFeature[];
  total: number;
  sourceIds: string[];
}

/**
 * STS incidents counted by the year they began and their commodity, for one zone (`zoneId`) or all zones (`null`).
 * An incident counts where it passes the shared filter rule (`passesFilter`), as on the map.
 */
export function incidentsByYearAndCommodity(
  incidents: readonly StsIncidentFeature[],
  zoneId: string | null,
  filter: FeatureFilter,
): IncidentChartData {
  const inZone = incidents.filter((i) => zoneId === null || i.properties.zoneId === zoneId);
  const inYears = inZone.filter((i) => overlaps(featureSpan(i), filter.time));
  const shown = inYears
    .filter((i) => passesFilter(i, filter))
    .sort((a, b) => a.properties.date.localeCompare(b.properties.date));
  const byYear = new Map<number, IncidentYearRow>();
  for (const incident of shown) {
    // The start year, clamped into the range: an incident spanning New Year is counted once.
    const year = Math.max(spanYears(featureSpan(incident))[0], filterYears(filter)[0]);
    const row = byYear.get(year) ?? { year, counts: {}, total: 0, incidentIds: [] };
    const c = incident.properties.commodity;
    row.counts[c] = (row.counts[c] ?? 0) + 1;
    row.total += 1;
    row.incidentIds.push(incident.id);
    byYear.set(year, row);
  }
  const years = [...byYear.keys()];
  const rows =
    years.length === 0
      ? []
      : yearsBetween(Math.min(...years), Math.max(...years)).map(
          (year) => byYear.get(year) ?? { year, counts: {}, total: 0, incidentIds: [] },
        );
  return {
    rows,
    commodities: COMMODITIES.filter((c) => shown.some((i) => i.properties.commodity === c)),
    legendCommodities: COMMODITIES.filter((c) => inYears.some((i) => i.properties.commodity === c)),
    incidents: shown,
    total: shown.length,
    sourceIds: unique(shown.flatMap((i) => i.properties.sourceIds)),
  };
}
