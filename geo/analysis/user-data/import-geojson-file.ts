import { importGeoJson } from './geojson-import';
import { importAisOutput } from './import-ais-outputs';
import { layerBase } from './layer-base';
import type { ImportOptions, ImportOutcome, ImportSource } from './import-run-types';
import { progressReporter } from './progress-reporter';
import { streamText } from './stream-text';
import type { UserFeatureLayer } from './types';

/** GeoJSON is parsed whole: the file is read in pieces only to report progress and to check it is UTF-8. */
export async function importGeoJsonFile(source: ImportSource, options: ImportOptions): Promise<ImportOutcome> {
  const report = progressReporter(options, source.blob.size);
  const pieces: string[] = [];
  await streamText(source.blob, options.signal, (text, bytesRead) => {
    pieces.push(text);
    report(bytesRead, 0, {});
  });
  report(source.blob.size, 0, {}, true);
  const text = pieces.join('');
  const output = importAisOutput(text, source, options);
  if (output !== null) return output;
  const result = importGeoJson(text, options.userLayerId);
  if (!result.ok) return { status: 'failed', message: result.message };
  const userLayer: UserFeatureLayer = {
    ...layerBase(source, options),
    kind: 'geojson',
    features: result.features,
    counts: result.counts,
    rowsRead: result.rowsRead,
    skipped: result.skipped,
    timeField: result.timeField,
    timeExtent: result.timeExtent,
  };
  return { status: 'imported', userLayer };
}
