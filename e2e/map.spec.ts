import { test, expect } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';
import { readFeatures } from './fixtures/record-spans';

const NAKHODKA = { lon: 132.893, lat: 42.807 };
// Sourced vertices of the Khasan–Rajin line (fact sheet 1b): Tumangang and Hongŭi stations.
const TUMANGANG = { lon: 130.608, lat: 42.421 };
const HONGUI = { lon: 130.537, lat: 42.426 };
const RAIL: [number, number, number] = [60, 45, 40];


test('a real click at Nakhodka selects it, shows its facts and writes select= to the URL', async ({ page }) => {
  const view = { lon: NAKHODKA.lon, lat: NAKHODKA.lat, zoom: 9 };
  const atlas = new AtlasPage(page);
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}`);
  const { x, y } = await atlas.pixelOf(NAKHODKA.lon, NAKHODKA.lat, view);
  await page.mouse.click(x, y);
  await expect(atlas.details).toContainText('Nakhodka');
  await expect(atlas.details.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page).toHaveURL(/select=port-nakhodka/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/select=/);
  await expect(atlas.details).not.toContainText('Nakhodka');
});

test('unchecking "Rail links" removes the Khasan–Rajin line from the map', async ({ page }) => {
  const view = { lon: 130.57, lat: 42.42, zoom: 11 };
  const atlas = new AtlasPage(page);
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}`);
  await atlas.foldLegend();
  // A box around the middle of the Tumangang–Hongŭi segment, clear of the station markers.
  const a = await atlas.pixelOf(TUMANGANG.lon, TUMANGANG.lat, view);
  const b = await atlas.pixelOf(HONGUI.lon, HONGUI.lat, view);
  const box = {
    x: Math.min(a.x, b.x) + Math.abs(a.x - b.x) * 0.3,
    y: Math.min(a.y, b.y) - 6,
    width: Math.abs(a.x - b.x) * 0.4,
    height: Math.abs(a.y - b.y) + 12,
  };
  const railPixels = () => atlas.countColorIn(box, RAIL, 40);
  expect(await railPixels()).toBeGreaterThan(10);
  await page.getByRole('checkbox', { name: 'Rail links' }).uncheck();
  await expect(page).toHaveURL(/layers=/);
  await atlas.waitForMapIdle();
  await page.waitForTimeout(300);
  expect(await railPixels()).toBe(0);
});

test('searching "Rajin" selects Rajin port and flies there', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  await page.getByLabel('Search places').fill('Rajin');
  await page.getByRole('option', { name: /Rajin port/ }).click();
  await expect(atlas.details).toContainText('Rajin port');
  await expect(page).toHaveURL(/select=port-rajin/);
  await expect
    .poll(async () => new URL(page.url()).searchParams.get('view')?.split(',').map(Number) ?? [], { timeout: 20_000 })
    .toEqual([expect.closeTo(130.283, 1), expect.closeTo(42.227, 1), expect.closeTo(8, 0)]);
});

test('the search box fits the left column: a one-line label and a placeholder that is not cut', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const input = page.getByRole('combobox', { name: 'Search places, vessels and events' });
  const fit = await input.evaluate((el: HTMLInputElement) => {
    // A copy holding the placeholder as its value overflows (scrollWidth) exactly when the placeholder is cut.
    const copy = el.cloneNode() as HTMLInputElement;
    copy.removeAttribute('id');
    el.after(copy);
    copy.value = el.placeholder;
    const overflow = copy.scrollWidth - copy.clientWidth;
    copy.remove();
    const label = document.querySelector(`label[for="${el.id}"]`)!;
    const labelStyle = getComputedStyle(label);
    return {
      overflow,
      labelHeight: label.getBoundingClientRect().height,
      lineHeight: parseFloat(labelStyle.lineHeight) || parseFloat(labelStyle.fontSize) * 1.6,
    };
  });
  expect(fit.overflow).toBe(0);
  expect(fit.labelHeight).toBeLessThan(fit.lineHeight * 1.5);
});

