import { describe, expect, it } from 'vitest';

import { regionalLand, withoutSmallHoles, type CountryLandFeature } from './osm-land';

const square = (a3: string, x0: number, y0: number, x1: number, y1: number): CountryLandFeature => ({
  type: 'Feature',
  properties: { A3: a3 },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
});

describe('regionalLand', () => {
  // Two countries side by side sharing the edge x = 1, and one far outside the region.
  const region = regionalLand([square('AAA', 0, 0, 1, 1), square('BBB', 1, 0, 2, 1), square('CCC', 50, 50, 51, 51)], [-1, -1, 3, 3]);

  it('keeps the countries that reach the region, clipped to it', () => {
    expect(region.land.map((f) => f.properties.country)).toEqual(['AAA', 'BBB']);
  });

  it('tells the shared edge (a border, kept once) from the coast', () => {
    expect(region.borders).toHaveLength(1);
    expect(region.borders[0]!.properties.countries).toBe('AAA-BBB');
    expect(region.borders[0]!.geometry.coordinates).toEqual([[[1, 0], [1, 1]]]);
    const coast = region.coast[0]!.geometry.coordinates.flat();
    expect(coast).toContainEqual([0, 0]);
    expect(coast).toContainEqual([2, 1]);
    // No coast segment runs along the shared edge.
    const coastLines = region.coast[0]!.geometry.coordinates;
    const alongBorder = coastLines.some((l) => l.some((p, i) => i > 0 && p[0] === 1 && l[i - 1]![0] === 1));
    expect(alongBorder).toBe(false);
  });

  it('cuts the coast where the region ends', () => {
    const cut = regionalLand([square('AAA', 0, 0, 4, 1)], [-1, -1, 2, 3]);
    const xs = cut.coast[0]!.geometry.coordinates.flat().map((p) => p[0]!);
    expect(Math.max(...xs)).toBe(2);
  });
});

describe('withoutSmallHoles', () => {
  it('fills inland water below the area and keeps larger', () => {
    const ring = (x0: number, y0: number, d: number) => [[x0, y0], [x0, y0 + d], [x0 + d, y0 + d], [x0 + d, y0], [x0, y0]];
    const country: CountryLandFeature = {
      type: 'Feature',
      properties: { A3: 'AAA' },
      // A 0.01° pond (about 1 km²) and a 0.1° lake (about 100 km²) at 42°N.
      geometry: { type: 'Polygon', coordinates: [ring(0, 42, 1).reverse(), ring(0.2, 42.2, 0.01), ring(0.5, 42.5, 0.1)] },
    };
    const [filled] = withoutSmallHoles([country], 10);
    expect(filled!.geometry.coordinates).toEqual([[ring(0, 42, 1).reverse(), ring(0.5, 42.5, 0.1)]]);
  });
});
