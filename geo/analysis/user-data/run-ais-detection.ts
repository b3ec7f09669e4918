import {
  computeCandidateTransferAreas,
  detectAisEvents,
  type AisDetectionParams,
  type ClusterParams,
  type PortPoint,
  type VesselTracks,
} from '@/geo/analysis/ais';
import type { AisDetection } from './types';

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
