import { computeDatasetSpan } from '../dataset-span';
import type { AnyFeature, Dataset } from '../dataset-types';
import type { DatePrecision, Period } from '../schema/common';
import { MS_PER_DAY, dateOfDay, dayOfDate, dayOfMs, daysInMonth, parseIsoDay, type EpochDay } from './epoch-day';

/**
 * The one time rule of Route Atlas: a record is in the selected time range when its span of days overlaps it.
 * The map (on the GPU, through `gpuSpanValue` and `gpuSpanFilterRange`), the feature list, the counts, the charts
 * and the user's imported data all judge time with this module and nothing else.
 *
 * Everything is in whole UTC days (`EpochDay`), both ends inclusive: a report dated "October 2017" spans
 * 1–31 October 2017, "2018" spans the whole year, and an AIS event at 23:59 on 31 March is on 31 March.
 */

export type { EpochDay } from './epoch-day';

/**
 * The selected time range: first and last day, both included (`from ≤ to`). Day numbers rather than date strings,
 * because the range is stepped, dragged and compared on every frame; the link writes it as `YYYY-MM-DD`.
 */
export type TimeRange = readonly [fromDay: EpochDay, toDay: EpochDay];

/** The days a record covers, both included; an open end is `-Infinity` or `Infinity`. */
export type DaySpan = readonly [startDay: number, endDay: number];

/** A span open on both ends: a record the sources give no dates for, always in range. */
export const OPEN_SPAN: DaySpan = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** How precise an ISO date string is: `YYYY` year, `YYYY-MM` month, `YYYY-MM-DD` day. */
export function precisionOf(isoDate: string): DatePrecision {
  return isoDate.length >= 10 ? 'day' : isoDate.length >= 7 ? 'month' : 'year';
}

/** The coarser of what the string holds and what the record declares: "2017-09-05" declared "month" is September. */
function effectivePrecision(isoDate: string, declared: DatePrecision | undefined): DatePrecision {
  const written = precisionOf(isoDate);
  return declared && PRECISION_RANK[declared] > PRECISION_RANK[written] ? declared : written;
}

function dateParts(isoDate: string): [year: number, month: number, day: number] {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [year ?? Number.NaN, month ?? 1, day ?? 1];
}

/** The first day an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) covers at its precision. */
export function firstDayOf(isoDate: string, precision?: DatePrecision): EpochDay {
  const [year, month, day] = dateParts(isoDate);
  const p = effectivePrecision(isoDate, precision);
  if (p === 'year') return dayOfDate(year, 1, 1);
  if (p === 'month') return dayOfDate(year, month, 1);
  return dayOfDate(year, month, day);
}

/** The last day an ISO date covers at its precision: "2024-02" → 29 Feb 2024, "2019" → 31 Dec 2019. */
export function lastDayOf(isoDate: string, precision?: DatePrecision): EpochDay {
  const [year, month, day] = dateParts(isoDate);
  const p = effectivePrecision(isoDate, precision);
  if (p === 'year') return dayOfDate(year, 12, 31);
  if (p === 'month') return dayOfDate(year, month, daysInMonth(year, month));
  return dayOfDate(year, month, day);
}

/**
 * The span of a dated record: from the first day of `date` to the last day of `dateEnd` (or of `date` when there is
 * no end), each at the record's precision.
 */
export function dateSpan(date: string, dateEnd?: string, precision?: DatePrecision): DaySpan {
  return [firstDayOf(date, precision), lastDayOf(dateEnd ?? date, precision)];
}

/**
 * Spans already worked out, per record (or period) object. Every filter change asks again for the span of every
 * curated record (map, list, charts); records never change, and parsing their dates each time was most of what a
 * change spent in this module.
 */
const spanOfRecord = new WeakMap<DatedRecord, DaySpan>();
const spanOfPeriod = new WeakMap<Period, DaySpan>();

/** The span of a period; a missing end is open on that side. Kept per period object, as records' spans are. */
export function periodSpan(period: Period): DaySpan {
  let span = spanOfPeriod.get(period);
  if (span === undefined) {
    span = [period.start ? firstDayOf(period.start) : Number.NEGATIVE_INFINITY, period.end ? lastDayOf(period.end) : Number.POSITIVE_INFINITY];
    spanOfPeriod.set(period, span);
  }
  return span;
}

/** What a record with a date (an incident, a timeline event) or only a period (every other feature) spans. */
export interface DatedRecord {
  date?: string | undefined;
  dateEnd?: string | undefined;
  datePrecision?: DatePrecision | undefined;
  period?: Period | undefined;
}


/** The span of a record: its date (with `dateEnd` and `datePrecision`) where it has one, else its period. */
export function recordSpan(record: DatedRecord): DaySpan {
  let span = spanOfRecord.get(record);
  if (span === undefined) {
    span = record.date ? dateSpan(record.date, record.dateEnd, record.datePrecision) : record.period ? periodSpan(record.period) : OPEN_SPAN;
    spanOfRecord.set(record, span);
  }
  return span;
}

/** The span of a map feature: an incident by its date, anything else by its period. */
export function featureSpan(feature: AnyFeature): DaySpan {
  return recordSpan(feature.properties);
}

