/**
 * Build-time assets the app serves itself (git-ignored, regenerated on every build): the offline Natural Earth
 * basemap, the OpenStreetMap coast tiles and border rivers (generated once, then copied from the cache), and
 * MapLibre's worker, which Turbopack cannot bundle.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { BASEMAP_ASSET_PATHS } from '../geo/basemap/basemap-region';
import { buildBasemapAssets, type NaturalEarthTopology } from '../geo/basemap/build-basemap';
import { ensureCoastAssets } from './basemap/coast-assets';

const root = join(import.meta.dirname, '..');
const publicDir = join(root, 'public');

function readTopology(name: string): NaturalEarthTopology {
  return JSON.parse(readFileSync(join(root, 'node_modules/world-atlas', `${name}.json`), 'utf8')) as NaturalEarthTopology;
}

function writeAsset(urlPath: string, contents: string): void {
  const file = join(publicDir, urlPath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
  console.log(`prepare-assets: wrote ${urlPath} (${(contents.length / 1024).toFixed(0)} kB)`);
}

const assets = buildBasemapAssets({
  land10m: readTopology('land-10m'),
  land110m: readTopology('land-110m'),
  countries10m: readTopology('countries-10m'),
  countries110m: readTopology('countries-110m'),
});
writeAsset(BASEMAP_ASSET_PATHS.land, JSON.stringify(assets.land));
writeAsset(BASEMAP_ASSET_PATHS.coastline, JSON.stringify(assets.coastline));
writeAsset(BASEMAP_ASSET_PATHS.borders, JSON.stringify(assets.borders));

const started = performance.now();
const coast = ensureCoastAssets();
copyFileSync(coast.archivePath, join(publicDir, BASEMAP_ASSET_PATHS.coastTiles));
copyFileSync(coast.riversPath, join(publicDir, BASEMAP_ASSET_PATHS.rivers));
console.log(
  `prepare-assets: ${coast.generated ? `generated ${coast.tileCount} coast tiles` : 'coast tiles from the cache'} ` +
    `(${(statSync(coast.archivePath).size / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

mkdirSync(publicDir, { recursive: true });
copyFileSync(
  join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'),
  join(publicDir, 'maplibre-gl-worker.mjs'),
);
console.log('prepare-assets: copied maplibre-gl-worker.mjs');
