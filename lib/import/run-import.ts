import {
  computeCandidateTransferAreas,
  createAisRowSink,
  detectAisEvents,
  resolveAisColumns,
  type AisDetectionParams,
  type AisRowSink,
  type ClusterParams,
  type PortPoint,
  type VesselTracks,
} from '@/geo/analysis/ais';
import { createCsvChunkParser, CsvRowTooLongError, detectCsvDialect, type CsvChunkParser } from './csv-stream';
import { createPointRowSink, type PointRowSink } from './csv-points';
import { detectCoordinateColumns, type CoordinateColumns } from './detect-columns';
import { importGeoJson } from './geojson-import';
import { SNIFF_BYTES } from './import-limits';
import { detectDateField } from './parse-date';
import { countSkip } from './skip-reasons';
import { sniffFile } from './sniff-file';
import type { AisDetection, ImportedAisDataset, ImportedDataset, ImportedFeatureDataset, SkippedByReason } from './types';

/** What an import reads: a `File` (or any `Blob`) and its name. */
export interface ImportSource {
  name: string;
  blob: Blob;
}

export interface ImportProgress {
  phase: 'reading' | 'detecting';
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  skipped: SkippedByReason;
}

export interface ImportOptions {
  datasetId: string;
  /** Coordinate columns the user chose, for a CSV whose header did not name them recognisably. */
  columns?: CoordinateColumns;
  /** Port and anchorage points for the AIS "distance from port" rules. */
  ports: readonly PortPoint[];
  detection: AisDetectionParams;
  cluster: ClusterParams;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Clock, for tests. */
  now?: () => Date;
}

export type ImportOutcome =
  | { status: 'imported'; dataset: ImportedDataset }
  /** A CSV whose coordinate columns could not be recognised: ask the user, then import again with `columns`. */
  | { status: 'needs-columns'; headers: string[]; sample: string[][] }
  /** Nothing was imported; `skipped` says why rows were refused when the file was read but no row was usable. */
  | { status: 'failed'; message: string; rowsRead?: number; skipped?: SkippedByReason };

export class ImportCancelledError extends Error {
  constructor() {
    super('import cancelled');
  }
}

/** Rows held back before deciding how to read a CSV (its date column is judged on them). */
const DECISION_ROWS = 200;
/** Rows shown to the user who picks the coordinate columns. */
const SAMPLE_ROWS = 5;
/** Progress is reported at most this often. */
const PROGRESS_INTERVAL_MS = 100;

function baseName(fileName: string): string {
  const name = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '').trim();
  return name === '' ? 'Imported data' : name.slice(0, 120);
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelledError();
}

/** Runs encounter, loitering and gap detection and clusters the events into candidate transfer areas. */
export function runAisDetection(
  tracks: VesselTracks,
  ports: readonly PortPoint[],
  params: AisDetectionParams,
  cluster: ClusterParams,
  now: () => Date = () => new Date(),
): AisDetection {
  const started = Date.now();
  const { events } = detectAisEvents(tracks, ports, params);
  const areas = computeCandidateTransferAreas(events, cluster);
  return { params, cluster, events, areas, ranAt: now().toISOString(), durationMs: Date.now() - started };
}

/**
 * Imports one file: GeoJSON, a CSV of points, or AIS (NOAA MarineCadastre or Danish Maritime Authority layout,
 * recognised by header), streaming it with bounded memory and reporting progress. Never throws, except
 * {@link ImportCancelledError} when `signal` aborts. A file that cannot be read at all gives `failed` with one
 * sentence for the user, and nothing else: the caller's state is only changed by an `imported` outcome.
 * After an AIS import, detection runs with `options.detection` and `options.cluster`.
 */
export async function runImport(source: ImportSource, options: ImportOptions): Promise<ImportOutcome> {
  const { blob } = source;
  const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
  throwIfCancelled(options.signal);
  const sniffed = sniffFile(source.name, blob.size, head);
  if (!sniffed.ok) return { status: 'failed', message: sniffed.message };
  try {
    return sniffed.kind === 'geojson' ? await importGeoJsonFile(source, options) : await importCsvFile(source, options);
  } catch (error) {
    if (error instanceof ImportCancelledError) throw error;
    if (error instanceof CsvRowTooLongError) {
      return { status: 'failed', message: 'This CSV cannot be read: a row is longer than 1 MB, so a quote is probably never closed.' };
    }
    if (error instanceof TypeError && /decode|encoding|utf/i.test(error.message)) {
      return { status: 'failed', message: 'This is not a UTF-8 text file: it contains bytes that are not UTF-8. Save it as UTF-8 and import it again.' };
    }
    const detail = error instanceof Error ? error.message.slice(0, 160) : String(error);
    return { status: 'failed', message: `The file could not be read (${detail}).` };
  }
}

