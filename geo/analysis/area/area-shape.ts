import { area as turfArea, circle as turfCircle, polygon as turfPolygon } from '@turf/turf';

/** Longitude, latitude in WGS84 degrees. */
export type LonLat = readonly [lon: number, lat: number];

/**
 * An area of interest: an outline (its corners, in order, not closed: the last corner joins the first) or a circle
 * (centre and radius along the Earth's surface). Regional only: an outline never crosses the antimeridian.
 */
export type AreaShape =
  | { kind: 'polygon'; corners: readonly LonLat[] }
  | { kind: 'circle'; center: LonLat; radiusKm: number };

/** Coordinates are kept (and written in links) to 4 decimals: about 10 m, finer than any record here is placed. */
export const AREA_COORD_DECIMALS = 4;
/** The most corners an outline may have: a link stays under the 2,000-character limit of a value. */
export const MAX_AREA_CORNERS = 100;
/** Circles between 100 m and 2,000 km: larger than the region and a report means nothing. */
export const AREA_RADIUS_KM = { min: 0.1, max: 2000 } as const;
/** Segments of the polygon a circle is drawn and intersected as. */
export const CIRCLE_STEPS = 64;

const EARTH_RADIUS_KM = 6371.0088;

/** Rounds to `AREA_COORD_DECIMALS`, so a shape and the link it is written to hold the same numbers. */
export function roundCoord(value: number): number {
  const factor = 10 ** AREA_COORD_DECIMALS;
  // `|| 0` turns -0 into 0, which a link writes and reads back as 0.
  return Math.round(value * factor) / factor || 0;
}

/** The outline's corners as a closed GeoJSON ring (first position repeated last); a circle as its 64-gon. */
export function areaRing(shape: AreaShape): [number, number][] {
  if (shape.kind === 'circle') {
    const ring = turfCircle([shape.center[0], shape.center[1]], shape.radiusKm, { steps: CIRCLE_STEPS, units: 'kilometers' });
    return ring.geometry.coordinates[0]!.map(([lon, lat]) => [lon!, lat!]);
  }
  const ring = shape.corners.map(([lon, lat]) => [lon, lat] as [number, number]);
  return [...ring, [ring[0]![0], ring[0]![1]]];
}

/** West, south, east, north of the area, in degrees. */
export function areaBounds(shape: AreaShape): [west: number, south: number, east: number, north: number] {
  const ring = areaRing(shape);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/**
 * The area's size in km²: a circle as the exact spherical cap of its radius, an outline as turf measures it
 * (geodesic, on the same sphere).
 */
export function areaKm2(shape: AreaShape): number {
  if (shape.kind === 'circle') {
    return 2 * Math.PI * EARTH_RADIUS_KM ** 2 * (1 - Math.cos(shape.radiusKm / EARTH_RADIUS_KM));
  }
  return turfArea(turfPolygon([areaRing(shape)])) / 1e6;
}

function cross(o: LonLat, a: LonLat, b: LonLat): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Whether segments ab and cd cross or touch (planar, in degrees, as turf judges intersections). */
export function segmentsIntersect(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const onSegment = (p: LonLat, q: LonLat, r: LonLat) =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  return (
    (d1 === 0 && onSegment(c, d, a)) ||
    (d2 === 0 && onSegment(c, d, b)) ||
    (d3 === 0 && onSegment(a, b, c)) ||
    (d4 === 0 && onSegment(a, b, d))
  );
}

/**
 * Why an outline cannot be an area, or null when it can: at least three corners, no two corners the same, no edge
 * crossing another, not all in a line, and less than 180° of longitude wide (regional, never across the antimeridian).
 */
export function outlineProblem(corners: readonly LonLat[]): string | null {
  if (corners.length < 3) return 'an outline needs at least three corners';
  if (corners.length > MAX_AREA_CORNERS) return `an outline may have at most ${MAX_AREA_CORNERS} corners`;
  const keys = new Set(corners.map(([lon, lat]) => `${lon},${lat}`));
  if (keys.size !== corners.length) return 'two corners are the same point';
  const lons = corners.map((c) => c[0]);
  if (Math.max(...lons) - Math.min(...lons) >= 180) return 'the outline is wider than 180° of longitude';
  const n = corners.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // Neighbouring edges share a corner; that is not a crossing.
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsIntersect(corners[i]!, corners[(i + 1) % n]!, corners[j]!, corners[(j + 1) % n]!)) return 'the outline crosses itself';
    }
  }
  let twiceArea = 0;
  for (let i = 0; i < n; i++) twiceArea += cross([0, 0], corners[i]!, corners[(i + 1) % n]!);
  if (Math.abs(twiceArea) < 1e-8) return 'the corners are all in one line';
  return null;
}

/** Why a circle cannot be an area, or null when it can. */
export function circleProblem(center: LonLat, radiusKm: number): string | null {
  if (!isLonLat(center)) return 'the centre is not a valid longitude and latitude';
  if (!(radiusKm >= AREA_RADIUS_KM.min && radiusKm <= AREA_RADIUS_KM.max)) {
    return `the radius must be between ${AREA_RADIUS_KM.min} and ${AREA_RADIUS_KM.max} km`;
  }
  return null;
}

/** Longitude within ±180°, latitude within ±85° (the map's reach). */
export function isLonLat([lon, lat]: LonLat): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 85;
}

/** A rectangle from two opposite corners, as an outline (south-west first, counter-clockwise). */
export function rectangleArea(a: LonLat, b: LonLat): AreaShape {
  const [west, east] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])].map(roundCoord) as [number, number];
  const [south, north] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])].map(roundCoord) as [number, number];
  return { kind: 'polygon', corners: [[west, south], [east, south], [east, north], [west, north]] };
}
