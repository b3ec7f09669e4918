import { bearingDegrees, destinationPoint, haversineMeters, KNOT_MPS } from '../../../geo/analysis/ais';
import { mulberry32 } from './prng';
import { HOUR_MS, type SyntheticScenario, type SyntheticVessel } from './synthetic-scenario';

/** One synthetic report, before it is written in a layout. */
export interface SyntheticReport {
  vessel: SyntheticVessel;
  t: number;
  lon: number;
  lat: number;
  sogKnots: number;
  cogDeg: number;
  headingDeg: number;
  /** 0 under way using engine, 1 at anchor. */
  status: 0 | 1;
}

/** Deterministic per-vessel seed, so any vessel's rows can be generated on their own. */
function vesselSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

/** The reports of one vessel, in time order, within the scenario's period. */
export function* syntheticReports(scenario: SyntheticScenario, index: number): Generator<SyntheticReport> {
  const o = scenario.options;
  const v = scenario.vessels[index]!;
  const kf = v.keyframes;
  if (kf.length < 2) return;
  const rng = mulberry32(vesselSeed(o.seed, index));
  const endMs = o.startMs + o.hours * HOUR_MS;
  const last = Math.min(kf[kf.length - 1]!.t, endMs);
  let t = Math.max(kf[0]!.t, o.startMs) + rng.uniform(0, o.movingIntervalSeconds[1]) * 1000;
  let k = 0;
  let heading = rng.uniform(0, 360);
  while (t <= last) {
    const silence = v.silences.find(([s0, s1]) => t >= s0 && t < s1);
    if (silence) {
      t = silence[1] + rng.uniform(0, 60) * 1000;
      continue;
    }
    while (k + 2 < kf.length && kf[k + 1]!.t <= t) k++;
    const k0 = kf[k]!;
    const k1 = kf[k + 1]!;
    const f = k1.t > k0.t ? (t - k0.t) / (k1.t - k0.t) : 0;
    const meters = haversineMeters(k0.lon, k0.lat, k1.lon, k1.lat);
    const knots = k1.t > k0.t ? meters / ((k1.t - k0.t) / 1000) / KNOT_MPS : 0;
    const cog = meters > 1 ? bearingDegrees(k0.lon, k0.lat, k1.lon, k1.lat) : heading;
    const exact = { lon: k0.lon + (k1.lon - k0.lon) * f, lat: k0.lat + (k1.lat - k0.lat) * f };
    const noisy = destinationPoint(exact.lon, exact.lat, rng.uniform(0, 360), Math.abs(rng.normal(0, o.positionNoiseMeters)));
    const slow = knots < 3;
    if (!slow) heading = cog;
    else heading = (heading + rng.normal(0, 2) + 360) % 360;
    yield {
      vessel: v,
      t: Math.floor(t / 1000) * 1000,
      lon: noisy.lon,
      lat: noisy.lat,
      sogKnots: Math.max(0, Math.round((knots + rng.normal(0, slow ? 0.1 : 0.3)) * 10) / 10),
      cogDeg: Math.round(((cog + rng.normal(0, slow ? 20 : 1.5)) % 360 + 360) % 360 * 10) / 10,
      headingDeg: Math.round(heading) % 360,
      status: slow ? 1 : 0,
    };
    const [lo, hi] = slow ? o.slowIntervalSeconds : o.movingIntervalSeconds;
    // Rare short dropouts (under 40 minutes) as real reception has; never long enough to be a gap.
    const dropout = rng.chance(0.002) ? rng.uniform(10, 40) * 60 : 0;
    t += (rng.uniform(lo, hi) + dropout) * 1000;
  }
}