/** Reads the blob as UTF-8 text in pieces, refusing invalid bytes anywhere; `onText` gets each decoded piece. */
async function streamText(
  blob: Blob,
  options: ImportOptions,
  onText: (text: string, bytesRead: number) => boolean | void,
): Promise<number> {
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytesRead = 0;
  try {
    for (;;) {
      throwIfCancelled(options.signal);
      const { done, value } = await reader.read();
      if (done) break;
      bytesRead += value.byteLength;
      const stop = onText(decoder.decode(value, { stream: true }), bytesRead);
      if (stop === true) return bytesRead;
    }
    const rest = decoder.decode();
    if (rest !== '') onText(rest, bytesRead);
    return bytesRead;
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

function progressReporter(options: ImportOptions, totalBytes: number) {
  let last = 0;
  return (bytesRead: number, rowsRead: number, skipped: SkippedByReason, force = false) => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - last < PROGRESS_INTERVAL_MS)) return;
    last = now;
    options.onProgress({ phase: 'reading', bytesRead, totalBytes, rowsRead, skipped: { ...skipped } });
  };
}

function datasetBase(source: ImportSource, options: ImportOptions) {
  return {
    id: options.datasetId,
    name: baseName(source.name),
    fileName: source.name.slice(0, 255),
    fileBytes: source.blob.size,
    importedAt: (options.now?.() ?? new Date()).toISOString(),
    userProvided: true as const,
  };
}

async function importGeoJsonFile(source: ImportSource, options: ImportOptions): Promise<ImportOutcome> {
  const report = progressReporter(options, source.blob.size);
  const pieces: string[] = [];
  await streamText(source.blob, options, (text, bytesRead) => {
    pieces.push(text);
    report(bytesRead, 0, {});
  });
  report(source.blob.size, 0, {}, true);
  const result = importGeoJson(pieces.join(''), options.datasetId);
  if (!result.ok) return { status: 'failed', message: result.message };
  const dataset: ImportedFeatureDataset = {
    ...datasetBase(source, options),
    kind: 'geojson',
    features: result.features,
    counts: result.counts,
    rowsRead: result.rowsRead,
    skipped: result.skipped,
    timeField: result.timeField,
    timeExtent: result.timeExtent,
  };
  return { status: 'imported', dataset };
}

type CsvMode =
  | { kind: 'ais'; sink: AisRowSink; headerLength: number; skipped: SkippedByReason; rowsRead: number }
  | { kind: 'points'; sink: PointRowSink; columns: CoordinateColumns; dateColumn: string | null };

async function importCsvFile(source: ImportSource, options: ImportOptions): Promise<ImportOutcome> {
  const report = progressReporter(options, source.blob.size);
  let parser: CsvChunkParser | null = null;
  let delimiter = ',';
  let sniffText = '';
  let header: string[] | null = null;
  let mode: CsvMode | null = null;
  let early: ImportOutcome | null = null;
  const held: string[][] = [];

  const liveCounts = (): [number, SkippedByReason] => {
    if (mode === null) return [held.length, {}];
    if (mode.kind === 'points') return [mode.sink.rowsRead, mode.sink.skipped];
    return [mode.rowsRead, { ...mode.skipped, ...withoutZeros(mode.sink.skipped) }];
  };

  const feed = (fields: string[]) => {
    if (mode === null) return;
    if (mode.kind === 'points') return mode.sink.push(fields);
    mode.rowsRead++;
    const extraEmpty = fields.length === mode.headerLength + 1 && fields[fields.length - 1] === '';
    if (fields.length !== mode.headerLength && !extraEmpty) return countSkip(mode.skipped, 'wrong-field-count');
    mode.sink.pushValues(fields);
  };

  const decide = (): void => {
    if (header === null || mode !== null || early !== null) return;
    const outcome = chooseMode(header, held, options, delimiter);
    if ('status' in outcome) {
      early = outcome;
      return;
    }
    mode = outcome;
    for (const row of held) feed(row);
    held.length = 0;
  };

  const onRow = (fields: string[]) => {
    if (early !== null) return;
    if (header === null) {
      header = fields;
      return;
    }
    if (mode === null) {
      held.push(fields);
      if (held.length >= DECISION_ROWS) decide();
      return;
    }
    feed(fields);
  };

  const startParser = (wholeFile: boolean) => {
    const dialect = detectCsvDialect(sniffText.slice(0, 64 * 1024), wholeFile && sniffText.length <= 64 * 1024);
    delimiter = dialect.delimiter;
    parser = createCsvChunkParser(dialect, onRow);
    parser.push(sniffText);
    sniffText = '';
  };

  await streamText(source.blob, options, (text, bytesRead) => {
    if (parser === null) {
      sniffText += text;
      if (sniffText.length < 4096) return;
      startParser(false);
    } else {
      parser.push(text);
    }
    const [rows, skipped] = liveCounts();
    report(bytesRead, rows, skipped);
    return early !== null;
  });
  if (early === null) {
    if (parser === null) startParser(true);
    (parser as CsvChunkParser | null)?.end();
    decide();
  }
  if (early !== null) return early;
  if (header === null) return { status: 'failed', message: 'The file is empty.' };
  // `decide` has run: with no data rows it still picks a mode (or returns early above).
  const finalMode = mode as CsvMode | null;
  if (finalMode === null) return { status: 'failed', message: 'The CSV could not be read.' };
  const [rows, skipped] = liveCounts();
  report(source.blob.size, rows, skipped, true);
  if (rows === 0) return { status: 'failed', message: 'The CSV has a header but no data rows.' };

  if (finalMode.kind === 'points') return finishPoints(source, options, finalMode);
  return finishAis(source, options, finalMode);
}

