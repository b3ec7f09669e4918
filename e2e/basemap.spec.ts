import { PNG } from 'pngjs';
import { BASEMAP_COLORS } from '../geo/basemap/basemap-theme';
import { test, expect, type Page } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';

const hex = (color: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
const SEA = hex(BASEMAP_COLORS.light.sea);
const LAND = hex(BASEMAP_COLORS.light.land);
const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('at port level the map draws Rajin’s pier and harbour basin where OpenStreetMap has them, not Natural Earth', async ({ page }) => {
  // Sea routes off: they cross the pier at this zoom. The points are those of scripts/basemap/coast-tiles.test.ts:
  // both lie on the wrong side of Natural Earth's 1:10m coast.
  const view = { lon: 130.29, lat: 42.24, zoom: 13 };
  const atlas = new AtlasPage(page);
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}&layers=ports`);
  const pier = await atlas.colorAtLonLat(130.2868, 42.2303, view);
  const basin = await atlas.colorAtLonLat(130.2885, 42.2336, view);
  expect(distance(pier, LAND), `pier ${pier}`).toBeLessThan(12);
  expect(distance(basin, SEA), `harbour basin ${basin}`).toBeLessThan(12);
});

test('the detailed coast and the fonts are read from this host only', async ({ page, guard }) => {
  const local: string[] = [];
  page.on('requestfinished', (request) => local.push(new URL(request.url()).pathname));
  const atlas = new AtlasPage(page);
  await atlas.open('view=130.45,42.35,11&lang=zh');
  expect(local.some((path) => path.endsWith('/basemap/coast.pmtiles')), 'coast archive requested').toBe(true);
  expect(local.some((path) => path.endsWith('.woff2')), 'font subsets requested').toBe(true);
  expect(guard.offHostRequests).toEqual([]);
});

/** Dark label pixels (the light theme's label colour) in a page box, as a bitmap. */
async function labelInk(page: Page, box: Box): Promise<boolean[]> {
  const image = PNG.sync.read(await page.screenshot({ clip: box }));
  const ink: boolean[] = [];
  for (let i = 0; i < image.data.length; i += 4) ink.push(Math.max(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!) < 120);
  return ink;
}

test('Korean labels are drawn in the shipped Korean font, not as boxes', async ({ page }) => {
  const view = { lon: 130.45, lat: 42.35, zoom: 10 };
  const atlas = new AtlasPage(page);
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}&lang=ko&layers=ports`);
  const koreanFaces = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans KR Variable' && f.status === 'loaded').length,
  );
  expect(koreanFaces, 'Korean font subsets loaded').toBeGreaterThan(0);
  expect(await page.evaluate(() => document.fonts.check('600 16px "Noto Sans KR Variable"', '선봉역홍의역'))).toBe(true);

  // Two station names of three syllables each, labelled to the right of their rings: 선봉역 (Sŏnbong) and 홍의역
  // (Hongŭi). Drawn as boxes they would be the same three boxes; drawn as Hangul they differ.
  const crop = async (lon: number, lat: number) => {
    const { x, y } = await atlas.pixelOf(lon, lat, view);
    return labelInk(page, { x: x + 8, y: y - 8, width: 44, height: 16 });
  };
  const sonbong = await crop(130.379, 42.353);
  const hongui = await crop(130.537, 42.426);
  const inkOf = (bits: boolean[]) => bits.filter(Boolean).length;
  expect(inkOf(sonbong), 'Sŏnbong label drawn').toBeGreaterThan(25);
  expect(inkOf(hongui), 'Hongŭi label drawn').toBeGreaterThan(25);
  const differing = sonbong.filter((bit, i) => bit !== hongui[i]).length;
  expect(differing / Math.max(inkOf(sonbong), inkOf(hongui)), 'the two names differ glyph by glyph').toBeGreaterThan(0.5);
});

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the legend starts folded and covers none of the sea around Japan; unfolding it is remembered', async ({ page }) => {
    const view = { lon: 131, lat: 38.5, zoom: 3.9 }; // the default view
    const atlas = new AtlasPage(page);
    await atlas.open();
    const legend = page.locator('details.map-legend');
    await expect(legend).not.toHaveAttribute('open');
    const legendBox = (await legend.boundingBox())!;
    // Sea around Japan and Korea, the part of the default view the open legend used to cover.
    const seaPoints: [string, number, number][] = [
      ['Sea of Japan', 135.5, 39.2],
      ['off Niigata', 137.5, 38.6],
      ['Sea of Japan, north', 137, 42],
      ['off the Oki Islands', 133.5, 37],
      ['Pacific off Honshu', 143.5, 37.5],
      ['Pacific off Shikoku', 134, 32],
      ['East China Sea', 127.5, 31.8],
    ];
    for (const [name, lon, lat] of seaPoints) {
      const at = await atlas.pixelOf(lon, lat, view);
      expect(overlaps(legendBox, { x: at.x - 1, y: at.y - 1, width: 3, height: 3 }), `${name} under the legend`).toBe(false);
      // What the user sees there is the map itself, not the legend or another panel.
      const onMap = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="atlas-map"]') != null, at);
      expect(onMap, `${name} shows the map`).toBe(true);
    }

    await legend.locator('summary').click();
    await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
    await page.reload();
    await atlas.waitForMapIdle();
    await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
  });

  test('presenting, the legend sits beside the key chart and under the title, overlapping neither', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.open('view=130.3,42.2,7&select=port-rajin');
    await page.getByRole('tab', { name: 'Briefing' }).click();
    const briefing = page.getByRole('region', { name: 'Briefing' });
    const form = briefing.getByRole('group', { name: 'New slide from the current view' });
    await form.getByLabel('Slide title').fill('Rajin');
    await form.getByRole('button', { name: 'Add slide' }).click();
    await briefing.getByRole('button', { name: 'Present' }).click();
    const show = page.getByRole('region', { name: 'Presentation' });
    await expect(show.getByRole('heading', { name: 'Rajin' })).toBeVisible();
    const chart = show.getByRole('complementary', { name: 'Key chart' });
    await expect(chart).toBeVisible();
    await show.locator('details.map-legend summary').click();
    const legend = show.getByRole('region', { name: 'Legend' });
    await expect(legend).toBeVisible();

    const legendBox = (await show.locator('details.map-legend').boundingBox())!;
    const chartBox = (await chart.boundingBox())!;
    const titleBar = (await show.locator('header').boundingBox())!;
    expect(overlaps(legendBox, chartBox), 'legend over the key chart').toBe(false);
    expect(overlaps(legendBox, titleBar), 'legend over the title').toBe(false);
    await page.keyboard.press('Escape');
  });
});
