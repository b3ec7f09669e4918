import { along, length, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, Point, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** The two rivers the border of North Korea follows. */
export type BorderRiver = 'yalu' | 'tumen';

/** Their names as the label layer draws them, by language. */
export const RIVER_NAMES: Record<BorderRiver, { en: string; ko: string; zh: string; ru: string }> = {
  yalu: { en: 'Yalu (Amnok)', ko: '압록강', zh: '鸭绿江', ru: 'Ялуцзян' },
  tumen: { en: 'Tumen', ko: '두만강', zh: '图们江', ru: 'Туманная' },
};

type RiverLine = Feature<MultiLineString, { river: BorderRiver }>;
export type RiverLabel = Feature<Point, { river: BorderRiver }>;

/** ISO 3166 numeric ids in Natural Earth's `countries` object (world-atlas). */
const CHINA = '156';
const NORTH_KOREA = '408';
const RUSSIA = '643';

/** An OpenStreetMap border edge this long is a land boundary drawn as a straight line, not a river's course. */
const LAND_BOUNDARY_EDGE_KM = 3;
/** Margin around the land boundary's box that also takes in the crater lake on Paektu-san, degrees. */
const LAND_BOUNDARY_MARGIN_DEG = 0.08;

type NaturalEarthCountries = Topology<Objects<object>>;
type BBox = [number, number, number, number];

function edgeKm(a: Position, b: Position): number {
  const dx = (a[0]! - b[0]!) * 111.32 * Math.cos((a[1]! * Math.PI) / 180);
  const dy = (a[1]! - b[1]!) * 110.57;
  return Math.hypot(dx, dy);
}

/**
 * Where the China–North Korea border leaves the rivers: the Paektu-san section, found in the OpenStreetMap border
 * as its run of long straight edges (the rivers' courses have a vertex every few hundred metres).
 */
function landBoundaryBox(osmBorder: MultiLineString): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of osmBorder.coordinates) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i]!;
      const b = line[i + 1]!;
      if (edgeKm(a, b) < LAND_BOUNDARY_EDGE_KM) continue;
      for (const [x, y] of [a, b]) {
        box[0] = Math.min(box[0], x!);
        box[1] = Math.min(box[1], y!);
        box[2] = Math.max(box[2], x!);
        box[3] = Math.max(box[3], y!);
      }
    }
  }
  if (!Number.isFinite(box[0])) return null;
  const m = LAND_BOUNDARY_MARGIN_DEG;
  return [box[0] - m, box[1] - m, box[2] + m, box[3] + m];
}

function countriesObject(topology: NaturalEarthCountries): GeometryCollection<object> {
  const object = topology.objects.countries;
  if (!object || object.type !== 'GeometryCollection') throw new Error('Natural Earth topology has no "countries"');
  return object;
}

const inside = ([x, y]: Position, box: BBox) => x! >= box[0] && x! <= box[2] && y! >= box[1] && y! <= box[3];

/** Splits lines where they enter a box, keeping the parts outside it. */
function cutOut(lines: Position[][], box: BBox | null): Position[][] {
  if (!box) return lines;
  const parts: Position[][] = [];
  for (const line of lines) {
    let part: Position[] = [];
    for (const p of line) {
      if (inside(p, box)) {
        if (part.length > 1) parts.push(part);
        part = [];
      } else part.push(p);
    }
    if (part.length > 1) parts.push(part);
  }
  return parts;
}

/**
 * The Yalu (Amnok) and the Tumen as the China–North Korea and North Korea–Russia borders that follow them, at
 * Natural Earth's 1:10m scale (a continuous line at every zoom; OpenStreetMap's border breaks wherever the river is
 * mapped as water). The Paektu-san section, where the border crosses land, is cut out; the part that reaches the
 * Yellow Sea is the Yalu, the rest the Tumen. Each river's label sits half-way along its longest line.
 */
export function borderRivers(countries: NaturalEarthCountries, osmChinaKoreaBorder: MultiLineString): FeatureCollection<MultiLineString | Point, { river: BorderRiver }> {
  const object = countriesObject(countries);
  const between = (x: string, y: string) => mesh(countries, object, (a, b) => a !== b && [a.id, b.id].includes(x) && [a.id, b.id].includes(y));
  const landBox = landBoundaryBox(osmChinaKoreaBorder);
  const chinaKorea = cutOut(between(CHINA, NORTH_KOREA).coordinates, landBox);
  const westmost = (line: Position[]) => Math.min(...line.map((p) => p[0]!));
  const yaluLine = chinaKorea.reduce<Position[] | undefined>((best, line) => (!best || westmost(line) < westmost(best) ? line : best), undefined);
  const yalu = chinaKorea.filter((line) => line === yaluLine);
  const tumen = [...chinaKorea.filter((line) => line !== yaluLine), ...between(NORTH_KOREA, RUSSIA).coordinates];

  const lines: RiverLine[] = [
    { type: 'Feature', properties: { river: 'yalu' }, geometry: { type: 'MultiLineString', coordinates: yalu } },
    { type: 'Feature', properties: { river: 'tumen' }, geometry: { type: 'MultiLineString', coordinates: tumen } },
  ];
  const labels: RiverLabel[] = lines.flatMap((river) => {
    const longest = river.geometry.coordinates.map((c) => lineString(c)).sort((a, b) => length(b) - length(a))[0];
    if (!longest) return [];
    const middle = along(longest, length(longest) / 2);
    return [{ type: 'Feature', properties: { river: river.properties.river }, geometry: middle.geometry }];
  });
  return { type: 'FeatureCollection', features: [...lines, ...labels] };
}

/**
 * The label points of a fetched rivers collection (the lines are drawn by MapLibre, the labels by deck.gl);
 * anything that is not such a collection gives none.
 */
export function riverLabelsOf(data: unknown): RiverLabel[] {
  if (!data || typeof data !== 'object' || !('features' in data) || !Array.isArray(data.features)) return [];
  return (data.features as unknown[]).filter((f): f is RiverLabel => {
    if (!f || typeof f !== 'object' || !('geometry' in f) || !('properties' in f)) return false;
    const { geometry, properties } = f as Partial<RiverLabel>;
    return geometry?.type === 'Point' && (properties?.river === 'yalu' || properties?.river === 'tumen');
  });
}
