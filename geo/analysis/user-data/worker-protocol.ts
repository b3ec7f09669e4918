import type { AisDetectionParams, ClusterParams, PortPoint, VesselTracks } from '@/geo/analysis/ais';
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
    }
  | { type: 'detect'; tracks: VesselTracks; ports: readonly PortPoint[]; detection: AisDetectionParams; cluster: ClusterParams };

/** Messages from the import worker. */
export type ImportWorkerResponse =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'imported'; outcome: ImportOutcome }
  | { type: 'detected'; detection: AisDetection }
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
