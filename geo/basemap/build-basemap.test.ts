import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, point } from '@turf/turf';

import { describe, expect, it } from 'vitest';
import { buildBasemapAssets, type NaturalEarthTopology } from './build-basemap';

const atlas = (name: string): NaturalEarthTopology =>
  JSON.parse(readFileSync(join(process.cwd(), 'node_modules/world-atlas', `${name}.json`), 'utf8')) as NaturalEarthTopology;

const assets = buildBasemapAssets({
  land10m: atlas('land-10m'),
  land110m: atlas('land-110m'),
  countries10m: atlas('countries-10m'),
  countries110m: atlas('countries-110m'),
});

function onLand(lon: number, lat: number): boolean {
  return assets.land.features.some((f) => booleanPointInPolygon(point([lon, lat]), f));
}

describe('offline basemap', () => {
  // Points a few km inland of each design-brief port: the land behind the harbour must be land.
  it.each([
    ['Nakhodka hinterland', 132.87, 42.86],
    ['Vladivostok hinterland', 131.93, 43.16],
    ['Kholmsk hinterland', 142.1, 47.05],
    ['Rajin hinterland', 130.26, 42.27],
    ['inland Manchuria', 126.2, 45.6],
  ])('%s is land', (_name, lon, lat) => {
    expect(onLand(lon, lat)).toBe(true);
  });

  it.each([
    ['Sea of Japan', 135.5, 39.2],
    ['Yellow Sea', 123.6, 35.8],
    ['East China Sea', 125.5, 30.6],
    ['Sea of Okhotsk', 147.5, 52.5],
    ['Nakhodka Bay', 132.9, 42.75],
    ['Peter the Great Gulf', 131.9, 42.8],
  ])('%s is sea', (_name, lon, lat) => {
    expect(onLand(lon, lat)).toBe(false);
  });

  it('uses the finest Natural Earth scale inside the region and the coarsest outside', () => {
    const scales = new Set(assets.land.features.map((f) => f.properties.scale));
    expect(scales).toEqual(new Set(['10m', '110m']));
    expect(assets.coastline.features.length).toBeGreaterThan(0);
    expect(assets.borders.features.length).toBeGreaterThan(0);
  });

  it('stays compact enough to serve with the app', () => {
    const bytes = JSON.stringify(assets.land).length + JSON.stringify(assets.coastline).length + JSON.stringify(assets.borders).length;
    expect(bytes).toBeLessThan(2_000_000);
  });
});
