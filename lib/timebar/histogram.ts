import { dateOfDay, dayOfDate, daysInMonth } from '@/data/filter/epoch-day';
import type { DaySpan, TimeRange } from '@/data/filter/time-rule';

/**
 * The timebar's histogram: how many records fall in each calendar month, stacked by category (a commodity for the
 * curated records, an event kind for AIS events, one category for imported points). A record counts in every month
 * its span overlaps (the time rule), so the records a bar counts are exactly those a range of that month selects.
 * Records open at either end run through every month; they are counted apart (`ongoing`), not drawn.
 */

/** A month as one number: `year * 12 + (month - 1)`. */
export type MonthIndex = number;

export function monthIndexOfDay(day: number): MonthIndex {
  const d = dateOfDay(day);
  return d.year * 12 + d.month - 1;
}

/** The first and last day of a month. */
export function monthRange(index: MonthIndex): TimeRange {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return [dayOfDate(year, month, 1), dayOfDate(year, month, daysInMonth(year, month))];
}

/** One record the histogram counts. */
export interface TimedRecord {
  id: string;
  span: DaySpan;
  /** Its stack: a commodity, an AIS event kind, or a name of the user's dataset. */
  category: string;
}

export interface MonthBin {
  month: MonthIndex;
  /** First and last day of the month. */
  range: TimeRange;
  /** Records per category; a category with none is left out. */
  counts: Partial<Record<string, number>>;
  total: number;
  /** The records counted, for highlighting them on the map. Left empty for bulk counts (`addCounts`). */
  ids: string[];
}

export interface MonthHistogram {
  /** Months with at least one record, in order. */
  bins: MonthBin[];
  /** The largest total of any month (0 when empty): the bars' scale. */
  maxTotal: number;
  /** Categories present, in the order given to `binByMonth` (the stacking order). */
  categories: string[];
  /** Records left out because an end of their span is open. */
  ongoing: number;
}

/**
 * Bins records by month. `categoryOrder` sets the stacking order (bottom first); categories not in it come after,
 * in the order they are met. A record spanning more than `maxMonths` months (default 120) counts as ongoing: it
 * would only raise every bar alike.
 */
export function binByMonth(records: Iterable<TimedRecord>, categoryOrder: readonly string[] = [], maxMonths = 120): MonthHistogram {
  const bins = new Map<MonthIndex, MonthBin>();
  const seen = new Set<string>();
  let ongoing = 0;
  for (const record of records) {
    const [start, end] = record.span;
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
      ongoing++;
      continue;
    }
    const first = monthIndexOfDay(start);
    const last = monthIndexOfDay(end);
    if (last - first + 1 > maxMonths) {
      ongoing++;
      continue;
    }
    seen.add(record.category);
    for (let m = first; m <= last; m++) {
      const bin = binFor(bins, m);
      bin.counts[record.category] = (bin.counts[record.category] ?? 0) + 1;
      bin.total++;
      bin.ids.push(record.id);
    }
  }
  return finish(bins, seen, categoryOrder, ongoing);
}

function binFor(bins: Map<MonthIndex, MonthBin>, month: MonthIndex): MonthBin {
  let bin = bins.get(month);
  if (!bin) {
    bin = { month, range: monthRange(month), counts: {}, total: 0, ids: [] };
    bins.set(month, bin);
  }
  return bin;
}

function finish(bins: Map<MonthIndex, MonthBin>, seen: Set<string>, order: readonly string[], ongoing: number): MonthHistogram {
  const sorted = [...bins.values()].sort((a, b) => a.month - b.month);
  const categories = [...order.filter((c) => seen.has(c)), ...[...seen].filter((c) => !order.includes(c))];
  return { bins: sorted, maxTotal: sorted.reduce((max, b) => Math.max(max, b.total), 0), categories, ongoing };
}

/**
 * Counts many timestamped things (imported positions: epoch seconds or ms) by month under one category, without an
 * id each: `ids` stay empty, since a million positions are highlighted by their dataset, not one by one.
 *
 * @param chunks the moments, in one or more arrays (a vessel's track each), in `unitMs` milliseconds (1000 for seconds)
 */
export function countByMonth(histogram: MonthHistogram, category: string, chunks: readonly ArrayLike<number>[], unitMs = 1): MonthHistogram {
  const bins = new Map(histogram.bins.map((b) => [b.month, { ...b, counts: { ...b.counts } }]));
  // Month lookups are by day; consecutive positions mostly share a day, so remember the last one.
  let lastDay = Number.NaN;
  let lastMonth = 0;
  let added = 0;
  for (const times of chunks) {
    for (let i = 0; i < times.length; i++) {
      const day = Math.floor((times[i]! * unitMs) / 86_400_000);
      if (!Number.isFinite(day)) continue;
      if (day !== lastDay) {
        lastDay = day;
        lastMonth = monthIndexOfDay(day);
      }
      const bin = binFor(bins, lastMonth);
      bin.counts[category] = (bin.counts[category] ?? 0) + 1;
      bin.total++;
      added++;
    }
  }
  const seen = new Set(histogram.categories);
  if (added > 0) seen.add(category);
  return finish(bins, seen, histogram.categories, histogram.ongoing);
}

/** The bin of the month `day` is in, if it has records. */
export function binAt(histogram: MonthHistogram, day: number): MonthBin | undefined {
  const month = monthIndexOfDay(day);
  return histogram.bins.find((b) => b.month === month);
}
