import type { LonLat } from '@/data';

/** Points closer than this are one position as the sources give it (several incidents placed at one area centroid). */
export const COINCIDENT_KM = 1;
/** Screen distance between neighbours on the circle: an incident mark is 10 px across with its outline. */
const SPREAD_SPACING_PX = 14;
const SPREAD_MIN_RADIUS_PX = 9;

/** How far from their shared position `count` coincident points are drawn, in screen pixels. */
export function spreadRadiusPx(count: number): number {
  return Math.max(SPREAD_MIN_RADIUS_PX, (count * SPREAD_SPACING_PX) / (2 * Math.PI));
}

const EARTH_RADIUS_KM = 6371;
/** deck.gl's web-mercator world is 512 px wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 512;

function distanceKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** Groups of indexes whose points lie within `COINCIDENT_KM` of the group's first point; singletons left out. */
export function coincidentGroups(points: readonly LonLat[]): number[][] {
  const groups: number[][] = [];
  const grouped = new Set<number>();
  points.forEach((point, i) => {
    if (grouped.has(i)) return;
    const group = [i];
    for (let j = i + 1; j < points.length; j++) {
      if (!grouped.has(j) && distanceKm(point, points[j]!) < COINCIDENT_KM) group.push(j);
    }
    if (group.length > 1) {
      groups.push(group);
      group.forEach((k) => grouped.add(k));
    }
  });
  return groups;
}

/**
 * Where to draw each point so that points at one position can each be seen and clicked: the members of a group on a
 * small circle around the group's first point, `spreadRadiusPx` across the screen at `zoom` (a whole zoom level;
 * between levels the circle scales with the map). Other points stay where they are. Same order as `points`.
 */
export function spreadCoincident(points: readonly LonLat[], zoom: number): LonLat[] {
  const drawn = points.map((p): LonLat => [p[0], p[1]]);
  for (const group of coincidentGroups(points)) {
    const [lon, lat] = points[group[0]!]!;
    const degreesPerPx = 360 / (WORLD_PX_AT_ZOOM_0 * 2 ** zoom);
    const radiusLon = spreadRadiusPx(group.length) * degreesPerPx;
    // Mercator stretches latitude: the same screen distance is fewer degrees of latitude away from the equator.
    const radiusLat = radiusLon * Math.cos((lat * Math.PI) / 180);
    group.forEach((index, k) => {
      // Start at the top and go clockwise, so the order on the map follows the data's (date) order.
      const angle = Math.PI / 2 - (2 * Math.PI * k) / group.length;
      drawn[index] = [lon + radiusLon * Math.cos(angle), lat + radiusLat * Math.sin(angle)];
    });
  }
  return drawn;
}
