import { distance, length, pointToLineDistance } from '@turf/turf';
import type {
  AnyFeature,
  Commodity,
  Confidence,
  Dataset,
  Earnings,
  LaborData,
  PetroleumCap,
  PetroleumData,
  PetroleumEstimate,
  PlaceFeature,
  RailLinkFeature,
  ReportedDelivery,
  SeaRouteFeature,
  StsIncidentFeature,
  StsZoneFeature,
  TradeFlow,
  TradePartners,
  TradeSeries,
  WorkerSeries,
} from '@/data';
import { COMMODITIES, PLACE_KINDS } from '@/data';
import {
  activeYears,
  isCommodityFilterOff,
  overlapsYears,
  passesFilter,
  periodYears,
  type FeatureFilter,
} from './feature-filter';
import { formatCount, formatRange } from './format';

// Pure derivations from the dataset and the one shared `FeatureFilter` to what the charts and panels draw.
// A figure that no source gives stays missing (undefined), never zero: the chart leaves a gap and the panel says
// so. Every value carries the confidence and source ids of the point it came from, for tooltips and tables.

/** Where a figure comes from and how sure the dataset is of it. */
export interface Provenance {
  confidence: Confidence;
  sourceIds: readonly string[];
  note?: string | undefined;
}

/** True where a line of `commodity` passes the filter: totals (`all`) always do. */
export function isCommodityShown(commodity: Commodity | 'all', filter: FeatureFilter): boolean {
  return commodity === 'all' || isCommodityFilterOff(filter) || filter.commodities.includes(commodity);
}

