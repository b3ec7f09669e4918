import { haversineMeters, KNOT_MPS } from '../../ais/geodesy';
import type { VesselTrack } from '../../ais/vessel-tracks';
import type { SpeedJump, TrackFix } from './types';

export interface ImpossibleSpeedParams {
  /** An implied speed above this between consecutive fixes is impossible for a merchant ship. Default 50 kn. */
  maxSpeedKnots: number;
  /** Jumps shorter than this are ignored: GPS noise over seconds gives absurd speeds over metres. Default 10 km. */
  minDistanceKm: number;
  /** Most jumps kept as evidence per vessel (all are counted). Default 20. */
  maxJumpsKept: number;
}

export const DEFAULT_IMPOSSIBLE_SPEED_PARAMS: ImpossibleSpeedParams = { maxSpeedKnots: 50, minDistanceKm: 10, maxJumpsKept: 20 };

function fix(track: VesselTrack, i: number): TrackFix {
  return { index: i, t: track.tSec[i]! * 1000, lon: track.lonE6[i]! / 1e6, lat: track.latE6[i]! / 1e6 };
}

/**
 * Consecutive fixes of one track whose implied speed (great-circle distance / time between them) exceeds
 * `maxSpeedKnots` while they are more than `minDistanceKm` apart. Two ships sharing an MMSI, or a spoofed
 * position, show as a run of such jumps back and forth. Reports in the same second were already merged by the
 * track builder (one position a second), so two places at the very same second are not seen here.
 */
export function findImpossibleSpeeds(
  track: VesselTrack,
  params: Partial<ImpossibleSpeedParams> = {},
): { jumps: SpeedJump[]; jumpCount: number; maxImpliedSpeedKnots: number } {
  const p = { ...DEFAULT_IMPOSSIBLE_SPEED_PARAMS, ...params };
  if (!(p.maxSpeedKnots > 0) || !(p.minDistanceKm >= 0) || !(p.maxJumpsKept >= 0)) {
    throw new Error('impossible-speed params: maxSpeedKnots must be > 0, minDistanceKm and maxJumpsKept >= 0');
  }
  const jumps: SpeedJump[] = [];
  let jumpCount = 0;
  let maxImpliedSpeedKnots = 0;
  for (let i = 0; i + 1 < track.length; i++) {
    const dtSec = track.tSec[i + 1]! - track.tSec[i]!;
    if (dtSec <= 0) continue;
    const meters = haversineMeters(track.lonE6[i]! / 1e6, track.latE6[i]! / 1e6, track.lonE6[i + 1]! / 1e6, track.latE6[i + 1]! / 1e6);
    if (meters <= p.minDistanceKm * 1000) continue;
    const knots = meters / dtSec / KNOT_MPS;
    if (knots <= p.maxSpeedKnots) continue;
    jumpCount++;
    maxImpliedSpeedKnots = Math.max(maxImpliedSpeedKnots, knots);
    if (jumps.length < p.maxJumpsKept) jumps.push({ from: fix(track, i), to: fix(track, i + 1), distanceKm: meters / 1000, impliedSpeedKnots: knots });
  }
  return { jumps, jumpCount, maxImpliedSpeedKnots };
}
