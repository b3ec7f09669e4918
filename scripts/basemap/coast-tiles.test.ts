import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';

import { COAST_REGION_BBOX, COAST_TILES_MAX_ZOOM, COAST_TILES_MIN_ZOOM } from '../../geo/basemap/basemap-region';
import { riverLabelsOf } from '../../geo/basemap/border-rivers';
import { ensureCoastAssets } from './coast-assets';

/** The archive as the browser reads it: by byte ranges, through the `pmtiles` reader. */
function bufferSource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'coast.pmtiles',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
}

function tileOf(lon: number, lat: number, z: number): [number, number, number] {
  const n = 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [z, Math.floor(((lon + 180) / 360) * n), Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n)];
}

function tileBounds([z, x, y]: [number, number, number]): [number, number, number, number] {
  const n = 2 ** z;
  const lon = (i: number) => (i / n) * 360 - 180;
  const lat = (j: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * j) / n))) * 180) / Math.PI;
  return [lon(x), lat(y + 1), lon(x + 1), lat(y)];
}

let archive: PMTiles;
let rivers: FeatureCollection;

/** Natural Earth's 1:10m land (world-atlas), what the map drew before the detailed coast. */
const naturalEarthLand: Feature<Polygon | MultiPolygon>[] = (() => {
  const topology = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/world-atlas/land-10m.json'), 'utf8')) as Topology;
  const land = topology.objects.land;
  if (land?.type !== 'GeometryCollection') throw new Error('world-atlas land-10m has no "land" collection');
  return feature(topology, land).features.flatMap((f) =>
    f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon' ? [{ ...f, geometry: f.geometry }] : [],
  );
})();

const naturalEarthIsLand = (lon: number, lat: number) => naturalEarthLand.some((f) => booleanPointInPolygon(point([lon, lat]), f));

async function layerAt(lon: number, lat: number, z: number, layer: string) {
  const [tz, x, y] = tileOf(lon, lat, z);
  const tile = await archive.getZxy(tz, x, y);
  if (!tile) return null;
  return new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers[layer] ?? null;
}

async function isLand(lon: number, lat: number, z: number): Promise<boolean> {
  const land = await layerAt(lon, lat, z, 'land');
  if (!land) return false;
  const [tz, x, y] = tileOf(lon, lat, z);
  for (let i = 0; i < land.length; i++) {
    const area = land.feature(i).toGeoJSON(x, y, tz) as Feature<Polygon | MultiPolygon>;
    if (booleanPointInPolygon(point([lon, lat]), area)) return true;
  }
  return false;
}

beforeAll(async () => {
  // Generated once (about half a minute) and cached in node_modules/.cache; the build then reuses it.
  const assets = ensureCoastAssets();
  archive = new PMTiles(bufferSource(new Uint8Array(readFileSync(assets.archivePath))));
  rivers = JSON.parse(readFileSync(assets.riversPath, 'utf8')) as FeatureCollection;
  await archive.getHeader();
}, 300_000);

describe('detailed coast tiles', () => {
  it('cover the coast region from the minimum to the maximum zoom', async () => {
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([COAST_TILES_MIN_ZOOM, COAST_TILES_MAX_ZOOM]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual(COAST_REGION_BBOX);
    // Inland points spread over the region, from the Bohai coast to Sakhalin, are land at every zoom.
    const inland: [string, number, number][] = [
      ['Shandong', 118.5, 36.3],
      ['inland Manchuria', 126.2, 45.6],
      ['Khabarovsk krai', 135.1, 48.5],
      ['Sakhalin', 142.7, 50.5],
      ['Hokkaido', 142.8, 43.5],
      ['Kyushu', 130.7, 32.8],
      ['Rajin hinterland', 130.26, 42.27],
    ];
    for (let z = COAST_TILES_MIN_ZOOM; z <= COAST_TILES_MAX_ZOOM; z++) {
      for (const [name, lon, lat] of inland) expect(await isLand(lon, lat, z), `${name} at z${z}`).toBe(true);
      expect(await isLand(135.5, 39.2, z), `Sea of Japan at z${z}`).toBe(false);
    }
  });

  it('hold many more coast vertices around Rajin at zoom 12 than Natural Earth 1:10m', async () => {
    const [z, x, y] = tileOf(130.283, 42.227, 12);
    const coast = await layerAt(130.283, 42.227, 12, 'coast');
    let osm = 0;
    for (let i = 0; i < (coast?.length ?? 0); i++) osm += coast!.feature(i).loadGeometry().flat().length;

    const [west, south, east, north] = tileBounds([z, x, y]);
    const rings: Position[][] = naturalEarthLand.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()));
    const naturalEarth = rings.flat().filter(([lon, lat]) => lon! >= west && lon! <= east && lat! >= south && lat! <= north).length;

    expect(naturalEarth).toBeGreaterThan(0);
    expect(osm).toBeGreaterThanOrEqual(3 * naturalEarth);
  });

  // Points chosen on the OpenStreetMap polygons of Rajin port (see docs/decisions/0013): both are on the wrong
  // side of Natural Earth's 1:10m coast, which runs straight across the port.
  it('reads the pier at Rajin as land and its harbour basin as sea', async () => {
    // On the third pier (the one nearest Rajin station), about 70 m inside its outline.
    const pier = [130.2868, 42.2303] as const;
    // In the basin east of that pier, about 90 m off the quay.
    const basin = [130.2885, 42.2336] as const;
    expect(await isLand(...pier, 12)).toBe(true);
    expect(await isLand(...basin, 12)).toBe(false);
    expect(naturalEarthIsLand(...pier), 'Natural Earth puts the pier in the sea').toBe(false);
    expect(naturalEarthIsLand(...basin), 'Natural Earth puts the basin on land').toBe(true);
  });

  it('draw the Yalu from the Yellow Sea and the Tumen to the Sea of Japan, not across Paektu-san', () => {
    const line = (river: string) =>
      rivers.features.find((f): f is Feature<MultiLineString> => f.properties?.river === river && f.geometry.type === 'MultiLineString')!.geometry.coordinates.flat();
    const yalu = line('yalu');
    const tumen = line('tumen');
    // The Yalu's mouth, between Dandong and Sinuiju; the Tumen's, south of Khasan.
    expect(Math.min(...yalu.map((p) => p[0]!))).toBeLessThan(124.5);
    expect(Math.max(...tumen.map((p) => p[0]!))).toBeGreaterThan(130.65);
    // The border crosses land between the two sources, near the crater lake (about 128.06°E, 42.0°N).
    const nearLake = [...yalu, ...tumen].filter(([lon, lat]) => Math.abs(lon! - 128.06) < 0.05 && Math.abs(lat! - 42.0) < 0.03);
    expect(nearLake).toEqual([]);
    expect(riverLabelsOf(rivers).map((l) => l.properties.river).sort()).toEqual(['tumen', 'yalu']);
  });
});