function yearInFilter(year: number, filter: FeatureFilter): boolean {
  return year >= filter.years[0] && year <= filter.years[1];
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Integers from `from` to `to`, inclusive. */
function yearsBetween(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

// ---------------------------------------------------------------------------------------------------------------
// Trade

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
 * Follows the filter: only points within `filter.years`; commodity lines only for selected commodities; totals
 * always.
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
  return { series, rows, legendCommodities, sourceIds: unique(sourceIds) };
}

// ---------------------------------------------------------------------------------------------------------------
// Labor

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

/** A date's position on a continuous year axis: "2015" → 2015.5, "2017-12" → 2017.96, "2018-02-13" → 2018.12. */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const year = y ?? 0;
  if (m === undefined) return year + 0.5;
  if (d === undefined) return year + (m - 0.5) / 12;
  return year + (m - 1 + (d - 0.5) / 31) / 12;
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
 * kept as ranges. Follows the filter: dates within `filter.years`, and nothing at all where the commodity filter
 * leaves out labor.
 */
export function laborChartRows(labor: LaborData, filter: FeatureFilter): LaborChartData {
  const excludedByCommodity = !isCommodityShown('labor', filter);
  if (excludedByCommodity) return { series: [], rows: [], earnings: [], excludedByCommodity, sourceIds: [] };
  const byDate = new Map<string, LaborChartRow>();
  const series: LaborChartSeries[] = [];
  const sourceIds: string[] = [];
  for (const s of labor.workers) {
    const points = s.points.filter((p) => yearInFilter(Number(p.date.slice(0, 4)), filter));
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
  const earnings = labor.earnings.filter((e) => overlapsYears(periodYears(e.period), filter.years));
  for (const e of earnings) sourceIds.push(...e.sourceIds);
  const rows = [...byDate.values()].sort((a, b) => a.t - b.t);
  return { series, rows, earnings, excludedByCommodity, sourceIds: unique(sourceIds) };
}

// ---------------------------------------------------------------------------------------------------------------
// Petroleum

/** The chart draws each figure only in the unit its source states; tonnes are never converted to barrels. */
export type PetroleumUnit = 'barrels' | 'tonnes';
export type PetroleumKind = 'cap' | 'reported' | 'estimate';

export type PetroleumRecord =
  | { kind: 'cap'; record: PetroleumCap }
  | { kind: 'reported'; record: ReportedDelivery }
  | { kind: 'estimate'; record: PetroleumEstimate };

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

/** A petroleum record in the year range, for the data table and the list of figures not drawn. */
export interface PetroleumListItem {
  item: PetroleumRecord;
  /** "UN cap", "Reported to the UN", "Estimate". */
  kindLabel: string;
  /** What the figure is: "Refined petroleum, S/RES/2397 (2017)", "China + Russia", the estimate's publisher. */
  subject: string;
  /** The figure in every unit its source states: "500,000 bbl", "up to 3,780,000 bbl; 263 deliveries". */
  figure: string;
  /** True where the record is drawn in the chart in the current unit. */
  plotted: boolean;
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

const COUNTRY_NAMES: Readonly<Record<string, string>> = { CN: 'China', RU: 'Russia', KP: 'DPRK', US: 'United States' };

function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}

function suppliersLabel(suppliers: readonly string[]): string {
  return suppliers.map(countryName).join(' + ');
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

/** The figure of a petroleum record in every unit its source states, as words. */
export function describePetroleumFigure(item: PetroleumRecord): string {
  const parts: string[] = [];
  if (item.kind === 'estimate') {
    const e = item.record;
    if (e.barrels !== undefined) {
      const prefix = e.barrelsIsUpperBound ? 'up to ' : e.barrelsIsLowerBound ? 'more than ' : '';
      parts.push(`${prefix}${formatCount(e.barrels)} bbl`);
    }
    if (e.barrelsPerDay !== undefined) parts.push(`${formatCount(e.barrelsPerDay)} bbl/day`);
    if (e.deliveries !== undefined) parts.push(`${formatCount(e.deliveries)} deliveries`);
    if (e.multipleOfCap !== undefined) parts.push(`${e.multipleOfCap}× the annual cap`);
    return parts.join('; ');
  }
  const r = item.record;
  if (r.barrels !== undefined) parts.push(`${formatCount(r.barrels)} bbl`);
  if (r.tonnes !== undefined) parts.push(`${formatCount(r.tonnes)} t`);
  if (item.kind === 'cap') parts.push(item.record.perYear ? 'per year' : `for ${item.record.periodLabel}`);
  if (item.kind === 'reported' && item.record.shareOfCapPercent !== undefined) {
    parts.push(`${item.record.shareOfCapPercent}% of the annual cap`);
  }
  return parts.join('; ');
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

function listItem(item: PetroleumRecord): Omit<PetroleumListItem, 'plotted'> {
  switch (item.kind) {
    case 'cap':
      return {
        item,
        kindLabel: 'UN cap',
        subject: `${item.record.product === 'crude-oil' ? 'Crude oil' : 'Refined petroleum'}, ${item.record.resolution}`,
        figure: describePetroleumFigure(item),
      };
    case 'reported':
      return { item, kindLabel: 'Reported to the UN', subject: suppliersLabel(item.record.suppliers), figure: describePetroleumFigure(item) };
    case 'estimate':
      return {
        item,
        kindLabel: 'Estimate',
        subject: `${item.record.publisher}: ${item.record.description}`,
        figure: describePetroleumFigure(item),
      };
  }
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
          overlapsYears(periodYears(item.record.period), filter.years),
      );

  const candidates: Candidate[] = [];
  for (const item of inRange) {
    if (recordProduct(item) !== 'refined-petroleum') continue;
    const measured = petroleumValue(item, unit);
    if (!measured) continue;
    if (item.kind === 'cap' && item.record.perYear) {
      const [start, end] = periodYears(item.record.period);
      const from = Math.max(start, filter.years[0]);
      const to = Math.min(end, filter.years[1]);
      for (const year of yearsBetween(from, to)) {
        candidates.push({ item, year, partial: false, key: 'cap', suppliers: [], ...measured });
      }
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
    records: inRange.map((item) => ({ ...listItem(item), plotted: shownIds.has(item.record.id) })),
    excludedByCommodity,
    sourceIds: unique(inRange.flatMap((item) => item.record.sourceIds)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// STS incidents

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
  const inYears = inZone.filter((i) => overlapsYears(activeYears(i), filter.years));
  const shown = inYears
    .filter((i) => passesFilter(i, filter))
    .sort((a, b) => a.properties.date.localeCompare(b.properties.date));
  const byYear = new Map<number, IncidentYearRow>();
  for (const incident of shown) {
    // The start year, clamped into the range: an incident spanning New Year is counted once.
    const year = Math.max(activeYears(incident)[0], filter.years[0]);
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

export interface InvolvedVessel {
  name: string;
  /** Flags as reported, in order of first mention. */
  flags: string[];
  imo?: string | undefined;
  roles: string[];
  incidentIds: string[];
}

/**
 * The vessels named in `incidents`, most incidents first. Mentions are merged by IMO number, or by name where one
 * mention lacks the number (reports often omit it); two different IMO numbers are two ships, whatever the name.
 */
export function vesselsInvolved(incidents: readonly StsIncidentFeature[]): InvolvedVessel[] {
  const vessels: InvolvedVessel[] = [];
  for (const incident of incidents) {
    for (const vessel of incident.properties.vessels) {
      const name = vessel.name.toLowerCase();
      let entry = vessels.find(
        (v) =>
          (vessel.imo !== undefined && v.imo === vessel.imo) ||
          (v.name.toLowerCase() === name && (v.imo === undefined || vessel.imo === undefined || v.imo === vessel.imo)),
      );
      if (!entry) {
        entry = { name: vessel.name, flags: [], imo: vessel.imo, roles: [], incidentIds: [] };
        vessels.push(entry);
      }
      entry.imo ??= vessel.imo;
      if (vessel.flag && !entry.flags.includes(vessel.flag)) entry.flags.push(vessel.flag);
      if (vessel.role && !entry.roles.includes(vessel.role)) entry.roles.push(vessel.role);
      if (!entry.incidentIds.includes(incident.id)) entry.incidentIds.push(incident.id);
    }
  }
  return vessels.sort((a, b) => b.incidentIds.length - a.incidentIds.length || a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------------------------------------------------------
// Selection

/** Incidents placed from a place, or lying within this distance of it, "touch" the place. */
export const NEAR_PLACE_RADIUS_KM = 50;

/** A place within this distance of a rail line is on it (the lines are schematic, drawn through the stations). */
export const ON_LINE_TOLERANCE_KM = 2;

function placeOnRail(place: PlaceFeature, rail: RailLinkFeature): boolean {
  if (rail.properties.crossings?.includes(place.id)) return true;
  return pointToLineDistance(place.geometry.coordinates, rail, { units: 'kilometers' }) <= ON_LINE_TOLERANCE_KM;
}

function routeTouches(route: SeaRouteFeature, id: string): boolean {
  const p = route.properties;
  return p.fromId === id || p.toId === id || (p.viaIds?.includes(id) ?? false);
}

export interface NearIncident {
  incident: StsIncidentFeature;
  /** Great-circle distance from the place to the incident's placed point, km. */
  distanceKm: number;
  /** `placement` where the source measured the incident's position from this place. */
  reason: 'placement' | 'distance';
}

export interface PlaceConnections {
  /** Sea routes that start, end or call at the place. */
  routes: SeaRouteFeature[];
  /** Rail links that cross at or run through the place. */
  railLinks: RailLinkFeature[];
  /** Incidents placed from the place or within `NEAR_PLACE_RADIUS_KM` of it, by date. */
  incidents: NearIncident[];
}

/** What touches a place: its routes, its rail links and the STS incidents near it. Unfiltered; callers filter. */
export function placeConnections(dataset: Dataset, place: PlaceFeature, radiusKm = NEAR_PLACE_RADIUS_KM): PlaceConnections {
  const routes = dataset.seaRoutes.features.filter((r) => routeTouches(r, place.id));
  const railLinks = dataset.railLinks.features.filter((r) => placeOnRail(place, r));
  const incidents: NearIncident[] = [];
  for (const incident of dataset.stsIncidents.features) {
    const distanceKm = distance(place.geometry.coordinates, incident.geometry.coordinates, { units: 'kilometers' });
    if (incident.properties.placement.fromId === place.id) incidents.push({ incident, distanceKm, reason: 'placement' });
    else if (distanceKm <= radiusKm) incidents.push({ incident, distanceKm, reason: 'distance' });
  }
  incidents.sort((a, b) => a.incident.properties.date.localeCompare(b.incident.properties.date));
  return { routes, railLinks, incidents };
}

export interface RailLinkSummary {
  /** Great-circle length of the drawn line (turf), km; the stated length is among the facts. */
  drawnLengthKm: number;
  /** Places on the line, in line order. */
  places: PlaceFeature[];
  /** Sea routes from or to those places: where the rail's cargo goes on by sea. */
  connectingRoutes: SeaRouteFeature[];
}

/** The places a rail link runs through and the sea routes it feeds, with its drawn length. */
export function railLinkSummary(dataset: Dataset, rail: RailLinkFeature): RailLinkSummary {
  const start = rail.geometry.coordinates[0]!;
  const places = dataset.places.features
    .filter((p) => placeOnRail(p, rail))
    .sort(
      (a, b) =>
        distance(start, a.geometry.coordinates, { units: 'kilometers' }) -
        distance(start, b.geometry.coordinates, { units: 'kilometers' }),
    );
  const ids = new Set(places.map((p) => p.id));
  const connectingRoutes = dataset.seaRoutes.features.filter((r) => [...ids].some((id) => routeTouches(r, id)));
  return { drawnLengthKm: length(rail, { units: 'kilometers' }), places, connectingRoutes };
}

/** True for ports, stations, border crossings, cities and terminals. */
export function isPlace(feature: AnyFeature): feature is PlaceFeature {
  return (PLACE_KINDS as readonly string[]).includes(feature.properties.kind);
}

export function isRailLink(feature: AnyFeature): feature is RailLinkFeature {
  return feature.properties.kind === 'rail-link';
}

export function isSeaRoute(feature: AnyFeature): feature is SeaRouteFeature {
  return feature.properties.kind === 'sea-route';
}

export function isStsZone(feature: AnyFeature): feature is StsZoneFeature {
  return feature.properties.kind === 'sts-zone';
}

export function isStsIncident(feature: AnyFeature): feature is StsIncidentFeature {
  return feature.properties.kind === 'sts-incident';
}

/** The countries a feature ties together, including, for a place, those of the routes and rail links through it. */
function linkedCountries(dataset: Dataset, feature: AnyFeature): Set<string> {
  const countries = new Set<string>();
  if (isPlace(feature)) {
    countries.add(feature.properties.country);
    feature.properties.countries?.forEach((c) => countries.add(c));
    const links = placeConnections(dataset, feature, 0);
    links.routes.forEach((r) => r.properties.countries.forEach((c) => countries.add(c)));
    links.railLinks.forEach((r) => r.properties.countries.forEach((c) => countries.add(c)));
    return countries;
  }
  const p = feature.properties;
  switch (p.kind) {
    case 'flow-anchor':
      countries.add(p.country);
      break;
    case 'sts-zone':
      p.countries.forEach((c) => countries.add(c));
      dataset.stsIncidents.features
        .filter((i) => i.properties.zoneId === feature.id)
        .forEach((i) => i.properties.countries.forEach((c) => countries.add(c)));
      break;
    default:
      p.countries.forEach((c) => countries.add(c));
  }
  return countries;
}

/**
 * The trade series a selected feature belongs to, by the countries it links: a feature tying the DPRK to Russia
 * (a KP–RU route, the Khasan–Rajin line, Rajin port by its routes) → the Russia–DPRK series; to China → the
 * China–DPRK series; both → both. Totals always; commodity lines only for commodities the feature carries.
 * A feature that ties the DPRK to neither gets none.
 */
export function seriesForFeature(dataset: Dataset, feature: AnyFeature): TradeSeries[] {
  const countries = linkedCountries(dataset, feature);
  if (!countries.has('KP')) return [];
  const commodities = new Set<string>(feature.properties.commodities);
  if (feature.properties.kind === 'sea-route' || feature.properties.kind === 'sts-incident') {
    commodities.add(feature.properties.commodity);
  }
  return dataset.trade.series.filter(
    (s) => countries.has(s.partners[0]) && (s.commodity === 'all' || commodities.has(s.commodity)),
  );
}

/** Every source id a feature cites: for itself, its geometry and its facts. */
export function featureSourceIds(feature: AnyFeature): string[] {
  const p = feature.properties;
  return unique([...p.sourceIds, ...p.facts.flatMap((f) => f.sourceIds), ...p.geometrySourceIds]);
}