function withoutZeros(counts: Readonly<Record<string, number>>): SkippedByReason {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

function chooseMode(header: string[], held: readonly string[][], options: ImportOptions, delimiter: string): CsvMode | ImportOutcome {
  const ais = resolveAisColumns(header);
  if (ais !== null && options.columns === undefined) {
    const sink = createAisRowSink();
    sink.setHeaders(header);
    return { kind: 'ais', sink, headerLength: header.length, skipped: {}, rowsRead: 0 };
  }
  let columns = options.columns ?? detectCoordinateColumns(header);
  if (options.columns !== undefined) {
    const { lat, lon } = options.columns;
    if (!header.includes(lat) || !header.includes(lon)) {
      return { status: 'failed', message: `The chosen columns "${lat}" and "${lon}" are not in this file's header.` };
    }
    if (lat === lon) return { status: 'failed', message: 'Latitude and longitude must be two different columns.' };
  }
  if (columns === null) {
    if (header.length < 2) {
      return {
        status: 'failed',
        message: 'This CSV has only one column: expected latitude and longitude columns separated by commas, semicolons, tabs or pipes.',
      };
    }
    return { status: 'needs-columns', headers: [...header], sample: held.slice(0, SAMPLE_ROWS).map((r) => [...r]) };
  }
  columns = { lat: columns.lat, lon: columns.lon };
  const sample = held.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
  const dateColumn = detectDateField(header.filter((h) => h !== columns.lat && h !== columns.lon), sample);
  const sink = createPointRowSink({ datasetId: options.datasetId, headers: header, columns, dateColumn, delimiter });
  return { kind: 'points', sink, columns, dateColumn };
}

function finishPoints(source: ImportSource, options: ImportOptions, mode: Extract<CsvMode, { kind: 'points' }>): ImportOutcome {
  const result = mode.sink.finish();
  if (result.features.length === 0) {
    return {
      status: 'failed',
      message: `No row of this CSV has usable coordinates in the columns "${mode.columns.lat}" and "${mode.columns.lon}"; nothing was imported.`,
      rowsRead: result.rowsRead,
      skipped: result.skipped,
    };
  }
  const dataset: ImportedFeatureDataset = {
    ...datasetBase(source, options),
    kind: 'csv',
    features: result.features,
    counts: result.counts,
    rowsRead: result.rowsRead,
    skipped: result.skipped,
    timeField: mode.dateColumn,
    timeExtent: result.timeExtent,
    coordinateColumns: mode.columns,
  };
  return { status: 'imported', dataset };
}

function finishAis(source: ImportSource, options: ImportOptions, mode: Extract<CsvMode, { kind: 'ais' }>): ImportOutcome {
  const result = mode.sink.finish();
  if (!result.ok) return { status: 'failed', message: 'This CSV is not in a known AIS layout.' };
  const skipped = { ...mode.skipped, ...withoutZeros(result.skipped) };
  if (result.accepted === 0) {
    return {
      status: 'failed',
      message: 'No row of this AIS file could be used (see the reasons); nothing was imported.',
      rowsRead: mode.rowsRead,
      skipped,
    };
  }
  throwIfCancelled(options.signal);
  options.onProgress?.({ phase: 'detecting', bytesRead: source.blob.size, totalBytes: source.blob.size, rowsRead: mode.rowsRead, skipped });
  const tracks = result.tracks;
  let min = Infinity;
  let max = -Infinity;
  for (const v of tracks.vessels) {
    if (v.length === 0) continue;
    min = Math.min(min, v.tSec[0]! * 1000);
    max = Math.max(max, v.tSec[v.length - 1]! * 1000);
  }
  const detection = runAisDetection(tracks, options.ports, options.detection, options.cluster, options.now);
  const dataset: ImportedAisDataset = {
    ...datasetBase(source, options),
    kind: 'ais',
    layout: result.layout,
    tracks,
    counts: { vessels: tracks.vessels.length, positions: tracks.positionCount },
    rowsRead: mode.rowsRead,
    skipped,
    timeField: 'timestamp',
    timeExtent: min <= max ? [min, max] : null,
    detection,
  };
  return { status: 'imported', dataset };
}

