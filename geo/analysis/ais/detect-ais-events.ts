import { DEFAULT_AIS_DETECTION_PARAMS, type AisDetectionParams } from './detection-params';
import { detectEncounters } from './detect-encounters';
import { detectGaps } from './detect-gaps';
import { detectLoitering } from './detect-loitering';
import { detectPortVisits } from './detect-port-visits';
import type { AisEvent, EncounterEvent, GapEvent, LoiteringEvent, PortPoint, PortVisitEvent } from './types';
import type { VesselTracks } from './vessel-tracks';

export interface AisDetectionResult {
  encounters: EncounterEvent[];
  loitering: LoiteringEvent[];
  gaps: GapEvent[];
  portVisits: PortVisitEvent[];
  /** All events, sorted by start time then id. */
  events: AisEvent[];
}

/** Overrides for some thresholds of some detectors; the rest keep their defaults. */
export type AisDetectionOverrides = { [G in keyof AisDetectionParams]?: Partial<AisDetectionParams[G]> };

/** Merges overrides into {@link DEFAULT_AIS_DETECTION_PARAMS}. */
export function resolveAisDetectionParams(overrides: AisDetectionOverrides = {}): AisDetectionParams {
  const d = DEFAULT_AIS_DETECTION_PARAMS;
  return {
    encounter: { ...d.encounter, ...overrides.encounter },
    loitering: { ...d.loitering, ...overrides.loitering },
    gap: { ...d.gap, ...overrides.gap },
    portVisit: { ...d.portVisit, ...overrides.portVisit },
    density: { ...d.density, ...overrides.density },
  };
}

/** Events sorted by start time, then id: the order every engine and export uses. */
export function sortEvents<E extends AisEvent>(events: E[]): E[] {
  return events.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Runs encounter, loitering, gap and port visit detection over the same tracks and port points. */
export function detectAisEvents(
  tracks: VesselTracks,
  ports: readonly PortPoint[],
  overrides: AisDetectionOverrides = {},
): AisDetectionResult {
  const p = resolveAisDetectionParams(overrides);
  const encounters = detectEncounters(tracks, ports, p.encounter);
  const loitering = detectLoitering(tracks, ports, p.loitering);
  const gaps = detectGaps(tracks, ports, p.gap);
  const portVisits = detectPortVisits(tracks, ports, p.portVisit);
  const events = sortEvents<AisEvent>([...encounters, ...loitering, ...gaps, ...portVisits]);
  return { encounters, loitering, gaps, portVisits, events };
}
