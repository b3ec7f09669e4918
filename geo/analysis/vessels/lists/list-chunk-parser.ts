import type { ListLayout, ListSkipCounts, SanctionsEntry } from './types';

/** A whole list file read: its vessels and what the file says about itself. */
export interface ParsedListEntries {
  kind: 'list';
  listName: string;
  publisher: string;
  publicationDate?: string;
  entries: SanctionsEntry[];
  recordsRead: number;
  skipped: ListSkipCounts;
}

/** A companion file of OFAC's CSV set (alt.csv, add.csv, sdn_comments.csv): values by entry id. */
export interface ParsedListSupplement {
  kind: 'supplement';
  layout: Extract<ListLayout, 'ofac-alt-csv' | 'ofac-add-csv' | 'ofac-comments-csv'>;
  byEntry: Map<string, string[]>;
  recordsRead: number;
  skipped: ListSkipCounts;
}

export type ParsedListFile = ParsedListEntries | ParsedListSupplement;

/** What `end` returns when the parser needs the file read once more from the start. */
export const READ_AGAIN = 'read-again';

/**
 * A layout's streaming parser: the text of the file, piece by piece (decoded by the caller), then `end`.
 * `end` may ask for the file again ({@link READ_AGAIN}): re-reading is how a parser keeps its memory bounded
 * instead of holding what it could not place yet. Any method may throw {@link ListFormatError} with the
 * sentence the user sees.
 */
export interface ListChunkParser {
  push(text: string): void;
  end(): ParsedListFile | typeof READ_AGAIN;
  readonly recordsRead: number;
  readonly entriesKept: number;
}
