import type { Commodity, PetroleumData } from '@/data';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { overlaps, periodSpan } from '@/data/filter/time-rule';
import { filterYears, isCommodityShown, periodYears, yearInFilter } from './chart-filter';
import {
  petroleumListItem,
  suppliersLabel,
  type PetroleumKind,
  type PetroleumListItem,
  type PetroleumRecord,
} from './petroleum-records';
import type { Provenance } from './provenance';
import { unique } from './unique';
import { yearsBetween } from './year-axis';

/** The chart draws each figure only in the unit its source states; tonnes are never converted to barrels. */
export type PetroleumUnit = 'barrels' | 'tonnes';

/** One bar series of the petroleum chart. Reported deliveries of disjoint suppliers stack (`stackId`). */
export interface PetroleumBar {
  key: string;
  kind: PetroleumKind;
  label: string;
  stackId?: string | undefined;
}

export interface PetroleumCell extends Provenance {
  value: number;
  /** `upper` where the figure is a ceiling ("up to"), `lower` where it is a floor ("more than"). */
  bound?: 'upper' | 'lower' | undefined;
  /** True where the figure covers only part of the calendar year (e.g. "Jan–Sep 2020"). */
  partial: boolean;
  periodLabel: string;
  recordId: string;
}

export interface PetroleumChartRow {
  year: number;
  cells: Partial<Record<string, PetroleumCell>>;
}

export interface PetroleumChartData {
  unit: PetroleumUnit;
  bars: PetroleumBar[];
  rows: PetroleumChartRow[];
  /** Every record whose period overlaps the year range, plotted or not, in file order (caps, deliveries, estimates). */
  records: PetroleumListItem[];
  /** True where neither refined petroleum nor crude oil passes the commodity filter. */
  excludedByCommodity: boolean;
  sourceIds: string[];
}

/** The one calendar year a period lies in, and whether it covers all of it; undefined for open or multi-year periods. */
function calendarYear(period: { start?: string | undefined; end?: string | undefined }): { year: number; partial: boolean } | undefined {
  const { start, end } = period;
  if (!start || !end || start.slice(0, 4) !== end.slice(0, 4)) return undefined;
  const fullStart = start.length === 4 || start.slice(5) === '01' || start.slice(5) === '01-01';
  const fullEnd = end.length === 4 || end.slice(5) === '12' || end.slice(5) === '12-31';
  return { year: Number(start.slice(0, 4)), partial: !(fullStart && fullEnd) };
}

function resolutionNumber(resolution: string): number {
  const match = /(\d{3,5})/.exec(resolution);
  return match ? Number(match[1]) : 0;
}

function recordProduct(item: PetroleumRecord): Commodity {
  return item.kind === 'cap' ? item.record.product : 'refined-petroleum';
}

function petroleumValue(item: PetroleumRecord, unit: PetroleumUnit): { value: number; bound?: 'upper' | 'lower' } | undefined {
  if (unit === 'tonnes') {
    return item.kind === 'estimate' || item.record.tonnes === undefined ? undefined : { value: item.record.tonnes };
  }
  if (item.record.barrels === undefined) return undefined;
  if (item.kind === 'estimate') {
    const bound = item.record.barrelsIsUpperBound ? 'upper' : item.record.barrelsIsLowerBound ? 'lower' : undefined;
    return { value: item.record.barrels, bound };
  }
  return { value: item.record.barrels };
}

interface Candidate {
  item: PetroleumRecord;
  year: number;
  partial: boolean;
  key: string;
  /** Countries whose deliveries the record counts (reported deliveries only); overlapping sets never stack. */
  suppliers: readonly string[];
  value: number;
  bound?: 'upper' | 'lower' | undefined;
}

/**
 * The refined-petroleum picture, in one unit: the UN cap, deliveries officially reported to the 1718 Committee,
 * and estimates of what actually arrived, by calendar year. A figure is drawn only in the unit its source states
 * (`unit`); everything else in the year range is still listed in `records`.
 *
 * Rules, so that no bar double-counts or compares unlike periods:
 * - only records within one calendar year are drawn; a part-year record is flagged `partial`;
 * - per year, a whole-year record wins over part-year records of the same kind and suppliers/publisher;
 * - reported deliveries of disjoint suppliers stack; a record overlapping suppliers already drawn is left out;
 * - a per-year cap applies in every year of its period; where two caps for the same product overlap, the later
 *   resolution (higher number) wins, since it superseded the earlier one;
 * - years that would show only the cap are trimmed from both ends when other figures exist, so the cap is shown
 *   against figures, not alone.
 * Crude-oil caps are listed, not drawn: no crude delivery figure is comparable with them.
 */
