import { circleProblem, outlineProblem, rectangleArea, roundCoord, type AreaShape, type LonLat } from './area-shape';

/** What a drawing tool hands back: the mode it was drawn (or edited) in and the outline's closed ring. */
export interface DrawnOutline {
  mode: 'rectangle' | 'polygon' | 'circle';
  ring: readonly (readonly number[])[];
}

const KM_PER_DEGREE_LAT = (Math.PI * 6371.0088) / 180;

/**
 * The area a drawn outline stands for: a rectangle by its extent, a polygon by its corners, a circle by its centre
 * and radius. A circle's north and south points lie on its centre's meridian at exactly the radius (whatever the
 * tool's projection), so the centre is the middle of its extent and the radius half its height.
 */
export function areaFromDrawn({ mode, ring }: DrawnOutline): { ok: true; area: AreaShape } | { ok: false; problem: string } {
  const open = ring.slice(0, -1).map(([lon, lat]) => [lon ?? NaN, lat ?? NaN] as LonLat);
  if (open.length < 3 || open.some(([lon, lat]) => !Number.isFinite(lon) || !Number.isFinite(lat))) return { ok: false, problem: 'the outline has too few corners' };
  const lons = open.map((p) => p[0]);
  const lats = open.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  if (mode === 'rectangle') {
    const area = rectangleArea([west, south], [east, north]);
    const problem = area.kind === 'polygon' ? outlineProblem(area.corners) : null;
    return problem ? { ok: false, problem } : { ok: true, area };
  }
  if (mode === 'circle') {
    const center: LonLat = [roundCoord((west + east) / 2), roundCoord((south + north) / 2)];
    const radiusKm = Math.round(((north - south) / 2) * KM_PER_DEGREE_LAT * 1000) / 1000;
    const problem = circleProblem(center, radiusKm);
    return problem ? { ok: false, problem } : { ok: true, area: { kind: 'circle', center, radiusKm } };
  }
  const corners = open.map(([lon, lat]) => [roundCoord(lon), roundCoord(lat)] as LonLat);
  const problem = outlineProblem(corners);
  return problem ? { ok: false, problem } : { ok: true, area: { kind: 'polygon', corners } };
}
