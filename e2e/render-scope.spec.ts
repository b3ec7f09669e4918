import { test, expect } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';
import { TimebarPage } from './pages/timebar-page';
import { overlapsRange, readFeatures } from './fixtures/record-spans';
import { installRenderCounter, takeRenderCounts } from './fixtures/render-counter';

// Issue 15 (speed): the dashboard renders more than once for each filter change (the state, the settled panel
// filter, the deferred panels). What does not show the change must skip those renders: every render of a component
// that did not need one is work and garbage on each step of a drag or a playback.

const FEATURES = readFeatures();
const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
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

test('a range move that changes no record re-renders neither the feature list, the legend, nor the layer and commodity controls; a commodity change leaves the layer control alone', async ({
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
  for (const region of ['Features', 'Legend', 'Map layers', 'Commodity']) {
    expect(afterMove[region] ?? 0, `${region} re-rendered for a range move that changes no record`).toBe(0);
  }

  await page.getByRole('group', { name: 'Commodity' }).getByRole('checkbox', { name: 'Coal' }).uncheck();
  await expect(status).toHaveAttribute('data-panels-current', 'true');
  await page.waitForTimeout(500);
  const afterCommodity = await takeRenderCounts(page);
  expect(afterCommodity['Commodity'] ?? 0).toBeGreaterThan(0);
  expect(afterCommodity['Map layers'] ?? 0, 'the layer control re-rendered for a commodity change').toBe(0);
});
