import type { Commodity, PetroleumData } from '@/data';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { overlaps, periodSpan } from '@/data/filter/time-rule';
import { filterYears, isCommodityShown, overlapsYears, periodYears } from './chart-filter';
import { capFor, capValue, supersedes, type CapRecord } from './petroleum-caps';
import { calendarYear, figureIn, type PetroleumUnit } from './petroleum-figures';
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

export type { PetroleumUnit } from './petroleum-figures';

/** How a source states a figure: as it is, "more than" (a floor), "up to" (a ceiling), or a low–high range. */
export type PetroleumFigureShape = 'value' | 'floor' | 'ceiling' | 'range';

/** A series of the chart (legend and colour): one supplier set's notified deliveries, or one publisher's estimates. */
export interface PetroleumSeries {
  key: string;
  kind: Exclude<PetroleumKind, 'cap'>;
  /** The suppliers or the publisher: "China + Russia", "Open Source Centre (with BBC News)". */
  name: string;
  /** The name with its kind, for tooltips: "Notified to the UN: China + Russia". */
  label: string;
}

/** One figure drawn in one year. */
export interface PetroleumMark extends Provenance {
  recordId: string;
  seriesKey: string;
  shape: PetroleumFigureShape;
  /** The figure, the floor or the ceiling; for a range its high end. */
  value: number;
  /** The low end of a range; 0 for the other shapes, whose bars stand on the axis. */
  low: number;
  /** True where the figure covers only part of the calendar year (e.g. "Jan–Aug 2024"). */
  partial: boolean;
  periodLabel: string;
  /** True where the record cites one of the focus's sources (the selected route's or place's). */
  related: boolean;
}

/** The UN cap in force in a year, drawn as a line the figures are read against. */
export interface PetroleumCapCell extends Provenance {
  value: number;
  recordId: string;
  resolution: string;
}

export interface PetroleumChartRow {
  year: number;
  /** Absent where no annual cap is in force or none is stated in the chart's unit (the refined cap is in barrels). */
  cap?: PetroleumCapCell | undefined;
  /** The year's figures, in series order; empty where no figure is sourced in the unit ("no sourced figure"). */
  marks: PetroleumMark[];
  /** The highest value drawn in the year, cap included: what the y axis spans. */
  top: number;
}

/** What the chart is narrowed to besides the filter: a selection's years, and its sources to mark related figures. */
export interface PetroleumFocus {
  years?: readonly [from: number, to: number] | undefined;
  sourceIds?: ReadonlySet<string> | undefined;
}

export interface PetroleumChartData {
  unit: PetroleumUnit;
  /** The years looked at: the filter's, narrowed to the focus's. */
  years: readonly [from: number, to: number];
  series: PetroleumSeries[];
  /** Every year from the first to the last with a figure; years between without one have no marks. */
  rows: PetroleumChartRow[];
  /** True where some year has a cap line (only barrels: the UN states the refined-products cap in barrels). */
  hasCap: boolean;
  /** Every record whose period overlaps the years, drawn or not (with why not), in file order. */
  records: PetroleumListItem[];
  /** Years on the axis with no figure in the unit. */
  yearsWithoutFigure: number[];
  /** True where neither refined petroleum nor crude oil passes the commodity filter. */
  excludedByCommodity: boolean;
  sourceIds: string[];
}

function recordProduct(item: PetroleumRecord): Commodity {
  return item.kind === 'cap' ? item.record.product : 'refined-petroleum';
}

function seriesKeyOf(item: PetroleumRecord): string {
  if (item.kind === 'reported') return `reported:${[...item.record.suppliers].sort().join('+')}`;
  if (item.kind === 'estimate') return `estimate:${item.record.publisher}`;
  return 'cap';
}

function seriesOf(key: string): PetroleumSeries {
  if (key.startsWith('reported:')) {
    const name = suppliersLabel(key.slice('reported:'.length).split('+'));
    return { key, kind: 'reported', name, label: `Notified to the UN: ${name}` };
  }
  const name = key.slice('estimate:'.length);
  return { key, kind: 'estimate', name, label: `Estimate: ${name}` };
}

