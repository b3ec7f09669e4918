import type { Position } from 'geojson';
import type { FeatureCounts, ImportedGeometry } from './types';

export type GeometryCheck = { ok: true; geometry: ImportedGeometry } | { ok: false; reason: 'no-geometry' | 'unsupported-geometry' | 'bad-coordinates' | 'out-of-range' };

type Fail = Extract<GeometryCheck, { ok: false }>['reason'];

class Invalid extends Error {
  constructor(readonly reason: Fail) {
    super(reason);
  }
}

function position(value: unknown): Position {
  if (!Array.isArray(value) || value.length < 2) throw new Invalid('bad-coordinates');
  const lon: unknown = value[0];
  const lat: unknown = value[1];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new Invalid('bad-coordinates');
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) throw new Invalid('out-of-range');
  // Altitude and anything after it are dropped: the map is 2-D.
  return [lon, lat];
}

function positions(value: unknown, min: number): Position[] {
  if (!Array.isArray(value) || value.length < min) throw new Invalid('bad-coordinates');
  return value.map(position);
}

function ring(value: unknown): Position[] {
  const r = positions(value, 4);
  const first = r[0]!;
  const last = r[r.length - 1]!;
  // GeoJSON rings are closed; close an open one instead of refusing it.
  if (first[0] !== last[0] || first[1] !== last[1]) r.push([first[0]!, first[1]!]);
  return r;
}

function list<T>(value: unknown, each: (v: unknown) => T, min = 1): T[] {
  if (!Array.isArray(value) || value.length < min) throw new Invalid('bad-coordinates');
  return value.map(each);
}

/**
 * Validates a GeoJSON geometry and returns a clean copy (2-D positions, closed rings). Never throws. Reasons:
 * `no-geometry` (null or missing), `unsupported-geometry` (GeometryCollection or an unknown type),
 * `bad-coordinates` (wrong nesting, too few positions, not numbers), `out-of-range` (beyond ±180/±90).
 */
export function checkGeometry(raw: unknown): GeometryCheck {
  if (raw === null || raw === undefined) return { ok: false, reason: 'no-geometry' };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'unsupported-geometry' };
  const g = raw as { type?: unknown; coordinates?: unknown };
  try {
    switch (g.type) {
      case 'Point':
        return { ok: true, geometry: { type: 'Point', coordinates: position(g.coordinates) } };
      case 'MultiPoint':
        return { ok: true, geometry: { type: 'MultiPoint', coordinates: positions(g.coordinates, 1) } };
      case 'LineString':
        return { ok: true, geometry: { type: 'LineString', coordinates: positions(g.coordinates, 2) } };
      case 'MultiLineString':
        return { ok: true, geometry: { type: 'MultiLineString', coordinates: list(g.coordinates, (l) => positions(l, 2)) } };
      case 'Polygon':
        return { ok: true, geometry: { type: 'Polygon', coordinates: list(g.coordinates, ring) } };
      case 'MultiPolygon':
        return { ok: true, geometry: { type: 'MultiPolygon', coordinates: list(g.coordinates, (p) => list(p, ring)) } };
      default:
        return { ok: false, reason: 'unsupported-geometry' };
    }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** Which of points, lines and polygons a geometry counts as. */
export function geometryClass(geometry: ImportedGeometry): keyof FeatureCounts {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return 'points';
    case 'LineString':
    case 'MultiLineString':
      return 'lines';
    default:
      return 'polygons';
  }
}
