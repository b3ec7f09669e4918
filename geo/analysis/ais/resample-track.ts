import { haversineMeters, KNOT_MPS, lerpLongitude } from './geodesy';
import { SOG_MISSING, type VesselTrack } from './vessel-tracks';

/** How tracks are put on a common time grid before they are compared. */
export interface ResampleParams {
  /** Grid step; steps are aligned to multiples of it since the epoch so all vessels share them. */
  resampleMinutes: number;
  /** No position is interpolated between two reports further apart than this. */
  maxGapMinutes: number;
}

/** One resampled position. `speedKnots` is NaN when it cannot be known (a lone report without speed). */
export interface TrackSample {
  lon: number;
  lat: number;
  speedKnots: number;
}

export function newTrackSample(): TrackSample {
  return { lon: NaN, lat: NaN, speedKnots: NaN };
}

/**
 * Walks one track forward in time and gives its position at grid times, interpolating linearly between the
 * two reports around each time. Times asked for must not decrease, so a whole pass is O(track length).
 *
 * Speed at a grid time: the reported speeds interpolated when both reports have one, otherwise the speed
 * implied by the distance and time between the two reports.
 */
export class TrackResampler {
  private j = 0;
  private readonly maxGapSec: number;

  constructor(
    readonly track: VesselTrack,
    maxGapMinutes: number,
  ) {
    this.maxGapSec = maxGapMinutes * 60;
  }

  /** Writes the position at `tSec` into `out`; false when the track has no position there. */
  sampleAt(tSec: number, out: TrackSample): boolean {
    const { tSec: times, length: n } = this.track;
    if (n === 0 || tSec < times[0]! || tSec > times[n - 1]!) return false;
    let j = this.j;
    while (j + 1 < n && times[j + 1]! <= tSec) j++;
    this.j = j;
    const t0 = times[j]!;
    if (t0 === tSec) {
      this.exact(j, out);
      return true;
    }
    const t1 = times[j + 1]!;
    if (t1 - t0 > this.maxGapSec) return false;
    const { lonE6, latE6, sogDeciKnots } = this.track;
    const f = (tSec - t0) / (t1 - t0);
    out.lon = lerpLongitude(lonE6[j]! / 1e6, lonE6[j + 1]! / 1e6, f);
    out.lat = (latE6[j]! + (latE6[j + 1]! - latE6[j]!) * f) / 1e6;
    const s0 = sogDeciKnots[j]!;
    const s1 = sogDeciKnots[j + 1]!;
    out.speedKnots = s0 !== SOG_MISSING && s1 !== SOG_MISSING ? (s0 + (s1 - s0) * f) / 10 : this.impliedKnots(j);
    return true;
  }

  private exact(j: number, out: TrackSample): void {
    const { lonE6, latE6, sogDeciKnots, tSec: times, length: n } = this.track;
    out.lon = lonE6[j]! / 1e6;
    out.lat = latE6[j]! / 1e6;
    const sog = sogDeciKnots[j]!;
    if (sog !== SOG_MISSING) out.speedKnots = sog / 10;
    else if (j + 1 < n && times[j + 1]! - times[j]! <= this.maxGapSec) out.speedKnots = this.impliedKnots(j);
    else if (j > 0 && times[j]! - times[j - 1]! <= this.maxGapSec) out.speedKnots = this.impliedKnots(j - 1);
    else out.speedKnots = NaN;
  }

  /** Speed between reports j and j+1. */
  private impliedKnots(j: number): number {
    const { lonE6, latE6, tSec: times } = this.track;
    const meters = haversineMeters(lonE6[j]! / 1e6, latE6[j]! / 1e6, lonE6[j + 1]! / 1e6, latE6[j + 1]! / 1e6);
    return meters / (times[j + 1]! - times[j]!) / KNOT_MPS;
  }
}

/** A track on the grid: step `k` of the arrays is at time `(firstStep + k) * stepSec`. */
export interface ResampledTrack {
  stepSec: number;
  /** Index of the first grid step (time / stepSec). */
  firstStep: number;
  /** 1 where the track has a position at that step, 0 inside a gap longer than the maximum. */
  valid: Uint8Array;
  lon: Float64Array;
  lat: Float64Array;
  speedKnots: Float64Array;
}

/** First and last grid step a track spans (the last may be before the first for a very short track). */
export function gridStepRange(track: VesselTrack, stepSec: number): [first: number, last: number] {
  if (track.length === 0) return [0, -1];
  return [Math.ceil(track.tSec[0]! / stepSec), Math.floor(track.tSec[track.length - 1]! / stepSec)];
}

/**
 * Resamples a whole track onto the shared grid (default 10-minute steps), leaving steps inside gaps longer
 * than `maxGapMinutes` empty rather than inventing positions there.
 */
export function resampleTrack(track: VesselTrack, params: ResampleParams): ResampledTrack {
  const stepSec = Math.round(params.resampleMinutes * 60);
  const [first, last] = gridStepRange(track, stepSec);
  const count = Math.max(0, last - first + 1);
  const out: ResampledTrack = {
    stepSec,
    firstStep: first,
    valid: new Uint8Array(count),
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    speedKnots: new Float64Array(count),
  };
  const cursor = new TrackResampler(track, params.maxGapMinutes);
  const s = newTrackSample();
  for (let k = 0; k < count; k++) {
    if (!cursor.sampleAt((first + k) * stepSec, s)) continue;
    out.valid[k] = 1;
    out.lon[k] = s.lon;
    out.lat[k] = s.lat;
    out.speedKnots[k] = s.speedKnots;
  }
  return out;
}
