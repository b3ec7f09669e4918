/** Why a CSV row could not be used as an AIS position. Counted, never thrown. */
export type SkipReason = 'bad-coordinates' | 'bad-timestamp' | 'bad-mmsi' | 'bad-speed';

export const SKIP_REASONS: readonly SkipReason[] = ['bad-mmsi', 'bad-timestamp', 'bad-coordinates', 'bad-speed'];

/** The two public AIS CSV layouts recognised by header. */
export type AisLayout = 'noaa' | 'dma';

/** One AIS position report, as parsed from a CSV row. */
export interface AisPosition {
  /** Nine-digit Maritime Mobile Service Identity, kept as a string (leading zeros matter). */
  mmsi: string;
  /** UTC time, epoch milliseconds. */
  t: number;
  lon: number;
  lat: number;
  /** Speed over ground; absent when the report says "not available" (102.3) or the cell is empty. */
  sogKnots?: number;
  name?: string;
  /** Seven-digit IMO number without the "IMO" prefix. */
  imo?: string;
}

export type AisRowResult = { ok: true; position: AisPosition } | { ok: false; reason: SkipReason };

/** A port or anchorage used by the "distance from port" thresholds. */
export interface PortPoint {
  id?: string;
  name?: string;
  lon: number;
  lat: number;
}

export interface VesselRef {
  mmsi: string;
  name?: string;
  imo?: string;
}

/** Two vessels slow and close together, away from ports (Global Fishing Watch definition by default). */
export interface EncounterEvent {
  id: string;
  kind: 'encounter';
  vessels: [VesselRef, VesselRef];
  /** Epoch ms of the first and last resampled step of the encounter. */
  start: number;
  end: number;
  durationMinutes: number;
  medianDistanceMeters: number;
  /** Mean position of both vessels over the encounter. */
  lon: number;
  lat: number;
  /** The higher of the two vessels' median speeds: both were at most this slow. */
  medianSpeedKnots: number;
}

/** One vessel slow for a long time far from ports: possibly meeting a vessel that does not broadcast. */
export interface LoiteringEvent {
  id: string;
  kind: 'loitering';
  vessel: VesselRef;
  start: number;
  end: number;
  durationMinutes: number;
  lon: number;
  lat: number;
  medianSpeedKnots: number;
  /** Distance from the mean position to the nearest port point; null when no ports were given. */
  portDistanceKm: number | null;
}

/** A point where a vessel was last or next seen around an AIS gap. */
export interface GapEndpoint {
  t: number;
  lon: number;
  lat: number;
}

/** A vessel silent for a long time: where it went dark and where it reappeared. */
export interface GapEvent {
  id: string;
  kind: 'gap';
  vessel: VesselRef;
  start: number;
  end: number;
  durationMinutes: number;
  /** Where the vessel went dark (same as `off`), so every event has one map position. */
  lon: number;
  lat: number;
  off: GapEndpoint;
  on: GapEndpoint;
  /** Great-circle distance between `off` and `on`. */
  distanceKm: number;
  /** Speed needed to cover `distanceKm` during the gap. */
  impliedSpeedKnots: number;
}

/**
 * A vessel in port (Global Fishing Watch's definition by default): from its first report within 3 km of a port
 * or anchorage point until it is reported beyond 4 km, with a stop or an AIS gap inside.
 */
export interface PortVisitEvent {
  id: string;
  kind: 'port-visit';
  vessel: VesselRef;
  /** Times of the first report inside and the last report before the vessel left (or its last report). */
  start: number;
  end: number;
  durationMinutes: number;
  /** The vessel's report nearest to the port during the visit. */
  lon: number;
  lat: number;
  /** The port point nearest to that report. */
  portId: string | null;
  portName: string | null;
  portDistanceKm: number;
  /** What made it a visit: a report below the stop speed, an AIS gap inside, or both. */
  stopped: boolean;
  silent: boolean;
}

export type AisEvent = EncounterEvent | LoiteringEvent | GapEvent | PortVisitEvent;
export type AisEventKind = AisEvent['kind'];
