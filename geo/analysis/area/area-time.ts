import type { DatePrecision, Period } from '@/data';

/**
 * The area report's one view of time, in whole UTC days since 1970-01-01 ("epoch days"), both ends inclusive. Kept
 * behind this small adapter so the report follows the dashboard's time rule wherever that rule lives.
 */

/** First and last day of a time range, both included. */
export type DayRange = readonly [fromDay: number, toDay: number];
/** The days a record covers; an open end is ±Infinity. */
export type DaySpan = readonly [startDay: number, endDay: number];

const MS_PER_DAY = 86_400_000;

export function dayOfDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function dayOfMs(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** `YYYY-MM-DD` of an epoch day. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A real `YYYY-MM-DD` date as an epoch day, or null. */
export function parseIsoDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const epochDay = dayOfDate(year, month, day);
  return isoOfDay(epochDay) === text ? epochDay : null;
}

/** The whole years `from`–`to` as days. */
export function yearsDayRange([from, to]: readonly [number, number]): DayRange {
  return [dayOfDate(from, 1, 1), dayOfDate(to, 12, 31)];
}

function precisionOf(iso: string, declared?: DatePrecision): DatePrecision {
  const written: DatePrecision = iso.length >= 10 ? 'day' : iso.length >= 7 ? 'month' : 'year';
  const rank = { day: 0, month: 1, year: 2 } as const;
  return declared && rank[declared] > rank[written] ? declared : written;
}

function firstDay(iso: string, declared?: DatePrecision): number {
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  const p = precisionOf(iso, declared);
  return p === 'year' ? dayOfDate(y, 1, 1) : p === 'month' ? dayOfDate(y, m, 1) : dayOfDate(y, m, d);
}

function lastDay(iso: string, declared?: DatePrecision): number {
  const [y, m = 12, d = 31] = iso.split('-').map(Number) as [number, number?, number?];
  const p = precisionOf(iso, declared);
  if (p === 'year') return dayOfDate(y, 12, 31);
  // Day 0 of the next month is the last day of this one.
  if (p === 'month') return dayOfDate(y, m + 1, 0);
  return dayOfDate(y, m, d);
}

/** What a dated record (an incident, a timeline event) or a record with a period holds. */
export interface DatedRecord {
  date?: string | undefined;
  dateEnd?: string | undefined;
  datePrecision?: DatePrecision | undefined;
  period?: Period | undefined;
}

/** The days a record covers: "October 2017" is 1–31 October; a period's missing end is open. */
export function recordDaySpan(record: DatedRecord): DaySpan {
  if (record.date) return [firstDay(record.date, record.datePrecision), lastDay(record.dateEnd ?? record.date, record.datePrecision)];
  const period = record.period;
  return [
    period?.start ? firstDay(period.start) : Number.NEGATIVE_INFINITY,
    period?.end ? lastDay(period.end) : Number.POSITIVE_INFINITY,
  ];
}

/** The days a stretch of time in epoch ms touches. */
export function msDaySpan(startMs: number, endMs = startMs): DaySpan {
  return [dayOfMs(startMs), dayOfMs(endMs)];
}

/** The rule: a span is in a range when they share a day; `null` is no time filter. */
export function overlapsDays(span: DaySpan, range: DayRange | null): boolean {
  return range === null || (span[0] <= range[1] && span[1] >= range[0]);
}

/** A month as one number, `year * 12 + month - 1`, of an epoch day. */
export function monthOfDay(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** `YYYY-MM` of a month number. */
export function isoOfMonth(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String(month - year * 12 + 1).padStart(2, '0')}`;
}
