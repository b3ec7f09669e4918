import type { GapEvent } from '../../ais/types';
import type { IdentityObservation } from '../ais-identity/collect-identities';

/** A position of a track, as the evidence of a flag: its index in the packed track, time and place. */
export interface TrackFix {
  /** Index in the vessel's packed track (sorted by time, one position a second). */
  index: number;
  t: number;
  lon: number;
  lat: number;
}

/** Two consecutive fixes of one MMSI too far apart for the time between them. */
export interface SpeedJump {
  from: TrackFix;
  to: TrackFix;
  distanceKm: number;
  impliedSpeedKnots: number;
}

/**
 * Something in a vessel's AIS that an analyst should look at, with the rows or fixes that show it. Flags are
 * signs, not findings: an identity change may be a legitimate sale, a mismatch a data-entry error.
 */
export type AisRedFlag =
  /** The MMSI reported more than one name, call sign or IMO number (normalised names compared). */
  | { kind: 'identity-changed'; mmsi: string; field: 'name' | 'callSign' | 'imo'; values: IdentityObservation[] }
  /** An IMO number whose check digit is wrong. */
  | { kind: 'bad-imo'; mmsi: string; imo: string; observation: IdentityObservation }
  /** The MMSI's MID names another country than a flag stated for the vessel. */
  | { kind: 'mid-flag-mismatch'; mmsi: string; mid: string; midIso2: string; statedIso2: string; statedBy: string }
  /** A ship MMSI whose MID is allocated to no country. */
  | { kind: 'unallocated-mid'; mmsi: string; mid: string }
  /** Consecutive fixes an impossible speed apart: spoofing, or two ships sharing one MMSI. */
  | { kind: 'impossible-speed'; mmsi: string; jumps: SpeedJump[]; jumpCount: number; maxImpliedSpeedKnots: number }
  /** An AIS gap that starts or ends in or near a ship-to-ship transfer zone. */
  | { kind: 'gap-near-sts-zone'; mmsi: string; gap: GapEvent; zoneId: string; zoneName?: string; distanceKm: number; nearEnd: 'off' | 'on' | 'both' };

export type AisRedFlagKind = AisRedFlag['kind'];
