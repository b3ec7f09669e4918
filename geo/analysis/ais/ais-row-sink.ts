import { aisColumnIndexes, parseAisRow, parseAisValues, resolveAisColumns, type AisColumnIndexes, type AisColumns } from './parse-ais-row';
import { SKIP_REASONS, type AisLayout, type AisRowResult, type SkipReason } from './types';
import { createVesselTrackBuilder, type VesselTracks } from './vessel-tracks';

export type SkipCounts = Record<SkipReason, number>;

export type AisImportResult =
  | {
      ok: true;
      layout: AisLayout;
      tracks: VesselTracks;
      /** Data rows seen (the header row not counted). */
      rowsRead: number;
      accepted: number;
      skipped: SkipCounts;
    }
  | { ok: false; error: 'not-ais'; headers: string[]; rowsRead: number };

/**
 * Where streamed CSV records go, one at a time, whoever parses them: papaparse `step`/`chunk` callbacks in a
 * Web Worker, or papaparse's Node stream in `scripts/ais/detect.ts`. Give it records as papaparse builds them
 * with `header: true`. Positions go straight into compact per-vessel tracks; no raw text is kept.
 */
export interface AisRowSink {
  /**
   * Declares the header row. Optional: the first record's keys are used otherwise. Returns the layout, or
   * null when the header is not AIS (callers should then abort the parse: every later row is ignored).
   */
  setHeaders(headers: readonly string[]): AisLayout | null;
  push(record: Readonly<Record<string, unknown>>): void;
  pushMany(records: readonly Readonly<Record<string, unknown>>[]): void;
  /**
   * A row of values, for papaparse without `header` (faster: no object a row). The first row is the header
   * unless {@link setHeaders} was called.
   */
  pushValues(values: readonly string[]): void;
  /** null until the header is known, and when it is not AIS. */
  readonly layout: AisLayout | null;
  /** True once a header has been seen and it is not AIS. */
  readonly rejected: boolean;
  readonly rowsRead: number;
  readonly accepted: number;
  /** Live counts, for a progress display. */
  readonly skipped: Readonly<SkipCounts>;
  /**
   * The next rows come from another file: its first row is a header again. Tracks go on across files; a file
   * whose header is not AIS rejects the sink like a first file would.
   */
  startFile(): void;
  /** Packs the tracks. Call once, after the last row. */
  finish(): AisImportResult;
}

export function emptySkipCounts(): SkipCounts {
  const counts = {} as SkipCounts;
  for (const r of SKIP_REASONS) counts[r] = 0;
  return counts;
}

/** Creates an {@link AisRowSink}. */
export function createAisRowSink(): AisRowSink {
  const builder = createVesselTrackBuilder();
  const skipped = emptySkipCounts();
  let columns: AisColumns | null = null;
  let indexes: AisColumnIndexes | null = null;
  let headers: string[] | null = null;
  let rowsRead = 0;
  let accepted = 0;
  let finished = false;

  const setHeaders = (h: readonly string[]): AisLayout | null => {
    headers = [...h];
    columns = resolveAisColumns(h);
    indexes = columns === null ? null : aisColumnIndexes(headers, columns);
    return columns?.layout ?? null;
  };

  const push = (record: Readonly<Record<string, unknown>>): void => {
    if (headers === null) setHeaders(Object.keys(record));
    rowsRead++;
    if (columns === null) return;
    take(parseAisRow(record, columns));
  };

  const take = (result: AisRowResult): void => {
    if (result.ok) {
      builder.add(result.position);
      accepted++;
    } else {
      skipped[result.reason]++;
    }
  };

  return {
    setHeaders,
    push,
    pushMany(records) {
      for (const r of records) push(r);
    },
    pushValues(values) {
      if (headers === null) {
        setHeaders(values);
        return;
      }
      rowsRead++;
      if (indexes !== null) take(parseAisValues(values, indexes));
    },
    startFile() {
      if (headers !== null && columns === null) return;
      headers = null;
      columns = null;
      indexes = null;
    },
    get layout() {
      return columns?.layout ?? null;
    },
    get rejected() {
      return headers !== null && columns === null;
    },
    get rowsRead() {
      return rowsRead;
    },
    get accepted() {
      return accepted;
    },
    get skipped() {
      return skipped;
    },
    finish() {
      if (finished) throw new Error('AisRowSink: finish() called twice');
      finished = true;
      if (columns === null) return { ok: false, error: 'not-ais', headers: headers ?? [], rowsRead };
      return { ok: true, layout: columns.layout, tracks: builder.build(), rowsRead, accepted, skipped: { ...skipped } };
    },
  };
}
