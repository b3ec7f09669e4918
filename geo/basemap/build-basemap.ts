import { bboxClip, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DETAIL_REGION_BBOX, OUTSIDE_REGION_BBOXES } from './basemap-region';

type BBox = [number, number, number, number];
type Area = Polygon | MultiPolygon;
type Lines = LineString | MultiLineString;

export interface NaturalEarthTopologies {
  /** world-atlas `land-10m.json` */
  land10m: Topology;
  /** world-atlas `land-110m.json` */
  land110m: Topology;
  /** world-atlas `countries-10m.json` */
  countries10m: Topology;
  /** world-atlas `countries-110m.json` */
  countries110m: Topology;
}

export interface BasemapAssets {
  land: FeatureCollection<Area, { scale: '10m' | '110m' }>;
  /** Coastlines as lines of their own: drawing the clipped land polygons' outlines would also draw the clip boxes. */
  coastline: FeatureCollection<Lines, { scale: '10m' | '110m' }>;
  borders: FeatureCollection<Lines, { scale: '10m' | '110m' }>;
}

function objectOf(topology: Topology, name: string): GeometryCollection {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`Natural Earth topology has no GeometryCollection "${name}"`);
  }
  return object;
}

function areasOf(topology: Topology, name: string): Feature<Area>[] {
  const collection = feature(topology, objectOf(topology, name));
  return collection.features.filter(
    (f): f is Feature<Area> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
}

/** Land borders only: arcs shared by two different countries, never coastlines. */
function bordersOf(topology: Topology): Feature<MultiLineString> {
  const geometry = mesh(topology, objectOf(topology, 'countries'), (a, b) => a !== b);
  return { type: 'Feature', properties: {}, geometry };
}

function coastlineOf(topology: Topology): Feature<MultiLineString> {
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

function clipAll<G extends Area | Lines, S extends '10m' | '110m'>(
  features: Feature<G>[],
  boxes: BBox[],
  scale: S,
  decimals: number,
): Feature<G, { scale: S }>[] {
  const out: Feature<G, { scale: S }>[] = [];
  for (const box of boxes) {
    for (const f of features) {
      const clipped = bboxClip(f, box);
      const geometry = clipped.geometry as G;
      if (isEmpty(geometry)) continue;
      out.push({
        type: 'Feature',
        properties: { scale },
        geometry: { ...geometry, coordinates: roundCoordinates(geometry.coordinates, decimals) },
      });
    }
  }
  return out;
}

/**
 * Builds the offline basemap from Natural Earth: 1:10m land and borders inside the detail region,
 * 1:110m elsewhere. Coordinates are rounded (4 decimals ≈ 11 m inside, 2 decimals outside) to keep
 * the served asset small.
 */
export function buildBasemapAssets(topologies: NaturalEarthTopologies): BasemapAssets {
  const land = [
    ...clipAll(areasOf(topologies.land10m, 'land'), [DETAIL_REGION_BBOX], '10m', 4),
    ...clipAll(areasOf(topologies.land110m, 'land'), OUTSIDE_REGION_BBOXES, '110m', 2),
  ];
  const coastline = [
    ...clipAll([coastlineOf(topologies.land10m)], [DETAIL_REGION_BBOX], '10m', 4),
    ...clipAll([coastlineOf(topologies.land110m)], OUTSIDE_REGION_BBOXES, '110m', 2),
  ];
  const borders = [
    ...clipAll([bordersOf(topologies.countries10m)], [DETAIL_REGION_BBOX], '10m', 4),
    ...clipAll([bordersOf(topologies.countries110m)], OUTSIDE_REGION_BBOXES, '110m', 2),
  ];
  return { land: featureCollection(land), coastline: featureCollection(coastline), borders: featureCollection(borders) };
}