export function petroleumChartRows(
  petroleum: PetroleumData,
  filter: FeatureFilter,
  unit: PetroleumUnit = 'barrels',
): PetroleumChartData {
  const excludedByCommodity = !isCommodityShown('refined-petroleum', filter) && !isCommodityShown('crude-oil', filter);
  const all: PetroleumRecord[] = [
    ...petroleum.caps.map((record) => ({ kind: 'cap', record }) as const),
    ...petroleum.reportedDeliveries.map((record) => ({ kind: 'reported', record }) as const),
    ...petroleum.estimates.map((record) => ({ kind: 'estimate', record }) as const),
  ];
  const inRange = excludedByCommodity
    ? []
    : all.filter(
        (item) =>
          isCommodityShown(recordProduct(item), filter) &&
          overlaps(periodSpan(item.record.period), filter.time),
      );

  const candidates: Candidate[] = [];
  const perYearCaps: { item: PetroleumRecord; measured: NonNullable<ReturnType<typeof petroleumValue>> }[] = [];
  for (const item of inRange) {
    if (recordProduct(item) !== 'refined-petroleum') continue;
    const measured = petroleumValue(item, unit);
    if (!measured) continue;
    if (item.kind === 'cap' && item.record.perYear) {
      perYearCaps.push({ item, measured });
      continue;
    }
    const within = calendarYear(item.record.period);
    if (!within || !yearInFilter(within.year, filter)) continue;
    const key =
      item.kind === 'cap'
        ? 'cap'
        : item.kind === 'reported'
          ? `reported:${[...item.record.suppliers].sort().join('+')}`
          : `estimate:${item.record.publisher}`;
    const suppliers = item.kind === 'reported' ? item.record.suppliers : [];
    candidates.push({ item, year: within.year, partial: within.partial, key, suppliers, ...measured });
  }

  // A per-year cap applies in every year of its period that the range touches; an open-ended one (caps stay in force)
  // is drawn over the years of the figures it is compared with, or from its first year when there are none.
  const figureYears = candidates.map((c) => c.year);
  const [rangeFrom, rangeTo] = filterYears(filter);
  for (const { item, measured } of perYearCaps) {
    const [start, end] = periodYears(item.record.period);
    const from = Math.max(start, rangeFrom, figureYears.length ? Math.min(...figureYears) : Number.NEGATIVE_INFINITY);
    let to = Math.min(end, rangeTo, figureYears.length ? Math.max(...figureYears) : Number.POSITIVE_INFINITY);
    if (!Number.isFinite(from)) continue;
    if (!Number.isFinite(to)) to = from;
    for (const year of yearsBetween(from, to)) candidates.push({ item, year, partial: false, key: 'cap', suppliers: [], ...measured });
  }

  // Whole-year before part-year; for caps, the later resolution first; for deliveries, more suppliers first.
  const rank = (c: Candidate) =>
    (c.partial ? 1e6 : 0) -
    (c.item.kind === 'cap' ? resolutionNumber(c.item.record.resolution) : 0) -
    c.suppliers.length;
  const byYear = new Map<number, PetroleumChartRow>();
  const keptSuppliers = new Map<number, Set<string>>();
  for (const c of [...candidates].sort((a, b) => a.year - b.year || rank(a) - rank(b))) {
    const row = byYear.get(c.year) ?? { year: c.year, cells: {} };
    if (row.cells[c.key]) continue;
    if (c.item.kind === 'reported') {
      const taken = keptSuppliers.get(c.year) ?? new Set<string>();
      if (c.suppliers.some((s) => taken.has(s))) continue;
      c.suppliers.forEach((s) => taken.add(s));
      keptSuppliers.set(c.year, taken);
    }
    const r = c.item.record;
    row.cells[c.key] = {
      value: c.value,
      bound: c.bound,
      partial: c.partial,
      periodLabel: r.periodLabel,
      recordId: r.id,
      confidence: r.confidence,
      sourceIds: r.sourceIds,
      note: r.note,
    };
    byYear.set(c.year, row);
  }

  let rows = [...byYear.values()].sort((a, b) => a.year - b.year);
  const hasOther = (row: PetroleumChartRow) => Object.keys(row.cells).some((k) => k !== 'cap');
  if (rows.some(hasOther)) {
    const first = rows.findIndex(hasOther);
    const last = rows.length - 1 - [...rows].reverse().findIndex(hasOther);
    rows = rows.slice(first, last + 1);
  }
  // Years between without any figure stay on the axis as empty slots, so a bar is never read against a neighbour
  // that is not the next year.
  if (rows.length > 0) {
    const present = new Map(rows.map((row) => [row.year, row]));
    rows = yearsBetween(rows[0]!.year, rows[rows.length - 1]!.year).map((year) => present.get(year) ?? { year, cells: {} });
  }
  const shownIds = new Set(rows.flatMap((row) => Object.values(row.cells).map((cell) => cell!.recordId)));

  const barKeys = unique(rows.flatMap((row) => Object.keys(row.cells)));
  const order = (key: string) => (key === 'cap' ? 0 : key.startsWith('reported:') ? 1 : 2);
  const bars: PetroleumBar[] = barKeys
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((key) => {
      if (key === 'cap') return { key, kind: 'cap', label: 'UN cap (refined products)' };
      if (key.startsWith('reported:')) {
        return {
          key,
          kind: 'reported',
          label: `Reported to the UN: ${suppliersLabel(key.slice('reported:'.length).split('+'))}`,
          stackId: 'reported',
        };
      }
      return { key, kind: 'estimate', label: `Estimate: ${key.slice('estimate:'.length)}` };
    });

  return {
    unit,
    bars,
    rows,
    records: inRange.map((item) => ({ ...petroleumListItem(item), plotted: shownIds.has(item.record.id) })),
    excludedByCommodity,
    sourceIds: unique(inRange.flatMap((item) => item.record.sourceIds)),
  };
}
