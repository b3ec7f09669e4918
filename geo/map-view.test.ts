import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_VIEW, DEFAULT_VIEW_FRAME, defaultViewFor } from './map-view';

/** Where a point falls from the centre of a map showing `view` (web mercator, 512 px tiles, as MapLibre draws). */
function offset(view: { lon: number; lat: number; zoom: number }, lon: number, lat: number): { dx: number; dy: number } {
  const scale = 512 * 2 ** view.zoom;
  const y = (la: number) => Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / (2 * Math.PI);
  return { dx: ((lon - view.lon) / 360) * scale, dy: (y(view.lat) - y(lat)) * scale };
}

// Kholmsk port, and the East China Sea zone's south-western corner (data/features): the region's far ends.
const FAR_ENDS: [number, number][] = [
  [142.04, 47.04],
  [120.64, 26.92],
];

describe('defaultViewFor', () => {
  it('is the default view in the map a 1280 × 800 window leaves, and in any larger one', () => {
    expect(defaultViewFor(DEFAULT_VIEW_FRAME)).toEqual(DEFAULT_MAP_VIEW);
    expect(defaultViewFor({ width: 1320, height: 872 })).toEqual(DEFAULT_MAP_VIEW);
  });

  it('zooms out where the map is smaller, so the region stays inside it', () => {
    for (const frame of [
      { width: 424, height: 512 }, // 1024 × 768
      { width: 766, height: 560 }, // 1366 × 768
    ]) {
      const view = defaultViewFor(frame);
      expect(view.zoom).toBeLessThan(DEFAULT_MAP_VIEW.zoom);
      for (const [lon, lat] of FAR_ENDS) {
        const { dx, dy } = offset(view, lon, lat);
        expect(Math.abs(dx)).toBeLessThan(frame.width / 2);
        expect(Math.abs(dy)).toBeLessThan(frame.height / 2);
      }
    }
  });
});