/** The days of one calendar year: the span of an annual figure. */
export function yearSpan(year: number): DaySpan {
  return [dayOfDate(year, 1, 1), dayOfDate(year, 12, 31)];
}

/** The days a stretch of time (epoch ms, e.g. an AIS event's start and end) touches. */
export function msSpan(startMs: number, endMs: number = startMs): DaySpan {
  return [dayOfMs(startMs), dayOfMs(endMs)];
}

/**
 * THE rule: a span is in the range when they share at least one day. `null` is "no time filter": everything is in.
 */
export function overlaps(span: DaySpan, range: TimeRange | null): boolean {
  return range === null || (span[0] <= range[1] && span[1] >= range[0]);
}

/**
 * Whether a record with one moment (epoch ms; an imported row's time) is in the range. A record without a time is in
 * only while there is no time filter: it cannot be placed in any range.
 */
export function momentInRange(ms: number | null, range: TimeRange | null): boolean {
  return range === null || (ms !== null && overlaps(msSpan(ms), range));
}

/** The range as epoch ms, from the first millisecond of its first day to the last of its last (null stays null). */
export function rangeMs(range: TimeRange | null): readonly [fromMs: number, toMs: number] | null {
  return range === null ? null : [range[0] * MS_PER_DAY, (range[1] + 1) * MS_PER_DAY - 1];
}

/** Whether two ranges are the same days (null, no range, equals only null). */
export function sameRange(a: TimeRange | null, b: TimeRange | null): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

/** The range of whole years `from`–`to`: 1 January of the first to 31 December of the last. */
export function yearsRange(from: number, to: number): TimeRange {
  return [dayOfDate(from, 1, 1), dayOfDate(to, 12, 31)];
}

/** The calendar years a range touches, first and last: annual figures of these years overlap it. */
export function rangeYears(range: TimeRange): [fromYear: number, toYear: number] {
  return [dateOfDay(range[0]).year, dateOfDay(range[1]).year];
}

/** Whether an annual figure (a calendar year) overlaps the range: the one rule, for a figure dated to a year. */
export function yearOverlaps(year: number, range: TimeRange | null): boolean {
  return overlaps(yearSpan(year), range);
}

/** A range from two `YYYY-MM-DD` strings, or null when either is not a real date or they are in the wrong order. */
export function parseTimeRange(from: string, to: string): TimeRange | null {
  const a = parseIsoDay(from);
  const b = parseIsoDay(to);
  return a !== null && b !== null && a <= b ? [a, b] : null;
}

/**
 * The days the dataset's dated records span (`computeDatasetSpan`: events, incidents, routes, zones, figures), from the
 * first day of the earliest date to the last day of the latest: the bounds of the time controls. Null without dates.
 */
export function datasetTimeBounds(dataset: Dataset): TimeRange | null {
  const span = computeDatasetSpan(dataset);
  return span ? [firstDayOf(span.first), lastDayOf(span.last)] : null;
}

/** The smallest span holding all of `spans`' finite ends; null when none has one. */
export function spanHull(spans: Iterable<DaySpan>): TimeRange | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const [start, end] of spans) {
    for (const day of [start, end]) {
      if (!Number.isFinite(day)) continue;
      if (day < min) min = day;
      if (day > max) max = day;
    }
  }
  return min <= max ? [min, max] : null;
}

// ------------------------------------------------------------------------------------------------- on the GPU

/**
 * Open ends on the GPU: float32 holds integers exactly up to 2^24, so ±2^23 stand for "never began / never ended"
 * and the open filter bounds ±2^24 lie beyond them. Real dates (years 1–9999) are within ±2.95 M days.
 */
export const GPU_OPEN_START = -(2 ** 23);
export const GPU_OPEN_END = 2 ** 23;
const GPU_BEYOND = 2 ** 24;

/**
 * A record's filter value for deck.gl's `DataFilterExtension({ filterSize: 2 })`: its first and last day, open ends
 * as ±2^23.
 */
export function gpuSpanValue(span: DaySpan): [startDay: number, endDay: number] {
  return [Math.max(span[0], GPU_OPEN_START), Math.min(span[1], GPU_OPEN_END)];
}

/**
 * A filter value that no range lets through but "no filter" does: for a record without a time (an imported row with
 * no date), shown only while there is no time filter.
 */
export const GPU_UNDATED_VALUE: [number, number] = [GPU_OPEN_END, GPU_OPEN_START];

/** The GPU filter value of a record with one moment (epoch ms), or none: `momentInRange` on the GPU. */
export function gpuMomentValue(ms: number | null): [number, number] {
  return ms === null ? GPU_UNDATED_VALUE : gpuSpanValue(msSpan(ms));
}

/**
 * The `filterRange` that applies `overlaps` on the GPU to values from `gpuSpanValue`: a span overlaps [from, to]
 * when its start is ≤ to and its end is ≥ from, which are two independent range tests, one per filter channel.
 */
export function gpuSpanFilterRange(range: TimeRange | null): [[number, number], [number, number]] {
  if (range === null) {
    return [
      [-GPU_BEYOND, GPU_BEYOND],
      [-GPU_BEYOND, GPU_BEYOND],
    ];
  }
  return [
    [-GPU_BEYOND, range[1]],
    [range[0], GPU_BEYOND],
  ];
}
