import type { Earnings, LaborData, WorkerSeries } from '@/data';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { overlaps, periodSpan, recordSpan } from '@/data/filter/time-rule';
import { formatCount, formatRange } from '@/lib/format';
import { isCommodityShown } from './chart-filter';
import type { Provenance } from './provenance';
import { unique } from './unique';
import { decimalYear } from './year-axis';

/** How a head count is stated: one value, a range, or only a floor ("more than") or a ceiling ("up to"). */
export type LaborBound = 'exact' | 'range' | 'lower' | 'upper';

export interface LaborCell extends Provenance {
  date: string;
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  bound: LaborBound;
  /**
   * Where the mark is drawn: the value, or the stated end of a range or bound (the low end of a range, so no
   * number is drawn that no source gives; the range itself is drawn as an error bar from `plot`).
   */
  plot: number;
  /** Error bar below and above `plot`, for ranges: `[0, high - low]`. */
  error?: [below: number, above: number] | undefined;
}

export interface LaborChartSeries {
  id: string;
  host: WorkerSeries['host'];
  label: string;
  measure: string;
}

/** One stated date; `t` is its position on a continuous year axis (the middle of the month or year stated). */
export interface LaborChartRow {
  date: string;
  t: number;
  year: number;
  cells: Partial<Record<string, LaborCell>>;
}

export interface LaborChartData {
  series: LaborChartSeries[];
  rows: LaborChartRow[];
  /** Earnings estimates whose period overlaps the year range. */
  earnings: Earnings[];
  /** True where the commodity filter leaves labor out: the chart then shows nothing and says why. */
  excludedByCommodity: boolean;
  sourceIds: string[];
}

function laborCell(p: WorkerSeries['points'][number]): LaborCell {
  const provenance = { confidence: p.confidence, sourceIds: p.sourceIds, note: p.note, date: p.date };
  if (p.value !== undefined) return { ...provenance, value: p.value, bound: 'exact', plot: p.value };
  if (p.low !== undefined && p.high !== undefined) {
    return { ...provenance, low: p.low, high: p.high, bound: 'range', plot: p.low, error: [0, p.high - p.low] };
  }
  if (p.low !== undefined) return { ...provenance, low: p.low, bound: 'lower', plot: p.low };
  return { ...provenance, high: p.high, bound: 'upper', plot: p.high ?? 0 };
}

/** The head count as words: "30,023", "20,000–40,000", "at least 50,000", "up to 154,306". */
export function formatLaborCell(cell: Pick<LaborCell, 'value' | 'low' | 'high'>): string {
  return cell.value !== undefined ? formatCount(cell.value) : formatRange(cell.low, cell.high);
}

/**
 * Rows of the labor chart: one per stated date, one cell per worker series with a figure at that date, ranges
 * kept as ranges. Follows the filter: figures whose date (at its precision) overlaps the time range, and nothing at all where the commodity filter
 * leaves out labor.
 */
export function laborChartRows(labor: LaborData, filter: FeatureFilter): LaborChartData {
  const excludedByCommodity = !isCommodityShown('labor', filter);
  if (excludedByCommodity) return { series: [], rows: [], earnings: [], excludedByCommodity, sourceIds: [] };
  const byDate = new Map<string, LaborChartRow>();
  const series: LaborChartSeries[] = [];
  const sourceIds: string[] = [];
  for (const s of labor.workers) {
    const points = s.points.filter((p) => overlaps(recordSpan(p), filter.time));
    if (points.length === 0) continue;
    series.push({ id: s.id, host: s.host, label: s.label, measure: s.measure });
    for (const p of points) {
      const row = byDate.get(p.date) ?? {
        date: p.date,
        t: decimalYear(p.date),
        year: Number(p.date.slice(0, 4)),
        cells: {},
      };
      row.cells[s.id] = laborCell(p);
      byDate.set(p.date, row);
      sourceIds.push(...p.sourceIds);
    }
  }
  const earnings = labor.earnings.filter((e) => overlaps(periodSpan(e.period), filter.time));
  for (const e of earnings) sourceIds.push(...e.sourceIds);
  const rows = [...byDate.values()].sort((a, b) => a.t - b.t);
  return { series, rows, earnings, excludedByCommodity, sourceIds: unique(sourceIds) };
}
