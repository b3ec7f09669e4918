import { createAisRowSink, type AisRowSink } from '@/geo/analysis/ais';
import { computeAisRedFlags, createAisIdentityCollector, type AisIdentityCollector } from '@/geo/analysis/vessels';
import { throwIfCancelled } from './import-cancelled';
import { layerBase } from './layer-base';
import type { ImportOptions, ImportOutcome, ImportSource } from './import-run-types';
import { runAisDetection } from './run-ais-detection';
import { countSkip, withoutZeros } from './skip-reasons';
import type { UserAisLayer, SkippedByReason } from './types';

/** `skipped` holds what is refused before the sink sees a row; the sink counts its own reasons. */
export interface AisCsvMode {
  kind: 'ais';
  sink: AisRowSink;
  /** Names, call signs and IMO numbers per MMSI over time, for the vessel dossiers and red flags. */
  identities: AisIdentityCollector;
  headerLength: number;
  skipped: SkippedByReason;
  rowsRead: number;
}

export function startAisCsv(header: string[]): AisCsvMode {
  const sink = createAisRowSink();
  sink.setHeaders(header);
  const identities = createAisIdentityCollector();
  identities.setHeaders(header);
  return { kind: 'ais', sink, identities, headerLength: header.length, skipped: {}, rowsRead: 0 };
}

export function feedAisRow(mode: AisCsvMode, fields: string[]): void {
  mode.rowsRead++;
  const extraEmpty = fields.length === mode.headerLength + 1 && fields[fields.length - 1] === '';
  if (fields.length !== mode.headerLength && !extraEmpty) return countSkip(mode.skipped, 'wrong-field-count');
  mode.sink.pushValues(fields);
  mode.identities.pushValues(fields);
}

/** Makes the tracks and runs detection on them, reporting the `detecting` phase first. */
export function finishAisCsv(source: ImportSource, options: ImportOptions, mode: AisCsvMode): ImportOutcome {
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
  const identities = mode.identities.finish().vessels;
  const redFlags = [...computeAisRedFlags({ tracks, identities, zones: options.zones ?? [], ports: options.ports }, { gap: options.detection.gap }).values()].flat();
  const userLayer: UserAisLayer = {
    ...layerBase(source, options),
    kind: 'ais',
    layout: result.layout,
    tracks,
    counts: { vessels: tracks.vessels.length, positions: tracks.positionCount },
    rowsRead: mode.rowsRead,
    skipped,
    timeField: 'timestamp',
    timeExtent: min <= max ? [min, max] : null,
    detection,
    identities,
    redFlags,
  };
  return { status: 'imported', userLayer };
}