test('vessel names are searchable', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  await page.getByLabel('Search places').fill('Rye Song Gang');
  await expect(page.getByRole('option').first()).toContainText('Rye Song Gang');
});

test('reload restores the selection and the visible layers', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open('view=131,42,6&select=rail-khasan-rajin&layers=ports,rail,trade');
  await expect(atlas.details).toContainText('Khasan–Rajin');
  await page.reload();
  await atlas.waitForMapIdle();
  await expect(atlas.details).toContainText('Khasan–Rajin');
  await expect(page.getByRole('checkbox', { name: 'Trade flows' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Sea routes' })).not.toBeChecked();
  await atlas.openLegend();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Trade flows');
  await expect(page.getByRole('region', { name: 'Legend' })).not.toContainText('STS transfer zones');
});

test('an unknown feature id in the link shows a notice and nothing breaks', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open('select=port-atlantis');
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('port-atlantis');
  await expect(page).not.toHaveURL(/select=/);
});

test('the keyboard alone reaches and selects a feature through the list', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.textContent === 'Kholmsk port');
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await expect(atlas.details).toContainText('Kholmsk');
  await expect(page).toHaveURL(/select=port-kholmsk/);
});

test('a shift-click on a second feature measures the distance between them', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open('select=port-rajin');
  await page.getByRole('navigation', { name: 'Features' }).getByRole('button', { name: 'Vladivostok port' }).click({ modifiers: ['Shift'] });
  await expect(atlas.details).toContainText(/Distance from .* km/);
});

test('a route chosen on a 1024 px screen is framed whole in the map that screen leaves', async ({ page }) => {
  // The map is about 420 px wide beside the panels here; a camera fitted to a fixed 800 px frame cut the route's ends.
  await page.setViewportSize({ width: 1024, height: 768 });
  const atlas = new AtlasPage(page);
  await atlas.open();
  const route = readFeatures().find((f) => f.id === 'route-oil-vostochny-nampo');
  if (!route) throw new Error('route-oil-vostochny-nampo is missing from the data files');
  const before = new URL(page.url()).searchParams.get('view');
  await page.getByRole('navigation', { name: 'Features' }).getByRole('button', { name: /Vostochny → Nampo/ }).click();
  await expect(page).toHaveURL(/select=route-oil-vostochny-nampo/);
  await expect.poll(() => new URL(page.url()).searchParams.get('view'), { timeout: 30_000 }).not.toBe(before);
  const view = await atlas.settledView();
  const map = (await atlas.map.boundingBox())!;
  for (const [lon, lat] of route.geometry.coordinates as [number, number][]) {
    const { x, y } = await atlas.pixelOf(lon, lat, view);
    expect(x, `${lon}, ${lat} inside the map`).toBeGreaterThan(map.x + 10);
    expect(x).toBeLessThan(map.x + map.width - 10);
    expect(y).toBeGreaterThan(map.y + 10);
    expect(y).toBeLessThan(map.y + map.height - 10);
  }
});

test('on a 1024 × 768 screen the atlas opens on the whole region, zoomed out to fit the smaller map', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const atlas = new AtlasPage(page);
  await atlas.open();
  await expect.poll(() => new URL(page.url()).searchParams.get('view'), { timeout: 10_000 }).not.toBeNull();
  const view = await atlas.settledView();
  expect(view.zoom).toBeLessThan(3.9);
  const map = (await atlas.map.boundingBox())!;
  // Kholmsk port in the north-east and the East China Sea zone's south-western corner (data/features).
  for (const [lon, lat] of [
    [142.04, 47.04],
    [120.64, 26.92],
  ] as const) {
    const { x, y } = await atlas.pixelOf(lon, lat, view);
    expect(x, `${lon}, ${lat} inside the map`).toBeGreaterThan(map.x);
    expect(x).toBeLessThan(map.x + map.width);
    expect(y).toBeGreaterThan(map.y);
    expect(y).toBeLessThan(map.y + map.height);
  }
  // A link's own camera is kept, whatever the screen.
  await atlas.open('view=131,38.5,3.9');
  expect((await atlas.settledView()).zoom).toBe(3.9);
});
