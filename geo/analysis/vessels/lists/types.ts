/** The published list layouts read from a file's first bytes. */
export type ListLayout =
  | 'ofac-sdn-xml'
  | 'ofac-sdn-csv'
  | 'ofac-alt-csv'
  | 'ofac-add-csv'
  | 'ofac-comments-csv'
  | 'opensanctions-ftm';

/** An owner, operator or other entity a list links to a vessel. */
export interface ListParty {
  role: 'owner' | 'operator' | 'linked';
  /** Absent when the list names the entity only by an id the file does not resolve. */
  name?: string;
  /** The list's own id for the entity (OpenSanctions), when it has one. */
  id?: string;
  /** FollowTheMoney schema of the entity (Company, Person, ...), when known. */
  schema?: string;
  /** Free text the list adds: an ownership type, a link role. */
  note?: string;
}

/** One designation as a list states it (OpenSanctions `Sanction` entities). */
export interface ListDesignation {
  authority?: string;
  programme?: string;
  startDate?: string;
}

/** One vessel named by a sanctions list, with what the list says about it and nothing more. */
export interface SanctionsEntry {
  listName: string;
  publisher: string;
  publicationDate?: string;
  /** The list's own id for the entry (OFAC `uid` / `ent_num`, OpenSanctions entity id). */
  entryId: string;
  /** Primary name first, then aliases and former names, as written (markup stays text). */
  names: string[];
  /** Seven digits with a valid check digit: used for exact matching. */
  imo?: string;
  /** An IMO number the list states whose check digit is wrong: shown, never matched on. */
  invalidImo?: string;
  /** Nine digits. */
  mmsi?: string;
  callSign?: string;
  /** The flag as the list writes it. */
  flag?: string;
  /** ISO 3166-1 alpha-2 code of `flag`, when it names a country we know. */
  flagIso2?: string;
  /** Former or other flags the list states, as written. */
  otherFlags?: string[];
  vesselType?: string;
  programmes: string[];
  designations?: ListDesignation[];
  parties: ListParty[];
  remarks?: string;
  /** OpenSanctions: the entity's topics and source datasets, and when it first and last saw it. */
  topics?: string[];
  datasets?: string[];
  firstSeen?: string;
  lastSeen?: string;
}

/** Counts of records left out or cut, by reason (see {@link LIST_SKIP_REASON_LABELS}). */
export type ListSkipCounts = Record<string, number>;

/** One loaded list: the vessels it names and where it came from. */
export interface SanctionsList {
  listName: string;
  publisher: string;
  /** ISO date (YYYY-MM-DD) the file states it was published, when it states one. */
  publicationDate?: string;
  layouts: ListLayout[];
  fileNames: string[];
  entries: SanctionsEntry[];
  /** Records of any kind read (entries, lines, rows). */
  recordsRead: number;
  skipped: ListSkipCounts;
}

export interface ListParseProgress {
  fileName: string;
  /** 1, or 2 and 3 when a file is read again to find links it could not keep in memory the first time. */
  pass: number;
  bytesRead: number;
  totalBytes: number;
  recordsRead: number;
  entriesKept: number;
}

export type ListParseOutcome =
  | { ok: true; lists: SanctionsList[] }
  /** Nothing was loaded: one sentence for the user. */
  | { ok: false; message: string; cancelled?: true };

/** A file to read: a browser `File` (`{ name, size, open: () => file.stream() }`) or a Node read stream. */
export interface ListSource {
  name: string;
  size: number;
  open(): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
}

export interface ListParseOptions {
  onProgress?: (progress: ListParseProgress) => void;
  signal?: AbortSignal;
}
