import type { AisDetectionParams, ClusterParams, PortPoint, VesselTracks } from '@/geo/analysis/ais';
import type { ListParseOutcome, ListParseProgress, StsZone } from '@/geo/analysis/vessels';
import type { CoordinateColumns } from './detect-columns';
import type { ImportOutcome, ImportProgress } from './run-import';
import type { AisDetection } from './types';

/** Messages to the import worker. One job per worker: cancelling terminates it. */
export type ImportWorkerRequest =
  | {
      type: 'import';
      file: File;
      userLayerId: string;
      columns?: CoordinateColumns;
      ports: readonly PortPoint[];
      detection: AisDetectionParams;
      cluster: ClusterParams;
      /** STS zones for the AIS red flags (gaps near a zone). */
      zones?: readonly StsZone[];
    }
  /** Sanctions list files read together as lists (a file of 'import' that is a list is read the same way). */
  | { type: 'lists'; files: File[] }
  | { type: 'detect'; tracks: VesselTracks; ports: readonly PortPoint[]; detection: AisDetectionParams; cluster: ClusterParams };

/** Messages from the import worker. */
export type ImportWorkerResponse =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'imported'; outcome: ImportOutcome }
  | { type: 'detected'; detection: AisDetection }
  | { type: 'list-progress'; progress: ListParseProgress }
  | { type: 'lists'; outcome: ListParseOutcome }
  | { type: 'error'; message: string };

/** The buffers of packed tracks, to transfer instead of copying (a worker that is about to end gives them away). */
export function trackBuffers(tracks: VesselTracks): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const v of tracks.vessels) {
    for (const array of [v.tSec, v.lonE6, v.latE6, v.sogDeciKnots]) {
      if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
    }
  }
  return [...buffers];
}
