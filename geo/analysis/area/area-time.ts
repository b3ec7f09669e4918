import { dateOfDay } from '@/data/filter/epoch-day';
import { yearsRange, type TimeRange } from '@/data/filter/time-rule';

/**
 * The area report's view of time: the dashboard's one time rule (data/filter/time-rule.ts), in whole UTC days since
 * 1970-01-01, both ends included, under the names the report uses, plus the months its histogram bins by.
 */
export { dayOfDate, isoOfDay, parseIsoDay } from '@/data/filter/epoch-day';
export {
  msSpan as msDaySpan,
  overlaps as overlapsDays,
  recordSpan as recordDaySpan,
  type DaySpan,
  type TimeRange as DayRange,
} from '@/data/filter/time-rule';

/** The whole years `from`–`to` as days. */
export function yearsDayRange([from, to]: readonly [number, number]): TimeRange {
  return yearsRange(from, to);
}

/** A month as one number, `year * 12 + month - 1`, of an epoch day. */
export function monthOfDay(day: number): number {
  const { year, month } = dateOfDay(day);
  return year * 12 + month - 1;
}

/** `YYYY-MM` of a month number. */
export function isoOfMonth(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String(month - year * 12 + 1).padStart(2, '0')}`;
}
