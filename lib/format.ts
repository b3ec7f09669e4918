import type { DatePrecision, Period } from '@/data';
import { dateOfDay, startOfMonth } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';

// Fixed English formatting (no `Intl` locale lookup) so server and client render the same text and a figure reads
// the same in every briefing, whatever the presenter's system locale.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Groups thousands with commas: 30023 → "30,023", 1234.5 → "1,234.5". */
function groupThousands(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Up to `maxDecimals` decimals, without trailing zeros: 84.80 → "84.8", 2.000 → "2". */
function trimDecimals(value: number, maxDecimals: number): string {
  const fixed = value.toFixed(maxDecimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * A US dollar amount, short: 84_800_000 → "$84.8 M", 2_430_000_000 → "$2.43 bn", 42_740_000 → "$42.74 M",
 * 714_000 → "$714,000". Millions and billions keep up to 3 decimals, so a published figure is never rounded
 * away (5.511 bn stays "$5.511 bn").
 *
 * @param valueUsd whole or fractional US dollars; negative values get a leading minus.
 */
export function formatUsd(valueUsd: number): string {
  if (!Number.isFinite(valueUsd)) return '—';
  const sign = valueUsd < 0 ? '−' : '';
  const abs = Math.abs(valueUsd);
  if (abs >= 1e9) return `${sign}$${trimDecimals(abs / 1e9, 3)} bn`;
  if (abs >= 1e6) return `${sign}$${trimDecimals(abs / 1e6, 3)} M`;
  return `${sign}$${groupThousands(trimDecimals(abs, 2))}`;
}

/** A whole dollar amount in full, for data tables: 84_800_000 → "$84,800,000". */
export function formatUsdExact(valueUsd: number): string {
  if (!Number.isFinite(valueUsd)) return '—';
  return `${valueUsd < 0 ? '−' : ''}$${groupThousands(trimDecimals(Math.abs(valueUsd), 2))}`;
}

/** A count with thousands separators: 30023 → "30,023". Fractions keep up to 2 decimals. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return `${value < 0 ? '−' : ''}${groupThousands(trimDecimals(Math.abs(value), 2))}`;
}

/** Short axis label for a count: 3_780_000 → "3.78 M", 500_000 → "500 k", 950 → "950". */
export function formatCountShort(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (abs >= 1e6) return `${sign}${trimDecimals(abs / 1e6, 2)} M`;
  if (abs >= 1e4) return `${sign}${trimDecimals(abs / 1e3, 1)} k`;
  return `${sign}${formatCount(abs)}`;
}

/**
 * A value that may be a range or a one-sided bound, in words a reader can quote:
 * (20000, 40000) → "20,000–40,000"; (50000, undefined) → "at least 50,000"; (undefined, 3780000) →
 * "up to 3,780,000"; equal ends → the single value; neither → "—".
 *
 * @param format how each end is written (default `formatCount`).
 */
export function formatRange(
  low: number | undefined,
  high: number | undefined,
  format: (value: number) => string = formatCount,
): string {
  if (low !== undefined && high !== undefined) {
    return low === high ? format(low) : `${format(low)}–${format(high)}`;
  }
  if (low !== undefined) return `at least ${format(low)}`;
  if (high !== undefined) return `up to ${format(high)}`;
  return '—';
}

/** The precision an ISO date string is written at: "2018" → year, "2018-02" → month, "2018-02-13" → day. */
export function isoDatePrecision(date: string): DatePrecision {
  if (date.length >= 10) return 'day';
  if (date.length >= 7) return 'month';
  return 'year';
}

/**
 * An ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) at the precision the source gives:
 * ("2018-02-13", "day") → "13 Feb 2018", ("2017-10", "month") → "Oct 2017", ("2019", "year") → "2019".
 * A precision finer than the string holds falls back to what the string holds; a malformed string is returned
 * unchanged.
 *
 * @param precision defaults to the precision the string is written at.
 */
export function formatIsoDate(date: string, precision: DatePrecision = isoDatePrecision(date)): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (precision === 'year' || !monthName) return year!;
  if (precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A dated record's date, or its span where it has an end: "13 Feb 2018", "Aug 2023 – Mar 2024". */
export function formatDateSpan(record: { date: string; dateEnd?: string | undefined; datePrecision?: DatePrecision | undefined }): string {
  const date = formatIsoDate(record.date, record.datePrecision);
  return record.dateEnd ? `${date} – ${formatIsoDate(record.dateEnd, record.datePrecision)}` : date;
}

/** A year range: (2019, 2020) → "2019–2020", (2018, 2018) → "2018". */
export function formatYearRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** Years as runs, in order: [2012, 2013, 2021, 2025] → "2012–2013, 2021 and 2025". */
export function formatYearList(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((x, y) => x - y);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(formatYearRange(sorted[i]!, sorted[j]!));
    i = j + 1;
  }
  return runs.length <= 1 ? (runs[0] ?? '') : `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}`;
}

/**
 * A time range as a reader says it, at the coarsest precision that is exact: whole years "2019–2020" or "2018",
 * whole months "Jan–Mar 2018" or "Sep 2017 – Mar 2018", else days "13 Feb 2018 – 31 Mar 2018" or "13 Feb 2018";
 * null (no time filter) "all years".
 */
export function formatTimeRange(range: TimeRange | null): string {
  if (range === null) return 'all years';
  const [from, to] = range;
  const a = dateOfDay(from);
  const b = dateOfDay(to);
  const wholeMonths = a.day === 1 && startOfMonth(to + 1) === to + 1;
  if (wholeMonths && a.month === 1 && b.month === 12) return formatYearRange(a.year, b.year);
  if (wholeMonths) {
    const first = MONTHS[a.month - 1]!;
    const last = MONTHS[b.month - 1]!;
    if (a.year !== b.year) return `${first} ${a.year} – ${last} ${b.year}`;
    return a.month === b.month ? `${first} ${a.year}` : `${first}–${last} ${a.year}`;
  }
  const day = (d: { year: number; month: number; day: number }) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
  return from === to ? day(a) : `${day(a)} – ${day(b)}`;
}

/**
 * A period with open ends spelled out: {start: "2013-09-22"} → "since 22 Sep 2013", {end: "2018"} → "until 2018",
 * {start: "2017-08", end: "2017-10"} → "Aug 2017 – Oct 2017", {} → "dates not stated".
 */
export function formatPeriod(period: Period): string {
  const { start, end } = period;
  if (start && end) return start === end ? formatIsoDate(start) : `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
  if (start) return `since ${formatIsoDate(start)}`;
  if (end) return `until ${formatIsoDate(end)}`;
  return 'dates not stated';
}

/** A distance or length in kilometres: 52.34 → "52.3 km", 1234 → "1,234 km". */
export function formatKm(valueKm: number): string {
  if (!Number.isFinite(valueKm)) return '—';
  return `${groupThousands(trimDecimals(valueKm, valueKm < 100 ? 1 : 0))} km`;
}

/** The fields of a bibliography entry that a citation needs. */
export interface Citable {
  publisher: string;
  title: string;
  date?: string | undefined;
}

/** A source's short name for tooltips and tables: publisher and year, "Yonhap News Agency, 2020". */
export function formatSourceShort(source: Citable): string {
  return source.date ? `${source.publisher}, ${source.date.slice(0, 4)}` : source.publisher;
}

/** A full one-line citation: "Yonhap News Agency, “Title”, 18 Mar 2020". */
export function formatCitation(source: Citable): string {
  return `${source.publisher}, “${source.title}”${source.date ? `, ${formatIsoDate(source.date)}` : ''}`;
}
