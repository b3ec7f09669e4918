import { test, expect } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';
import { TimebarPage } from './pages/timebar-page';
import { overlapsRange, readFeatures } from './fixtures/record-spans';
import { installRenderCounter, takeRenderCounts } from './fixtures/render-counter';
import { DAY_MS, isoDay } from './fixtures/days';

// Issue 15 (speed): the dashboard renders more than once for each filter change (the state, the settled panel
// filter, the deferred panels). What does not show the change must skip those renders: every render of a component
// that did not need one is work and garbage on each step of a drag or a playback.

const FEATURES = readFeatures();
const sameRecords = (a: readonly [string, string], b: readonly [string, string]) =>
  FEATURES.every((f) => overlapsRange(f, ...a) === overlapsRange(f, ...b));

/** The first range from 1 Jan 2018 to an end in 2018 whose end can move a day without any record coming or going. */
function quietRange(): { from: string; to: string; next: string } {
  const from = '2018-01-01';
  for (let end = Date.UTC(2018, 2, 31); end < Date.UTC(2019, 0, 1); end += DAY_MS) {
    const to = isoDay(end);
    const next = isoDay(end + DAY_MS);
    if (sameRecords([from, to], [from, next])) return { from, to, next };
  }
  throw new Error('no day in 2018 leaves the records as they are: pick another year');
}

test('a range move that changes no record re-renders neither the feature list, the legend, the layer and commodity controls nor the briefing; a commodity change leaves the layer control alone', async ({
  page,
}) => {
  const { from, to, next } = quietRange();
  await installRenderCounter(page);
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  const status = page.getByTestId('panels-status');
  await atlas.open(`time=${from},${to}`);
  await expect(status).toHaveAttribute('data-panels-current', 'true');
  await page.waitForTimeout(500);
  await takeRenderCounts(page);

  await timebar.endHandle.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`time=${from},${next}(&|$)`));
  await expect(status).toHaveAttribute('data-panels-current', 'true');
  await page.waitForTimeout(500);
  const afterMove = await takeRenderCounts(page);
  // The counter sees renders: the timebar shows the new range.
  expect(afterMove['Timebar'] ?? 0).toBeGreaterThan(0);
  // The Briefing tab (hidden) reads the range only when a slide is added or updated.
  for (const region of ['Features', 'Legend', 'Map layers', 'Commodity', 'Briefing']) {
    expect(afterMove[region] ?? 0, `${region} re-rendered for a range move that changes no record`).toBe(0);
  }

  await page.getByRole('group', { name: 'Commodity' }).getByRole('checkbox', { name: 'Coal' }).uncheck();
  await expect(status).toHaveAttribute('data-panels-current', 'true');
  await page.waitForTimeout(500);
  const afterCommodity = await takeRenderCounts(page);
  expect(afterCommodity['Commodity'] ?? 0).toBeGreaterThan(0);
  expect(afterCommodity['Map layers'] ?? 0, 'the layer control re-rendered for a commodity change').toBe(0);
});

/** The entries of every list with this accessible name, by their text (the identity a reader sees). */
async function entryTexts(page: import('@playwright/test').Page, listName: string): Promise<string[]> {
  return page.locator(`[aria-label="${listName}"] li`).allTextContents();
}

test('a commodity change renders only the sources and chart series that come or go, not every entry of the lists', async ({ page }) => {
  await installRenderCounter(page);
  const atlas = new AtlasPage(page);
  const status = page.getByTestId('panels-status');
  await atlas.open();
  await expect(status).toHaveAttribute('data-panels-current', 'true');
  await expect(page.locator('[aria-label="Series"] li').first()).toBeVisible();
  await page.waitForTimeout(500);
  const before = { Sources: await entryTexts(page, 'Sources'), Series: await entryTexts(page, 'Series') };
  await takeRenderCounts(page);

  await page.getByRole('group', { name: 'Commodity' }).getByRole('checkbox', { name: 'Coal' }).uncheck();
  await expect(status).toHaveAttribute('data-panels-current', 'true');
  await page.waitForTimeout(500);
  const counts = await takeRenderCounts(page);
  for (const list of ['Sources', 'Series'] as const) {
    const after = await entryTexts(page, list);
    const kept = after.filter((text) => before[list].includes(text)).length;
    const added = after.length - kept;
    // The list changed, and most of it stayed: the case where rendering every entry again costs the most.
    expect(kept, `${list}: entries kept across the change`).toBeGreaterThan(2);
    expect(after.length === before[list].length && added === 0, `${list}: the change changed the list`).toBe(false);
    // A kept entry costs one memo check; an added one its few elements; the list itself a handful. Rendering every
    // entry again costs several per kept entry.
    const renders = counts[list] ?? 0;
    expect(renders, `${list}: ${renders} renders for ${kept} kept and ${added} added entries`).toBeLessThanOrEqual(kept + 12 * added + 12);
  }
});
