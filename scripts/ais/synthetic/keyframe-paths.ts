import { destinationPoint, KNOT_MPS } from '../../../geo/analysis/ais';
import { HOUR_MS, type Keyframe } from './synthetic-scenario';

/** Keyframes of a straight run arriving at `to` at time `t`, from `hours` away on a seaward bearing. */
export function approach(to: Keyframe, bearingDeg: number, knots: number, hours: number): Keyframe[] {
  const from = destinationPoint(to.lon, to.lat, bearingDeg, knots * KNOT_MPS * hours * 3600);
  return [{ t: to.t - hours * HOUR_MS, ...from }, to];
}

export function depart(from: Keyframe, bearingDeg: number, knots: number, hours: number): Keyframe[] {
  const to = destinationPoint(from.lon, from.lat, bearingDeg, knots * KNOT_MPS * hours * 3600);
  return [from, { t: from.t + hours * HOUR_MS, ...to }];
}

export function midpoint(a: { lon: number; lat: number }, b: { lon: number; lat: number }): { lon: number; lat: number } {
  return { lon: (a.lon + b.lon) / 2, lat: (a.lat + b.lat) / 2 };
}
