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

/**
 * A layout's streaming parser: the text of the file, piece by piece (decoded by the caller), then `end`.
 * Any method may throw {@link ListFormatError} with the sentence the user sees.
 */
export interface ListChunkParser {
  push(text: string): void;
  end(): ParsedListFile;
  readonly recordsRead: number;
  readonly entriesKept: number;
}
