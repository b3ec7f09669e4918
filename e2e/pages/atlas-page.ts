import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

const TILE_SIZE = 512;

function mercatorWorld(lon: number, lat: number, zoom: number): [number, number] {
  const scale = TILE_SIZE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  const x = ((lon + 180) / 360) * scale;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  return [x, y];
}

/** Page object for the dashboard: navigation, the map's pixels, and the panels. */
export class AtlasPage {
  readonly details: Locator;
  readonly map: Locator;

  constructor(readonly page: Page) {
    this.details = page.getByRole('region', { name: 'Details' });
    this.map = page.locator('[data-testid="atlas-map"]');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query ? `?${query}` : ''}`);
    await this.waitForMapIdle();
  }

  /** Waits until MapLibre reports idle, the label fonts are loaded and deck.gl has drawn at least once after it. */
  async waitForMapIdle(): Promise<void> {
    await expect(this.map).toHaveAttribute('data-map-idle', 'true', { timeout: 60_000 });
    await expect(this.map).toHaveAttribute('data-label-fonts', 'loaded', { timeout: 60_000 });
    await expect(this.map).toHaveAttribute('data-deck-drawn', 'true', { timeout: 60_000 });
    // Two frames, so the last deck draw is on screen.
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  /** Unfolds the legend (it starts folded on windows narrower than 1600 px). */
  async openLegend(): Promise<void> {
    const legend = this.page.locator('details.map-legend');
    if ((await legend.getAttribute('open')) === null) await legend.locator('summary').click();
  }

  /** Folds the legend away so that pixel checks see the map beneath it. */
  async foldLegend(): Promise<void> {
    const legend = this.page.locator('details.map-legend');
    if (await legend.getAttribute('open') !== null) await legend.locator('summary').click();
  }

  /** How many pixels in a page rectangle are within `tolerance` of a colour (what the user sees). */
  async countColorIn(
    box: { x: number; y: number; width: number; height: number },
    color: readonly [number, number, number],
    tolerance: number,
  ): Promise<number> {
    const clip = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
    const image = PNG.sync.read(await this.page.screenshot({ clip }));
    let count = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const d = Math.hypot(image.data[i]! - color[0], image.data[i + 1]! - color[1], image.data[i + 2]! - color[2]);
      if (d < tolerance) count++;
    }
    return count;
  }

  /** The camera in the address bar once the map has settled there. */
  async settledView(): Promise<View> {
    await this.waitForMapIdle();
    await this.page.waitForTimeout(500);
    const [lon, lat, zoom] = new URL(this.page.url()).searchParams.get('view')!.split(',').map(Number) as [number, number, number];
    return { lon, lat, zoom };
  }

  /** Page pixel of a lon/lat for the given camera (Web Mercator, 512 px tiles, as MapLibre). */
  async pixelOf(lon: number, lat: number, view: View): Promise<{ x: number; y: number }> {
    const box = await this.map.boundingBox();
    if (!box) throw new Error('map is not laid out');
    const [cx, cy] = mercatorWorld(view.lon, view.lat, view.zoom);
    const [px, py] = mercatorWorld(lon, lat, view.zoom);
    return { x: box.x + box.width / 2 + (px - cx), y: box.y + box.height / 2 + (py - cy) };
  }

  /** The screen colour at a page pixel, read from a screenshot (what the user sees). */
  async colorAt(x: number, y: number): Promise<[number, number, number]> {
    const clip = { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 };
    const png = await this.page.screenshot({ clip });
    return decodeCenterPixel(png);
  }

  async colorAtLonLat(lon: number, lat: number, view: View): Promise<[number, number, number]> {
    const { x, y } = await this.pixelOf(lon, lat, view);
    return this.colorAt(x, y);
  }
}

/** Reads the centre pixel of a small screenshot. */
function decodeCenterPixel(png: Buffer): [number, number, number] {
  const image = PNG.sync.read(png);
  const x = Math.floor(image.width / 2);
  const y = Math.floor(image.height / 2);
  const i = (y * image.width + x) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}
