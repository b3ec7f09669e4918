import { CsvRowTooLongError } from './csv-stream';
import { ImportCancelledError, throwIfCancelled } from './import-cancelled';
import { importCsvFile } from './import-csv-file';
import { importGeoJsonFile } from './import-geojson-file';
import { SNIFF_BYTES } from './import-limits';
import type { ImportOptions, ImportOutcome, ImportSource } from './import-run-types';
import { sniffFile } from './sniff-file';

export { ImportCancelledError } from './import-cancelled';
export type { ImportOptions, ImportOutcome, ImportProgress, ImportSource } from './import-run-types';
export { runAisDetection } from './run-ais-detection';

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
