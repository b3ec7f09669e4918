import { describe, expect, it } from 'vitest';
import { viewForBox, type Box } from './frame-view';

/** Where a point falls from the centre of a map showing `view` (web mercator, 512 px tiles, as MapLibre draws). */
function pixelOffset(view: { lon: number; lat: number; zoom: number }, lon: number, lat: number): { dx: number; dy: number } {
  const scale = 512 * 2 ** view.zoom;
  const y = (la: number) => Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / (2 * Math.PI);
  return { dx: ((lon - view.lon) / 360) * scale, dy: (y(view.lat) - y(lat)) * scale };
}

function cornersInside(box: Box, frame: { width: number; height: number }, view: { lon: number; lat: number; zoom: number }): boolean {
  const [west, south, east, north] = box;
  return [
    [west, south],
    [east, north],
  ].every(([lon, lat]) => {
    const { dx, dy } = pixelOffset(view, lon!, lat!);
    return Math.abs(dx) <= frame.width / 2 && Math.abs(dy) <= frame.height / 2;
  });
}

describe('viewForBox', () => {
  it('shows a single spot at a fixed zoom, and fits an extent with a margin', () => {
    expect(viewForBox([130, 42, 130, 42])).toEqual({ lon: 130, lat: 42, zoom: 8 });
    const wide = viewForBox([120, 30, 140, 45]);
    expect(wide.lon).toBe(130);
    expect(wide.zoom).toBeGreaterThan(3);
    expect(wide.zoom).toBeLessThan(6);
  });

  it("fits the map's own size: a narrow map (1024 px screen) gets a wider view that still shows the whole box", () => {
    // Vladivostok to Nampo: wider than tall, so the map's width decides.
    const box: Box = [125.2, 38.7, 131.9, 43.1];
    const narrow = { width: 420, height: 560 };
    const fitted = viewForBox(box, narrow);
    expect(cornersInside(box, narrow, fitted)).toBe(true);
    // Fitted to the 800 px frame assumed before, the box's sides fall outside a 420 px map.
    expect(cornersInside(box, narrow, viewForBox(box, { width: 800, height: 640 }))).toBe(false);
    // A margin is left: the box does not touch the map's sides.
    const { dx } = pixelOffset(fitted, box[2], box[3]);
    expect(Math.abs(dx)).toBeLessThan(narrow.width / 2 - 20);
  });

  it('keeps to the zoom range: no closer than 10, no farther than 1', () => {
    expect(viewForBox([130, 42, 130.01, 42.01]).zoom).toBe(10);
    expect(viewForBox([-170, -80, 170, 80], { width: 200, height: 200 }).zoom).toBe(1);
  });
});
