import { DEFAULT_AIS_DETECTION_PARAMS, type AisDetectionParams } from './detection-params';
import { detectEncounters } from './detect-encounters';
import { detectGaps } from './detect-gaps';
import { detectLoitering } from './detect-loitering';
import type { AisEvent, EncounterEvent, GapEvent, LoiteringEvent, PortPoint } from './types';
import type { VesselTracks } from './vessel-tracks';

export interface AisDetectionResult {
  encounters: EncounterEvent[];
  loitering: LoiteringEvent[];
  gaps: GapEvent[];
  /** All events, sorted by start time then id. */
  events: AisEvent[];
}

/** Overrides for some thresholds of some detectors; the rest keep their defaults. */
export interface AisDetectionOverrides {
  encounter?: Partial<AisDetectionParams['encounter']>;
  loitering?: Partial<AisDetectionParams['loitering']>;
  gap?: Partial<AisDetectionParams['gap']>;
}

/** Merges overrides into {@link DEFAULT_AIS_DETECTION_PARAMS}. */
export function resolveAisDetectionParams(overrides: AisDetectionOverrides = {}): AisDetectionParams {
  return {
    encounter: { ...DEFAULT_AIS_DETECTION_PARAMS.encounter, ...overrides.encounter },
    loitering: { ...DEFAULT_AIS_DETECTION_PARAMS.loitering, ...overrides.loitering },
    gap: { ...DEFAULT_AIS_DETECTION_PARAMS.gap, ...overrides.gap },
  };
}

/** Runs encounter, loitering and gap detection over the same tracks and port points. */
export function detectAisEvents(
  tracks: VesselTracks,
  ports: readonly PortPoint[],
  overrides: AisDetectionOverrides = {},
): AisDetectionResult {
  const p = resolveAisDetectionParams(overrides);
  const encounters = detectEncounters(tracks, ports, p.encounter);
  const loitering = detectLoitering(tracks, ports, p.loitering);
  const gaps = detectGaps(tracks, ports, p.gap);
  const events: AisEvent[] = [...encounters, ...loitering, ...gaps].sort(
    (a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { encounters, loitering, gaps, events };
}
