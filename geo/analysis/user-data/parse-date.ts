import { dateFieldCandidates } from './detect-columns';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const DMY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const YEAR = /^(\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC rolls 31 April into May; a real date keeps its day.
  return new Date(t).getUTCDate() === d ? t : null;
}

function offsetMs(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/**
 * Reads a date as UTC epoch milliseconds, or null. Accepts ISO 8601 (`2024-03-01`, `2024-03-01T12:30:00Z`,
 * `2024-03-01 12:30`, with an offset), `dd/mm/yyyy [hh:mm[:ss]]` and `dd.mm.yyyy` (day first: the European and
 * AIS convention; a US month-first date whose day is over 12 is refused rather than guessed), `yyyy-mm` and a
 * bare year `yyyy` (1 January). A time without a zone is taken as UTC. Years 1900–2100 only.
 */
export function parseDate(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2100 ? utc(value, 1, 1) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length < 4 || text.length > 40) return null;
  let m = ISO.exec(text);
  if (m) {
    const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    const t = utc(+m[1]!, +m[2]!, +m[3]!, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0, ms);
    return t === null ? null : t - offsetMs(m[8]);
  }
  m = DMY.exec(text);
  if (m) return utc(+m[3]!, +m[2]!, +m[1]!, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
  m = YEAR_MONTH.exec(text);
  if (m) return utc(+m[1]!, +m[2]!, 1);
  m = YEAR.exec(text);
  if (m) return utc(+m[1]!, 1, 1);
  return null;
}

/** Share of non-empty sampled values that must read as dates for a field to count as the date field. */
const MIN_DATE_SHARE = 0.8;

/**
 * Picks the field that gives each record its time: the first candidate by name (see `dateFieldCandidates`) whose
 * non-empty values in `sample` are at least 80 % readable dates. Null when there is none.
 */
export function detectDateField(fields: readonly string[], sample: readonly Readonly<Record<string, unknown>>[]): string | null {
  for (const field of dateFieldCandidates(fields)) {
    let present = 0;
    let dates = 0;
    for (const record of sample) {
      const v = record[field];
      if (v === undefined || v === null || v === '') continue;
      present++;
      if (parseDate(v) !== null) dates++;
    }
    if (present > 0 && dates / present >= MIN_DATE_SHARE) return field;
  }
  return null;
}
