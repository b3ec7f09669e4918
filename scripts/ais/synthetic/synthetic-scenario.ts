import type { SyntheticAisOptions } from './synthetic-options';
import type { SyntheticPort } from './synthetic-areas';

/** Where a vessel is at time `t` (epoch ms). */
export interface Keyframe {
  t: number;
  lon: number;
  lat: number;
}

export type SyntheticRole =
  | 'background'
  | 'encounter'
  | 'passing'
  | 'in-port'
  | 'short-approach'
  | 'convoy'
  | 'gap'
  | 'short-gap'
  | 'loiterer'
  | 'port-visit'
  | 'port-passing'
  | 'port-outside';

export interface SyntheticVessel {
  mmsi: string;
  name: string;
  imo: string;
  callsign: string;
  /** NOAA/ITU vessel type code (70 cargo, 80 tanker, ...). */
  vesselType: number;
  lengthM: number;
  widthM: number;
  draftM: number;
  role: SyntheticRole;
  /** Positions at these times; straight lines between them. Reports only between the first and last. */
  keyframes: Keyframe[];
  /** [start, end) epoch ms with no reports. */
  silences: [number, number][];
}

export interface TruthEncounter {
  id: string;
  vessels: [string, string];
  start: number;
  end: number;
  lon: number;
  lat: number;
  area: string;
}

export interface TruthLoitering {
  mmsi: string;
  start: number;
  end: number;
  lon: number;
  lat: number;
  /** False when duration or distance is within a margin of the thresholds: a detector may go either way. */
  certain: boolean;
}

export interface TruthGap {
  mmsi: string;
  /** The planned silence; the detected gap runs from the last report before to the first after. */
  start: number;
  end: number;
}

export interface TruthPortVisit {
  mmsi: string;
  portId: string;
  /** When the noise-free path comes within the entry radius and when it goes beyond the exit radius. */
  start: number;
  end: number;
  /** False when the path or its speed comes within a margin of a threshold: a detector may go either way. */
  certain: boolean;
}

export const DECOY_KINDS = ['passing', 'in-port', 'short-approach', 'convoy', 'short-gap', 'port-passing', 'port-outside'] as const;

export interface TruthDecoy {
  kind: (typeof DECOY_KINDS)[number];
  vessels: string[];
  start: number;
  end: number;
}

export interface SyntheticTruth {
  synthetic: true;
  note: string;
  seed: number;
  startMs: number;
  endMs: number;
  encounters: TruthEncounter[];
  loitering: TruthLoitering[];
  gaps: TruthGap[];
  portVisits: TruthPortVisit[];
  decoys: TruthDecoy[];
  ports: SyntheticPort[];
}

export interface SyntheticScenario {
  options: SyntheticAisOptions;
  vessels: SyntheticVessel[];
  truth: SyntheticTruth;
}

export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;
