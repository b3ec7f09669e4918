import type { PortPoint } from './types';

/** Mean Earth radius in metres (the value turf uses), so our distances agree with turf's. */
export const EARTH_RADIUS_METERS = 6_371_008.8;
export const METERS_PER_NAUTICAL_MILE = 1852;
/** Knots to metres per second. */
export const KNOT_MPS = METERS_PER_NAUTICAL_MILE / 3600;

const RAD = Math.PI / 180;

/** Great-circle distance between two lon/lat points, in metres (haversine). */
export function haversineMeters(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const a = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Point on the sphere (radius {@link EARTH_RADIUS_METERS}) in Earth-centred metres. The chord between two such
 * points is never longer than their great-circle distance, which is what lets a 3-D grid find every pair
 * within a distance without special cases at the antimeridian or the poles.
 */
export function toEcefMeters(lon: number, lat: number, out: [number, number, number]): void {
  const cosLat = Math.cos(lat * RAD);
  out[0] = EARTH_RADIUS_METERS * cosLat * Math.cos(lon * RAD);
  out[1] = EARTH_RADIUS_METERS * cosLat * Math.sin(lon * RAD);
  out[2] = EARTH_RADIUS_METERS * Math.sin(lat * RAD);
}

/** Point reached from `lon,lat` going `distanceMeters` on initial bearing `bearingDeg` (degrees from north). */
export function destinationPoint(
  lon: number,
  lat: number,
  bearingDeg: number,
  distanceMeters: number,
): { lon: number; lat: number } {
  const d = distanceMeters / EARTH_RADIUS_METERS;
  const b = bearingDeg * RAD;
  const p1 = lat * RAD;
  const l1 = lon * RAD;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lon: wrapLongitude(l2 / RAD), lat: p2 / RAD };
}

/** Initial bearing from point 1 to point 2, degrees clockwise from north in [0, 360). */
export function bearingDegrees(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const p1 = lat1 * RAD;
  const p2 = lat2 * RAD;
  const dl = (lon2 - lon1) * RAD;
  const y = Math.sin(dl) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
  return ((Math.atan2(y, x) / RAD) % 360 + 360) % 360;
}

/** Longitude folded into [-180, 180). */
export function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Linear interpolation of longitude along the shorter way round (so 179.9 → -179.9 does not cross the globe). */
export function lerpLongitude(lon0: number, lon1: number, f: number): number {
  let d = lon1 - lon0;
  if (d > 180) d -= 360;
  else if (d < -180) d += 360;
  const lon = lon0 + d * f;
  return lon >= 180 || lon < -180 ? wrapLongitude(lon) : lon;
}

/** Accumulates a mean longitude that stays correct across the antimeridian (unwrapped against the first value). */
export class LongitudeMean {
  private ref = NaN;
  private sum = 0;
  private n = 0;
  add(lon: number): void {
    this.addWeighted(lon, 1);
  }
  /** Adds `lon` as if it were added `weight` times. */
  addWeighted(lon: number, weight: number): void {
    if (this.n === 0) this.ref = lon;
    let d = lon - this.ref;
    if (d > 180) d -= 360;
    else if (d < -180) d += 360;
    this.sum += d * weight;
    this.n += weight;
  }
  value(): number {
    return this.n === 0 ? NaN : wrapLongitude(this.ref + this.sum / this.n);
  }
}

/**
 * Distance from a point to the nearest port, in kilometres; `null` when there are no ports, so callers can
 * say "no port data" instead of pretending a point is far from land.
 */
export function nearestPortDistanceKm(lon: number, lat: number, ports: readonly PortPoint[]): number | null {
  let best = Infinity;
  for (const p of ports) {
    const d = haversineMeters(lon, lat, p.lon, p.lat);
    if (d < best) best = d;
  }
  return ports.length === 0 ? null : best / 1000;
}

/** Median of the finite values (NaN ignored); NaN when there are none. Does not mutate its input. */
export function median(values: ArrayLike<number>): number {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) finite.push(v);
  }
  if (finite.length === 0) return NaN;
  finite.sort((a, b) => a - b);
  const mid = finite.length >> 1;
  return finite.length % 2 === 1 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}
