import type { ListSkipCounts } from './types';

/** Longest text kept for one field, in characters (OFAC's longest field, Remarks, is 1000). Longer text is cut. */
export const MAX_FIELD_CHARS = 1000;
/** Most values kept for one field of one entry (names, programmes, parties); further values are dropped. */
export const MAX_VALUES_PER_FIELD = 100;
/** Most vessel entries one file may hold; a file with more is refused rather than kept in part. */
export const MAX_ENTRIES = 200_000;
/** Longest JSON line (one entity) read, in characters; a longer one is skipped as `entity-too-large`. */
export const MAX_LINE_CHARS = 1024 * 1024;
/** Longest run of XML text without a tag, in characters; past it the XML is taken as broken. */
export const MAX_XML_TEXT_RUN_CHARS = 1024 * 1024;
/** Bytes read before deciding a file's layout. */
export const LIST_SNIFF_BYTES = 64 * 1024;

/** What each skip reason means, for the user. */
export const LIST_SKIP_REASON_LABELS: Readonly<Record<string, string>> = {
  'no-name': 'vessel without a name',
  'field-truncated': `text longer than ${MAX_FIELD_CHARS} characters, cut`,
  'too-many-values': `more than ${MAX_VALUES_PER_FIELD} values in one field, the rest dropped`,
  'entity-too-large': 'entity line longer than 1 MB',
  'bad-json': 'line that is not JSON',
  'not-an-entity': 'JSON line that is not a FollowTheMoney entity',
  'wrong-field-count': 'row with a different number of columns than its layout',
  'duplicate-entry': 'entry whose id appeared before',
  'unresolved-link': 'owner or operator the file names only by id',
};

/** Adds one to a reason's count. */
export function countSkip(skipped: ListSkipCounts, reason: string, n = 1): void {
  skipped[reason] = (skipped[reason] ?? 0) + n;
}

/**
 * Field text as kept: whitespace runs as one space, control characters dropped, cut to
 * {@link MAX_FIELD_CHARS} with "…" (counted as `field-truncated`). Empty text and OFAC's null "-0-" give undefined.
 */
export function cleanField(text: string | undefined, skipped: ListSkipCounts): string | undefined {
  if (text === undefined) return undefined;
  const s = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (s === '' || s === '-0-') return undefined;
  if (s.length <= MAX_FIELD_CHARS) return s;
  countSkip(skipped, 'field-truncated');
  return s.slice(0, MAX_FIELD_CHARS - 1) + '…';
}

/** Appends `value` unless present or the field is full (counted as `too-many-values`). */
export function pushUnique(values: string[], value: string | undefined, skipped: ListSkipCounts): void {
  if (value === undefined || values.includes(value)) return;
  if (values.length >= MAX_VALUES_PER_FIELD) return countSkip(skipped, 'too-many-values');
  values.push(value);
}

/** A file that cannot be read as its layout: the message is the one sentence the user sees. */
export class ListFormatError extends Error {}
