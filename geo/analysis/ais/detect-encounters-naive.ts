import { resolveEncounterParams, type EncounterParams } from './detection-params';
import { EncounterRuns } from './encounter-runs';
import { haversineMeters } from './geodesy';
import { newTrackSample, resampleTrack, type TrackSample } from './resample-track';
import type { EncounterEvent, PortPoint } from './types';
import type { VesselTracks } from './vessel-tracks';

/**
 * The same detection comparing every pair of vessels at every step: O(vessels² × steps). Kept as the
 * reference that tests and benchmarks hold the grid sweep (`detectEncounters`) to; not for real data.
 */
export function detectEncountersNaive(
  tracks: VesselTracks,
  ports: readonly PortPoint[],
  params?: Partial<EncounterParams>,
): EncounterEvent[] {
  const p = resolveEncounterParams(params);
  const stepSec = Math.round(p.resampleMinutes * 60);
  const vessels = tracks.vessels;
  const runs = new EncounterRuns(vessels, ports, p, stepSec);
  const resampled = vessels.map((v) => resampleTrack(v, p));
  let sweepStart = Infinity;
  let sweepEnd = -Infinity;
  for (const r of resampled) {
    if (r.valid.length === 0) continue;
    sweepStart = Math.min(sweepStart, r.firstStep);
    sweepEnd = Math.max(sweepEnd, r.firstStep + r.valid.length - 1);
  }
  const sa = newTrackSample();
  const sb = newTrackSample();
  const read = (v: number, step: number, out: TrackSample): boolean => {
    const r = resampled[v]!;
    const k = step - r.firstStep;
    if (k < 0 || k >= r.valid.length || r.valid[k] === 0) return false;
    out.lon = r.lon[k]!;
    out.lat = r.lat[k]!;
    out.speedKnots = r.speedKnots[k]!;
    return true;
  };
  for (let step = sweepStart; step <= sweepEnd; step++) {
    for (let a = 0; a < vessels.length; a++) {
      if (!read(a, step, sa)) continue;
      for (let b = a + 1; b < vessels.length; b++) {
        if (!read(b, step, sb)) continue;
        const d = haversineMeters(sa.lon, sa.lat, sb.lon, sb.lat);
        if (d <= p.maxDistanceMeters) runs.observe(a, b, step, sa, sb, d);
      }
    }
    runs.endStep(step);
  }
  return runs.finish();
}
