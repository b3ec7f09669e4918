import { isoOfDay } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import { formatIsoDate } from '@/lib/format';

/** An epoch day in words: "13 Feb 2018". */
export function formatDay(day: number): string {
  return formatIsoDate(isoOfDay(day), 'day');
}

/** A range in words: "1 Jan 2018 – 31 Mar 2018", or one day. */
export function formatDayRange(range: TimeRange): string {
  return range[0] === range[1] ? formatDay(range[0]) : `${formatDay(range[0])} – ${formatDay(range[1])}`;
}

// One formatter for every call: toLocaleString builds a new one each time, and a drag formats the length every frame.
const DAY_COUNT = new Intl.NumberFormat('en-US');

/** How long a range is: "1 day", "90 days". */
export function formatRangeLength(range: TimeRange): string {
  const days = range[1] - range[0] + 1;
  return `${DAY_COUNT.format(days)} ${days === 1 ? 'day' : 'days'}`;
}
