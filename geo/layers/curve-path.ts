import type { LonLat } from '@/data';

const SAMPLES_PER_SEGMENT = 24;

function mercatorY(lat: number): number {
  const rad = (lat * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + rad / 2)) * (180 / Math.PI);
}

function latitudeOf(y: number): number {
  return (2 * Math.atan(Math.exp((y * Math.PI) / 180)) - Math.PI / 2) * (180 / Math.PI);
}

/**
 * Bends each segment of a schematic route into a gentle arc (a quadratic Bézier in Web Mercator,
 * bowed to the right of travel by `bend` × the segment length), so sea routes read as routes and
 * overlapping ones separate. The endpoints are kept exactly.
 */
export function curvePath(path: readonly LonLat[], bend = 0.12): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 0; i < path.length - 1; i++) {
    const [x0, lat0] = path[i]!;
    const [x1, lat1] = path[i + 1]!;
    const y0 = mercatorY(lat0);
    const y1 = mercatorY(lat1);
    // Control point: the midpoint pushed perpendicular to the segment, to the right of travel.
    const cx = (x0 + x1) / 2 + (y1 - y0) * bend;
    const cy = (y0 + y1) / 2 - (x1 - x0) * bend;
    if (i === 0) out.push([x0, lat0]);
    for (let s = 1; s < SAMPLES_PER_SEGMENT; s++) {
      const t = s / SAMPLES_PER_SEGMENT;
      const u = 1 - t;
      const x = u * u * x0 + 2 * u * t * cx + t * t * x1;
      const y = u * u * y0 + 2 * u * t * cy + t * t * y1;
      out.push([x, latitudeOf(y)]);
    }
    out.push([x1, lat1]);
  }
  return out;
}

/** Screen-space angle (degrees, counter-clockwise from east) of travel at `t` ∈ [0, 1] along a path. */
export function pointAndAngleAlong(path: readonly LonLat[], t: number): { position: LonLat; angleDeg: number } {
  const index = Math.min(path.length - 2, Math.max(0, Math.floor(t * (path.length - 1))));
  const [x0, lat0] = path[index]!;
  const [x1, lat1] = path[index + 1]!;
  const angleDeg = (Math.atan2(mercatorY(lat1) - mercatorY(lat0), x1 - x0) * 180) / Math.PI;
  return { position: [(x0 + x1) / 2, (lat0 + lat1) / 2], angleDeg };
}
