import { bboxClip, featureCollection } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** Natural Earth topologies carry no properties we use; typing them so keeps topojson-client's generics simple. */
export type NaturalEarthTopology = Topology<Objects<object>>;
import { COAST_FRAME_BBOXES, COAST_REGION_BBOX, OUTSIDE_REGION_BBOXES } from './basemap-region';

type BBox = [number, number, number, number];
type Area = Polygon | MultiPolygon;
type Lines = LineString | MultiLineString;
type Scale = '10m' | '110m';
/**
 * `coastRegion`: inside `COAST_REGION_BBOX`, where the OpenStreetMap coast tiles take over from their minimum zoom;
 * the style draws these features only below it.
 */
type NaturalEarthProps = { scale: Scale; coastRegion: boolean };

export interface NaturalEarthTopologies {
  /** world-atlas `land-10m.json` */
  land10m: NaturalEarthTopology;
  /** world-atlas `land-110m.json` */
  land110m: NaturalEarthTopology;
  /** world-atlas `countries-10m.json` */
  countries10m: NaturalEarthTopology;
  /** world-atlas `countries-110m.json` */
  countries110m: NaturalEarthTopology;
}

export interface BasemapAssets {
  land: FeatureCollection<Area, NaturalEarthProps>;
  /** Coastlines as lines of their own: drawing the clipped land polygons' outlines would also draw the clip boxes. */
  coastline: FeatureCollection<Lines, NaturalEarthProps>;
  borders: FeatureCollection<Lines, NaturalEarthProps>;
}

function objectOf(topology: NaturalEarthTopology, name: string): GeometryCollection<object> {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`Natural Earth topology has no GeometryCollection "${name}"`);
  }
  return object;
}

function areasOf(topology: NaturalEarthTopology, name: string): Feature<Area>[] {
  const collection: FeatureCollection<Geometry, object> = feature(topology, objectOf(topology, name));
  const areas: Feature<Area>[] = [];
  for (const f of collection.features) {
    const geometry = f.geometry;
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') areas.push({ ...f, geometry });
  }
  return areas;
}

/** Land borders only: arcs shared by two different countries, never coastlines. */
function bordersOf(topology: NaturalEarthTopology): Feature<MultiLineString> {
  const geometry = mesh(topology, objectOf(topology, 'countries'), (a, b) => a !== b);
  return { type: 'Feature', properties: {}, geometry };
}

function coastlineOf(topology: NaturalEarthTopology): Feature<MultiLineString> {
  return { type: 'Feature', properties: {}, geometry: mesh(topology, objectOf(topology, 'land')) };
}

function roundCoordinates<T>(value: T, decimals: number): T {
  const factor = 10 ** decimals;
  const round = (input: unknown): unknown =>
    Array.isArray(input)
      ? typeof input[0] === 'number'
        ? input.map((n: number) => Math.round(n * factor) / factor)
        : input.map(round)
      : input;
  return round(value) as T;
}

function isEmpty(geometry: Area | Lines): boolean {
  return geometry.coordinates.length === 0 || geometry.coordinates.every((part) => part.length === 0);
}

function clipAll<G extends Area | Lines>(
  features: Feature<G>[],
  boxes: BBox[],
  scale: Scale,
  decimals: number,
  coastRegion = false,
): Feature<G, NaturalEarthProps>[] {
  const out: Feature<G, NaturalEarthProps>[] = [];
  for (const box of boxes) {
    for (const f of features) {
      const clipped = bboxClip(f, box);
      const geometry = clipped.geometry as G;
      if (isEmpty(geometry)) continue;
      out.push({
        type: 'Feature',
        properties: { scale, coastRegion },
        geometry: { ...geometry, coordinates: roundCoordinates(geometry.coordinates, decimals) },
      });
    }
  }
  return out;
}

/**
 * Builds the offline basemap from Natural Earth: 1:10m land and borders inside the detail region (cut in two: the
 * coast region, which the OpenStreetMap tiles replace from their minimum zoom, and the frame around it), 1:110m
 * elsewhere. Coordinates are rounded (4 decimals ≈ 11 m inside, 2 decimals outside) to keep the served asset small.
 */
export function buildBasemapAssets(topologies: NaturalEarthTopologies): BasemapAssets {
  const detailed = <G extends Area | Lines>(features: Feature<G>[]) => [
    ...clipAll(features, [COAST_REGION_BBOX], '10m', 4, true),
    ...clipAll(features, COAST_FRAME_BBOXES, '10m', 4),
  ];
  const land = [...detailed(areasOf(topologies.land10m, 'land')), ...clipAll(areasOf(topologies.land110m, 'land'), OUTSIDE_REGION_BBOXES, '110m', 2)];
  const coastline = [
    ...detailed([coastlineOf(topologies.land10m)]),
    ...clipAll([coastlineOf(topologies.land110m)], OUTSIDE_REGION_BBOXES, '110m', 2),
  ];
  const borders = [
    ...detailed([bordersOf(topologies.countries10m)]),
    ...clipAll([bordersOf(topologies.countries110m)], OUTSIDE_REGION_BBOXES, '110m', 2),
  ];
  return { land: featureCollection(land), coastline: featureCollection(coastline), borders: featureCollection(borders) };
}