/** The years both the filter and the focus allow (infinite ends while neither bounds them). */
function yearWindow(filter: FeatureFilter, focus: PetroleumFocus): [number, number] {
  const [from, to] = filterYears(filter);
  return focus.years ? [Math.max(from, focus.years[0]), Math.min(to, focus.years[1])] : [from, to];
}

interface Candidate {
  item: PetroleumRecord;
  year: number;
  partial: boolean;
  key: string;
  suppliers: readonly string[];
  mark: Omit<PetroleumMark, 'recordId' | 'seriesKey' | 'partial' | 'periodLabel' | 'related' | keyof Provenance>;
}

/**
 * The refined-petroleum picture in one unit, by calendar year: the UN cap as a line, and each figure notified to
 * the 1718 Committee or estimated by a publisher as a mark of its own shape (as stated, floor, ceiling, range).
 * A figure is drawn only in the unit its source states: tonnes are never converted, so only barrel figures are
 * read against the cap (which the UN states in barrels). Every record in the years is listed in `records`, with
 * the reason where it is not drawn.
 *
 * Rules, so that no mark double-counts or compares unlike periods:
 * - only records within one calendar year are drawn; a part-year record is flagged `partial`;
 * - per year and series, a whole-year record wins over part-year ones; a notified record whose suppliers a drawn
 *   record already counts is left out. Marks never stack: a sum of two sources' figures is stated by neither;
 * - a per-year cap applies in every year of its period; where two overlap, the later resolution wins (it
 *   superseded the earlier one); a cap for part of a year only is listed, not drawn as an annual line;
 * - the axis runs from the first to the last year with a figure, so the cap is shown against figures, not alone.
 * Crude-oil caps are listed, not drawn: no crude delivery figure is comparable with them.
 */
