import { areaBounds, areaRing, segmentsIntersect, type AreaShape, type LonLat } from './area-shape';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** What a report asks of an area, many times over: prepared once per shape. */
export interface AreaPredicates {
  shape: AreaShape;
  /** West, south, east, north. */
  bounds: readonly [number, number, number, number];
  /** Closed ring: an outline's corners, or a circle's 64-gon. */
  ring: readonly LonLat[];
  containsPoint(lon: number, lat: number): boolean;
  /** A line (its vertices) with a vertex inside or a segment crossing the boundary. */
  crossesLine(line: readonly LonLat[]): boolean;
  /** A polygon (its outer ring, closed) that shares any part with the area. */
  overlapsRing(ring: readonly LonLat[]): boolean;
}

/**
 * Even-odd ray casting in degrees, as turf's `booleanPointInPolygon` does (a point on an edge counts as inside there;
 * here it may go either way, which no record placed to 10 m can tell apart).
 */
export function ringContains(ring: readonly LonLat[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Great-circle distance in km (haversine, turf's sphere). */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

function ringsCross(a: readonly LonLat[], b: readonly LonLat[]): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    for (let j = 0; j + 1 < b.length; j++) {
      if (segmentsIntersect(a[i]!, a[i + 1]!, b[j]!, b[j + 1]!)) return true;
    }
  }
  return false;
}

function boundsOf(coords: readonly LonLat[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of coords) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [w, s, e, n];
}

const boundsMeet = (a: readonly number[], b: readonly number[]) => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

/**
 * Prepares the point, line and polygon tests for one area. Points test a circle by great-circle distance from its
 * centre (exact); lines and polygons meet a circle through its 64-gon, and an outline through its edges, in degrees
 * (as turf's `booleanIntersects`).
 */
export function prepareArea(shape: AreaShape): AreaPredicates {
  const ring = areaRing(shape);
  const bounds = areaBounds(shape);
  // A circle bulges slightly past its 64-gon's bounds between vertices: the quick bounds test keeps a margin.
  const margin = shape.kind === 'circle' ? Math.max(bounds[2] - bounds[0], bounds[3] - bounds[1]) * 0.01 : 0;
  const inBounds = (lon: number, lat: number) =>
    lon >= bounds[0] - margin && lon <= bounds[2] + margin && lat >= bounds[1] - margin && lat <= bounds[3] + margin;
  const containsPoint =
    shape.kind === 'circle'
      ? (lon: number, lat: number) => inBounds(lon, lat) && haversineKm(shape.center[0], shape.center[1], lon, lat) <= shape.radiusKm
      : (lon: number, lat: number) => inBounds(lon, lat) && ringContains(ring, lon, lat);
  // The polygon the lines and other polygons are tested against.
  const edgeInside = (lon: number, lat: number) => ringContains(ring, lon, lat);
  return {
    shape,
    bounds,
    ring,
    containsPoint,
    crossesLine(line) {
      if (!boundsMeet(boundsOf(line), bounds)) return false;
      if (line.some(([lon, lat]) => edgeInside(lon, lat))) return true;
      return ringsCross(line, ring);
    },
    overlapsRing(other) {
      if (!boundsMeet(boundsOf(other), bounds)) return false;
      if (other.some(([lon, lat]) => edgeInside(lon, lat))) return true;
      if (ring.some(([lon, lat]) => ringContains(other, lon, lat))) return true;
      return ringsCross(other, ring);
    },
  };
}
