import { test, expect } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';

// Colours from geo/basemap/basemap-theme.ts and geo/palette.ts, repeated here on purpose:
// the test checks what is drawn, not what the code intends.
const LIGHT_LAND: [number, number, number] = [243, 241, 234];
const LIGHT_SEA: [number, number, number] = [201, 219, 232];
const DPRK_RED: [number, number, number] = [200, 40, 50];
const RUSSIA_BLUE: [number, number, number] = [35, 90, 180];
const RAJIN_PORT = { lon: 130.283, lat: 42.227 };
/** The four ports the atlas is about, as data/features/places.json places them, with their country's colour. */
const FOUR_PORTS = [
  { name: 'Vladivostok port', lon: 131.883, lat: 43.111, color: RUSSIA_BLUE },
  { name: 'Nakhodka port', lon: 132.893, lat: 42.807, color: RUSSIA_BLUE },
  { name: 'Kholmsk port', lon: 142.043, lat: 47.04, color: RUSSIA_BLUE },
  { name: 'Rajin port (Rason)', ...RAJIN_PORT, color: DPRK_RED },
];
/** lib/dashboard-state's default view: the region from Rajin to Kholmsk. */
const DEFAULT_VIEW = { lon: 131, lat: 38.5, zoom: 3.9 };

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

test('the page loads offline with the map, the four ports and a Details region', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  await expect(page.getByRole('heading', { name: 'Route Atlas' })).toBeVisible();
  await expect(atlas.details).toBeVisible();
  await expect(page.locator('canvas').first()).toBeVisible();
  await expect(page).toHaveURL(/view=131\.0+,38\.50*,3\.90/);
  // The four ports are listed…
  const features = page.getByRole('navigation', { name: 'Features' });
  for (const port of FOUR_PORTS) await expect(features.getByRole('button', { name: port.name, exact: true })).toHaveCount(1);
  // …and drawn where they are, in their country's colour, in the first view.
  await atlas.foldLegend();
  for (const port of FOUR_PORTS) {
    // An 11 × 11 px box on the port's position holds its marker, in its country's colour; sea or land alone has
    // none. (At this zoom neighbours overlap: Vostochny's outline crosses Nakhodka's centre, Rajin station's ring
    // sits on Rajin port, so one centre pixel would not do.)
    const { x, y } = await atlas.pixelOf(port.lon, port.lat, DEFAULT_VIEW);
    const drawn = await atlas.countColorIn({ x: x - 5, y: y - 5, width: 11, height: 11 }, port.color, 40);
    expect(drawn, `${port.name}: pixels of its colour around (${Math.round(x)}, ${Math.round(y)})`).toBeGreaterThan(25);
  }
});

test('land and sea are drawn where Natural Earth puts them', async ({ page }) => {
  const view = { lon: 130, lat: 42, zoom: 5 };
  const atlas = new AtlasPage(page);
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}`);
  await atlas.foldLegend();
  const manchuria = await atlas.colorAtLonLat(126.2, 45.6, view);
  const seaOfJapan = await atlas.colorAtLonLat(135.5, 39.2, view);
  expect(distance(manchuria, LIGHT_LAND), `inland Manchuria ${manchuria}`).toBeLessThan(12);
  expect(distance(seaOfJapan, LIGHT_SEA), `Sea of Japan ${seaOfJapan}`).toBeLessThan(12);
});

test('Rajin is drawn at its position and a real click selects it', async ({ page }) => {
  const view = { lon: RAJIN_PORT.lon, lat: RAJIN_PORT.lat, zoom: 9 };
  const atlas = new AtlasPage(page);
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}`);
  const { x, y } = await atlas.pixelOf(RAJIN_PORT.lon, RAJIN_PORT.lat, view);
  const marker = await atlas.colorAt(x, y);
  expect(distance(marker, DPRK_RED), `marker colour ${marker}`).toBeLessThan(30);
  await page.mouse.click(x, y);
  await expect(atlas.details).toContainText('Rajin');
  await expect(page).toHaveURL(/select=port-rajin/);
});

test('the dark theme draws a different sea than the light theme', async ({ page }) => {
  const view = { lon: 130, lat: 42, zoom: 5 };
  const atlas = new AtlasPage(page);
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}&theme=light`);
  await atlas.foldLegend();
  const light = await atlas.colorAtLonLat(135.5, 39.2, view);
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}&theme=dark`);
  await atlas.foldLegend();
  const dark = await atlas.colorAtLonLat(135.5, 39.2, view);
  expect(distance(light, dark)).toBeGreaterThan(60);
});

test('a malformed view falls back to the default view with a notice', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open('view=abc,999,zz');
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('not valid');
  await expect(page).toHaveURL(/view=131\.0+,38\.50*,3\.90/);
});

test('the view in the URL follows the camera', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open('view=130,42,5');
  const box = await atlas.map.boundingBox();
  if (!box) throw new Error('no map box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  // Dragging the map left moves the camera east.
  await expect.poll(async () => Number(new URL(page.url()).searchParams.get('view')?.split(',')[0])).toBeGreaterThan(132);
});
