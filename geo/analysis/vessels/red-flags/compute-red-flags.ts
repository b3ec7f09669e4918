import { detectGaps } from '../../ais/detect-gaps';
import type { GapParams } from '../../ais/detection-params';
import type { PortPoint } from '../../ais/types';
import type { VesselTracks } from '../../ais/vessel-tracks';
import type { AisVesselIdentity } from '../ais-identity/collect-identities';
import { DEFAULT_ZONE_NEAR_KM, gapsNearZones, type StsZone } from './gaps-near-zones';
import { identityRedFlags, type StatedFlag } from './identity-flags';
import { findImpossibleSpeeds, type ImpossibleSpeedParams } from './impossible-speed';
import type { AisRedFlag } from './types';

export interface AisRedFlagInput {
  tracks: VesselTracks;
  /** From {@link createAisIdentityCollector} over the same file; without it only the track flags are computed. */
  identities?: readonly AisVesselIdentity[];
  /** Flags stated for an MMSI by lists or curated records. */
  statedFlags?: ReadonlyMap<string, readonly StatedFlag[]>;
  /** STS zones (data/features/sts-zones.json features). */
  zones?: readonly StsZone[];
  /** Ports, so that gaps in port are not flagged (the gap detector's own rule). */
  ports?: readonly PortPoint[];
}

export interface AisRedFlagParams {
  speed?: Partial<ImpossibleSpeedParams>;
  gap?: Partial<GapParams>;
  /** How near an STS zone a gap end must be, in km. Default {@link DEFAULT_ZONE_NEAR_KM}. */
  zoneNearKm?: number;
}

/**
 * Every identity red flag of an imported AIS file, by MMSI: identity changes and bad IMO numbers and MID/flag
 * disagreements (from the identities), impossible speeds (from the tracks), and long gaps next to STS zones
 * (the gap detector's gaps, kept when an end lies in or near a zone).
 */
export function computeAisRedFlags(input: AisRedFlagInput, params: AisRedFlagParams = {}): Map<string, AisRedFlag[]> {
  const byMmsi = new Map<string, AisRedFlag[]>();
  const add = (flag: AisRedFlag): void => {
    const list = byMmsi.get(flag.mmsi);
    if (list === undefined) byMmsi.set(flag.mmsi, [flag]);
    else list.push(flag);
  };
  for (const identity of input.identities ?? []) {
    for (const flag of identityRedFlags(identity, input.statedFlags?.get(identity.mmsi) ?? [])) add(flag);
  }
  for (const track of input.tracks.vessels) {
    const speed = findImpossibleSpeeds(track, params.speed);
    if (speed.jumpCount > 0) add({ kind: 'impossible-speed', mmsi: track.mmsi, ...speed });
  }
  if (input.zones !== undefined && input.zones.length > 0) {
    const gaps = detectGaps(input.tracks, input.ports ?? [], params.gap);
    for (const near of gapsNearZones(gaps, input.zones, params.zoneNearKm ?? DEFAULT_ZONE_NEAR_KM)) {
      add({ kind: 'gap-near-sts-zone', mmsi: near.gap.vessel.mmsi, ...near });
    }
  }
  return byMmsi;
}
