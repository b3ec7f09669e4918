import type { Commodity, TradeFlow, TradePartners, TradeSeries } from '@/data';
import { COMMODITIES } from '@/data';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { rangeYears } from '@/data/filter/time-rule';
import { isCommodityShown, yearInFilter } from './chart-filter';
import type { Provenance } from './provenance';
import { unique } from './unique';
import { yearsBetween } from './year-axis';

export interface TradeChartSeries {
  id: string;
  label: string;
  publisher: string;
  partners: TradePartners;
  flow: TradeFlow;
  commodity: Commodity | 'all';
}

export interface TradeCell extends Provenance {
  valueUsd: number;
}

/** One year; `cells` holds only the series that have a sourced point that year. */
export interface TradeChartRow {
  year: number;
  cells: Partial<Record<string, TradeCell>>;
}

export interface TradeChartData {
  /** Series with at least one point in the year range whose commodity passes the filter, in input order. */
  series: TradeChartSeries[];
  /** Every year from the first to the last with a point; years between without any point have empty cells. */
  rows: TradeChartRow[];
  /** Commodities of the commodity lines among the input, whether or not the filter shows them (for the legend). */
  legendCommodities: Commodity[];
  /** Source ids of the points shown. */
  sourceIds: string[];
  /**
   * Years the chart covers with no sourced figure in any series shown: every year the time range touches, or without
   * a range the years between the first figure and the last. A year the axis leaves out (after the last figure) or
   * draws as a gap is said in words, so a reader does not take it for the end of the range or for zero.
   */
  yearsWithoutFigure: number[];
}

export interface TradeChartOptions {
  /**
   * Flows of the country totals (`commodity: 'all'`) to include; default `['total']`, so exports and imports are
   * not drawn over their own total. Commodity lines are included whatever their flow.
   */
  flows?: readonly TradeFlow[];
}

/**
 * Rows of the trade chart: one per year, one cell per series with a point that year. Publishers that disagree
 * (GACC vs KOTRA) stay separate series side by side, never averaged; a missing year stays missing.
 *
 * Follows the filter: only points in a year the time range touches; commodity lines only for selected commodities;
 * totals always.
 */
export function tradeChartRows(
  trade: readonly TradeSeries[],
  filter: FeatureFilter,
  options: TradeChartOptions = {},
): TradeChartData {
  const flows = options.flows ?? ['total'];
  const candidates = trade.filter((s) => s.commodity !== 'all' || flows.includes(s.flow));
  const byYear = new Map<number, TradeChartRow>();
  const series: TradeChartSeries[] = [];
  const sourceIds: string[] = [];
  for (const s of candidates) {
    if (!isCommodityShown(s.commodity, filter)) continue;
    const points = s.points.filter((p) => yearInFilter(p.year, filter));
    if (points.length === 0) continue;
    series.push({
      id: s.id,
      label: s.label,
      publisher: s.publisher,
      partners: s.partners,
      flow: s.flow,
      commodity: s.commodity,
    });
    for (const p of points) {
      const row = byYear.get(p.year) ?? { year: p.year, cells: {} };
      row.cells[s.id] = { valueUsd: p.valueUsd, confidence: p.confidence, sourceIds: p.sourceIds, note: p.note };
      byYear.set(p.year, row);
      sourceIds.push(...p.sourceIds);
    }
  }
  const years = [...byYear.keys()];
  const rows =
    years.length === 0
      ? []
      : yearsBetween(Math.min(...years), Math.max(...years)).map((year) => byYear.get(year) ?? { year, cells: {} });
  const legendCommodities = COMMODITIES.filter((c) => candidates.some((s) => s.commodity === c));
  const covered = filter.time ? yearsBetween(...rangeYears(filter.time)) : rows.map((row) => row.year);
  const yearsWithoutFigure = covered.filter((year) => !byYear.has(year));
  return { series, rows, legendCommodities, sourceIds: unique(sourceIds), yearsWithoutFigure };
}
