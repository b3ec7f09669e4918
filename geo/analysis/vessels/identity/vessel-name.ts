import { distance } from 'fastest-levenshtein';

/** Type prefixes written before a ship's name that are not part of it ("MV CHON MA SAN", "M/T YUK TUNG"). */
const PREFIXES = new Set(['MV', 'MT', 'MS', 'MY', 'SS', 'FV', 'TS']);
const SLASHED_OR_DOTTED_PREFIX = /^\s*([MSF])\s*[./]\s*([VTSY])\s*\.?\s+/;
/** A numeral written "NO. 2", "NO 2", "NO.2", "No:2", "#2", "№2": only the number is kept. */
const NUMERAL_MARK = /(?:\bNO\b\s*[.:]?|#|№)\s*(?=\d)/g;

/**
 * A ship name in one canonical form for comparison: diacritics dropped, upper case, punctuation as spaces
 * (apostrophes dropped), leading zeros of numbers dropped, "NO. 2" / "NO 2" / "#2" as "2", digits apart from letters ("SAN2" → "SAN 2"), and a
 * leading type prefix removed ("MV", "M/V", "M.V.", "MT", "M/T", ...) when a name follows it. Markup is text.
 */
export function normaliseVesselName(name: string): string {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase();
  s = s.replace(SLASHED_OR_DOTTED_PREFIX, '');
  s = s.replace(NUMERAL_MARK, ' ');
  s = s
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\b0+(?=\d)/g, '');
  const space = s.indexOf(' ');
  if (space > 0 && PREFIXES.has(s.slice(0, space))) s = s.slice(space + 1);
  return s;
}

/** The normalised name without spaces: "CHON MA SAN" and "CHONMASAN" are written both ways. */
export function compactVesselName(name: string): string {
  return normaliseVesselName(name).replace(/ /g, '');
}

/** Sister ships differ only by number ("KUM UN SAN 2", "KUM UN SAN 3"): names with other numbers score at most this. */
export const DIFFERENT_NUMERAL_MAX_SCORE = 0.75;

function numerals(normalised: string): string {
  return normalised
    .split(' ')
    .filter((t) => /^\d+$/.test(t))
    .join(' ');
}

/**
 * How alike two ship names are, from 0 to 1: 1 − Levenshtein distance / longer length, on the compact
 * normalised forms. Names whose numbers differ ("NO. 2" against "NO. 3", or a number against none) score at
 * most {@link DIFFERENT_NUMERAL_MAX_SCORE}: the numbers tell sister ships apart. Empty names score 0.
 */
export function vesselNameScore(a: string, b: string): number {
  const na = normaliseVesselName(a);
  const nb = normaliseVesselName(b);
  return normalisedNameScore(na, nb);
}

/** {@link vesselNameScore} for names already normalised with {@link normaliseVesselName}. */
export function normalisedNameScore(na: string, nb: string): number {
  const ca = na.replace(/ /g, '');
  const cb = nb.replace(/ /g, '');
  const longer = Math.max(ca.length, cb.length);
  if (ca.length === 0 || cb.length === 0) return 0;
  const score = 1 - distance(ca, cb) / longer;
  return numerals(na) === numerals(nb) ? score : Math.min(score, DIFFERENT_NUMERAL_MAX_SCORE);
}
