/**
 * Calendar days as numbers: whole days since 1970-01-01 in UTC ("epoch days"). The time filter works in them
 * because a day is the finest step a user picks, two days compare and subtract as integers, and every date from
 * year 1 to 9999 is an integer far below 2^24, which float32 (the GPU filter's type) holds exactly.
 */

/** Whole days since 1970-01-01 (UTC); 0 is 1 Jan 1970, 17532 is 1 Jan 2018. */
export type EpochDay = number;

export const MS_PER_DAY = 86_400_000;

/** The epoch day of a calendar date (month 1–12). A day past the month's end rolls over, as `Date.UTC` does. */
export function dayOfDate(year: number, month: number, day: number): EpochDay {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/**
 * Year, month (1–12) and day of the month of an epoch day. Integer arithmetic (H. Hinnant's `civil_from_days`), not
 * `Date`: the histogram calls it once per imported position, and it is exact for the whole proleptic Gregorian calendar.
 */
export function dateOfDay(day: EpochDay): { year: number; month: number; day: number } {
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** The epoch day a moment (epoch ms, UTC) falls on: 2018-03-31T23:59Z is 31 March. */
export function dayOfMs(ms: number): EpochDay {
  return Math.floor(ms / MS_PER_DAY);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of an epoch day. */
export function isoOfDay(day: EpochDay): string {
  const d = dateOfDay(day);
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** `YYYY-MM-DD` (a real calendar date, years 1–9999) as an epoch day; null for anything else. */
export function parseIsoDay(text: string): EpochDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayOfDate(year, month, day);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 28–31. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The first day of the month `day` is in. */
export function startOfMonth(day: EpochDay): EpochDay {
  const d = dateOfDay(day);
  return dayOfDate(d.year, d.month, 1);
}

/** The first day of the year `day` is in. */
export function startOfYear(day: EpochDay): EpochDay {
  return dayOfDate(dateOfDay(day).year, 1, 1);
}

/**
 * `months` calendar months later (or earlier, when negative), on the same day of the month, or on the month's last
 * day where it is shorter: 31 Jan + 1 month is 28 (or 29) Feb; 29 Feb 2024 + 12 months is 28 Feb 2025.
 */
export function addMonths(day: EpochDay, months: number): EpochDay {
  const d = dateOfDay(day);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayOfDate(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** `addMonths(day, 12 * years)`. */
export function addYears(day: EpochDay, years: number): EpochDay {
  return addMonths(day, 12 * years);
}
