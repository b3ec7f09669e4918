import { destination } from '@turf/turf';
import type { LonLat } from './schema/common';
import type { ZoneOutline } from './schema/feature';

/** Number of segments per arc (sector) or per full circle used to draw zone outlines. */
export const OUTLINE_STEPS = 48;

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

function toLonLat(coords: number[], decimals: number): LonLat {
  return [round(coords[0] ?? NaN, decimals), round(coords[1] ?? NaN, decimals)];
}

/**
 * The point `distanceKm` from `from` on `bearingDeg` (clockwise from north), on a sphere (turf `destination`),
 * rounded to 3 decimals (about 100 m) — the precision the stated distances allow at best.
 */
export function placeFromReference(from: LonLat, distanceKm: number, bearingDeg: number): LonLat {
  const bearing = bearingDeg > 180 ? bearingDeg - 360 : bearingDeg;
  return toLonLat(destination(from, distanceKm, bearing, { units: 'kilometers' }).geometry.coordinates, 3);
}

function arc(center: LonLat, radiusKm: number, fromDeg: number, toDeg: number, steps: number): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const b = fromDeg + ((toDeg - fromDeg) * i) / steps;
    const bearing = b > 180 ? b - 360 : b;
    out.push(toLonLat(destination(center, radiusKm, bearing, { units: 'kilometers' }).geometry.coordinates, 4));
  }
  return out;
}

/**
 * Regenerates a zone outline (one closed ring, counter-clockwise is not guaranteed) from its stated parameters:
 * a circle, or an annulus sector between two radii and two bearings (clockwise from north). Vertices are rounded
 * to 4 decimals. The dataset stores the output; tests regenerate it to prove the stored polygon is what the
 * `outlineDerivation` text says.
 */
export function buildZoneOutline(outline: ZoneOutline, steps: number = OUTLINE_STEPS): LonLat[][] {
  if (outline.method === 'circle') {
    const ring = arc(outline.center, outline.radiusKm, 0, 360, steps).slice(0, steps);
    ring.push(ring[0] ?? outline.center);
    return [ring];
  }
  const outer = arc(outline.center, outline.outerRadiusKm, outline.bearingStartDeg, outline.bearingEndDeg, steps);
  const inner =
    outline.innerRadiusKm > 0
      ? arc(outline.center, outline.innerRadiusKm, outline.bearingEndDeg, outline.bearingStartDeg, steps)
      : [toLonLat([...outline.center], 4)];
  const ring = [...outer, ...inner];
  ring.push(ring[0] ?? outline.center);
  return [ring];
}
