import { createPointRowSink, type PointRowSink } from './csv-points';
import { detectCoordinateColumns, type CoordinateColumns } from './detect-columns';
import { layerBase } from './layer-base';
import type { ImportOptions, ImportOutcome, ImportSource } from './import-run-types';
import { detectDateField } from './parse-date';
import type { UserFeatureLayer } from './types';

/** Rows shown to the user who picks the coordinate columns. */
const SAMPLE_ROWS = 5;

export interface PointsCsvMode {
  kind: 'points';
  sink: PointRowSink;
  columns: CoordinateColumns;
  dateColumn: string | null;
}

/**
 * Reads a CSV as points: in the columns the user chose, or else the ones the header names. `held` are the
 * first rows, on which the date column is judged and from which the user's sample is taken.
 */
export function startPointsCsv(
  header: string[],
  held: readonly string[][],
  options: ImportOptions,
  delimiter: string,
): PointsCsvMode | ImportOutcome {
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
  const sink = createPointRowSink({ userLayerId: options.userLayerId, headers: header, columns, dateColumn, delimiter });
  return { kind: 'points', sink, columns, dateColumn };
}

export function finishPointsCsv(source: ImportSource, options: ImportOptions, mode: PointsCsvMode): ImportOutcome {
  const result = mode.sink.finish();
  if (result.features.length === 0) {
    return {
      status: 'failed',
      message: `No row of this CSV has usable coordinates in the columns "${mode.columns.lat}" and "${mode.columns.lon}"; nothing was imported.`,
      rowsRead: result.rowsRead,
      skipped: result.skipped,
    };
  }
  const userLayer: UserFeatureLayer = {
    ...layerBase(source, options),
    kind: 'csv',
    features: result.features,
    counts: result.counts,
    rowsRead: result.rowsRead,
    skipped: result.skipped,
    timeField: mode.dateColumn,
    timeExtent: result.timeExtent,
    coordinateColumns: mode.columns,
  };
  return { status: 'imported', userLayer };
}