export function petroleumChartRows(
  petroleum: PetroleumData,
  filter: FeatureFilter,
  unit: PetroleumUnit = 'barrels',
  focus: PetroleumFocus = {},
): PetroleumChartData {
  const excludedByCommodity = !isCommodityShown('refined-petroleum', filter) && !isCommodityShown('crude-oil', filter);
  const window = yearWindow(filter, focus);
  const all: PetroleumRecord[] = [
    ...petroleum.caps.map((record) => ({ kind: 'cap', record }) as const),
    ...petroleum.reportedDeliveries.map((record) => ({ kind: 'reported', record }) as const),
    ...petroleum.estimates.map((record) => ({ kind: 'estimate', record }) as const),
  ];
  const inRange =
    excludedByCommodity || window[0] > window[1]
      ? []
      : all.filter(
          (item) =>
            isCommodityShown(recordProduct(item), filter) &&
            overlaps(periodSpan(item.record.period), filter.time) &&
            overlapsYears(periodYears(item.record.period), window),
        );

  const notDrawn = new Map<string, string>();
  const candidates: Candidate[] = [];
  const annualCaps: CapRecord[] = [];
  for (const item of inRange) {
    const r = item.record;
    if (recordProduct(item) !== 'refined-petroleum') {
      notDrawn.set(r.id, 'Crude oil: no crude delivery figure to compare it with');
      continue;
    }
    const figure = figureIn(item, unit);
    if ('missing' in figure) {
      notDrawn.set(r.id, figure.missing);
      continue;
    }
    if (item.kind === 'cap') {
      if (item.record.perYear) annualCaps.push(item);
      else notDrawn.set(r.id, `A cap for ${r.periodLabel} only, not an annual one`);
      continue;
    }
    const within = calendarYear(r.period);
    if (!within) {
      notDrawn.set(r.id, r.period.start || r.period.end ? 'Covers more than one calendar year' : 'Period not stated');
      continue;
    }
    const suppliers = item.kind === 'reported' ? item.record.suppliers : [];
    candidates.push({ item, year: within.year, partial: within.partial, key: seriesKeyOf(item), suppliers, mark: figure });
  }

  // Whole-year before part-year; for notified deliveries, more suppliers first (a combined total covers its parts).
  const rank = (c: Candidate) => (c.partial ? 1e6 : 0) - c.suppliers.length;
  const marksByYear = new Map<number, PetroleumMark[]>();
  const drawnBy = new Map<string, Candidate>();
  for (const c of [...candidates].sort((a, b) => a.year - b.year || rank(a) - rank(b))) {
    const marks = marksByYear.get(c.year) ?? [];
    const covering = [...drawnBy.values()].find(
      (d) => d.year === c.year && (d.key === c.key || (c.suppliers.length > 0 && c.suppliers.some((s) => d.suppliers.includes(s)))),
    );
    if (covering) {
      notDrawn.set(c.item.record.id, coveredReason(c, covering));
      continue;
    }
    const r = c.item.record;
    marks.push({
      ...c.mark,
      recordId: r.id,
      seriesKey: c.key,
      partial: c.partial,
      periodLabel: r.periodLabel,
      related: r.sourceIds.some((id) => focus.sourceIds?.has(id) ?? false),
      confidence: r.confidence,
      sourceIds: r.sourceIds,
      note: r.note,
    });
    marksByYear.set(c.year, marks);
    drawnBy.set(r.id, c);
  }

  const markYears = [...marksByYear.keys()];
  const axisYears = markYears.length === 0 ? [] : yearsBetween(Math.min(...markYears), Math.max(...markYears));
  const series = unique([...drawnBy.values()].map((c) => c.key)).sort(seriesOrder).map(seriesOf);
  const order = new Map(series.map((s, i) => [s.key, i]));

  const capDrawn = new Set<string>();
  const rows: PetroleumChartRow[] = axisYears.map((year) => {
    const cap = capFor(year, annualCaps);
    if (cap) capDrawn.add(cap.record.id);
    const marks = (marksByYear.get(year) ?? []).sort((a, b) => order.get(a.seriesKey)! - order.get(b.seriesKey)!);
    const value = cap ? capValue(cap, unit) : undefined;
    return {
      year,
      cap:
        cap && value !== undefined
          ? { value, recordId: cap.record.id, resolution: cap.record.resolution, confidence: cap.record.confidence, sourceIds: cap.record.sourceIds, note: cap.record.note }
          : undefined,
      marks,
      top: Math.max(value ?? 0, ...marks.map((m) => m.value)),
    };
  });
  for (const cap of annualCaps) {
    if (capDrawn.has(cap.record.id)) continue;
    const later = annualCaps.find((other) => other !== cap && supersedes(other, cap));
    notDrawn.set(cap.record.id, later ? `Superseded by ${later.record.resolution}` : 'In force in none of the years with a figure');
  }

  return {
    unit,
    years: window,
    series,
    rows,
    hasCap: rows.some((row) => row.cap !== undefined),
    records: inRange.map((item) => {
      const reason = notDrawn.get(item.record.id);
      return { ...petroleumListItem(item), plotted: reason === undefined, notDrawnReason: reason };
    }),
    yearsWithoutFigure: rows.filter((row) => row.marks.length === 0).map((row) => row.year),
    excludedByCommodity,
    sourceIds: unique(inRange.flatMap((item) => item.record.sourceIds)),
  };
}

/** Why a candidate gives way to a figure already drawn for its year. */
function coveredReason(candidate: Candidate, drawn: Candidate): string {
  const what = `the ${drawn.item.record.periodLabel} figure (${seriesOf(drawn.key).label})`;
  if (!drawn.partial) return `Part of the year ${what} covers`;
  return drawn.key === candidate.key ? `Another figure of the same series is drawn for ${drawn.year}: ${what}` : `Its suppliers are counted in ${what}`;
}

function seriesOrder(a: string, b: string): number {
  const kind = (key: string) => (key.startsWith('reported:') ? 0 : 1);
  return kind(a) - kind(b) || a.localeCompare(b);
}
