import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';
import { TimebarPage } from './pages/timebar-page';

// Issue 5: side panels, charts and filters, linked both ways with the map and the URL.
// Figures are read from the data files here, so a test fails if a chart shows anything but the file's value.

interface RawIncident {
  id: string;
  properties: { zoneId: string; date: string; commodity: string; name: { en: string } };
}
interface RawTradeSeries {
  id: string;
  partners: string[];
  flow: string;
  commodity: string;
  points: { year: number; valueUsd: number; sourceIds: string[]; confidence: string }[];
}

// Playwright runs from the repository root (where playwright.config.ts is).
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8')) as T;
const INCIDENTS = readJson<{ features: RawIncident[] }>('data/features/sts-incidents.json').features;
const TRADE = readJson<{ series: RawTradeSeries[] }>('data/series/trade.json').series;
interface RawLaborSeries {
  id: string;
  label: string;
  points: { date: string; value?: number; low?: number; high?: number; confidence: string }[];
}
const LABOR = readJson<{ workers: RawLaborSeries[] }>('data/series/labor.json').workers;

const LIGHT_SEA: [number, number, number] = [201, 219, 232];
// Inside the East China Sea STS zone (refined petroleum only): 440 km from Shanghai on bearing 100°, open sea,
// about 200 km from any incident or route, so only the zone's fill tints it.
// Inside the zone, clear of its incidents, routes and the "East China Sea" label.
const EAST_CHINA_SEA_ZONE_POINT = { lon: 123.0, lat: 28.3 };
const ZONE_NAME = 'East China Sea, off Shanghai';

const usd = (value: number) => `$${value.toLocaleString('en-US')}`;

function commodityGroup(page: Page) {
  return page.getByRole('group', { name: 'Commodity' });
}

function chart(page: Page, title: string | RegExp) {
  return page.getByRole('region', { name: title });
}

async function chooseOnly(page: Page, label: string) {
  await commodityGroup(page).getByRole('button', { name: 'None', exact: true }).click();
  await commodityGroup(page).getByRole('checkbox', { name: label, exact: true }).check();
}

test('choosing only "Coal" removes a petroleum-only zone from the map and the list, and the chart shows coal', async ({ page }) => {
  const view = { lon: 124, lat: 30, zoom: 5 };
  const atlas = new AtlasPage(page);
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}`);
  await atlas.foldLegend();
  const features = page.getByRole('navigation', { name: 'Features' });
  const { x, y } = await atlas.pixelOf(EAST_CHINA_SEA_ZONE_POINT.lon, EAST_CHINA_SEA_ZONE_POINT.lat, view);
  const box = { x: x - 3, y: y - 3, width: 6, height: 6 };
  // Before: the zone's translucent fill tints the sea.
  expect(await atlas.countColorIn(box, LIGHT_SEA, 6)).toBeLessThan(36);
  await expect(features.getByRole('button', { name: ZONE_NAME })).toBeVisible();

  await chooseOnly(page, 'Coal');
  await expect(page).toHaveURL(/commodities=coal(&|$)/);
  await atlas.waitForMapIdle();
  await page.waitForTimeout(300);

  // After: plain sea at the same pixels, and the zone is gone from the list.
  expect(await atlas.countColorIn(box, LIGHT_SEA, 6)).toBe(36);
  await expect(features.getByRole('button', { name: ZONE_NAME })).toHaveCount(0);

  // The overview's incident chart counts only coal incidents, and says so.
  const coalCount = INCIDENTS.filter((i) => i.properties.commodity === 'coal').length;
  const incidents = chart(page, 'STS incidents by year, all zones');
  await expect(incidents).toContainText(`${coalCount} incident`);
  await expect(incidents).toContainText(`coal: ${coalCount}`);
  await expect(incidents).not.toContainText('refined petroleum:');
  await expect(incidents.getByRole('button', { name: 'Coal', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(incidents.getByRole('button', { name: 'Refined petroleum', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('the range 2019–2020 hides a 2017 incident from the list and the charts', async ({ page }) => {
  const incident2017 = INCIDENTS.find((i) => i.properties.date.startsWith('2017'));
  if (!incident2017) throw new Error('the dataset has no 2017 incident');
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open();
  const incidents = chart(page, 'STS incidents by year, all zones');
  await incidents.getByRole('button', { name: 'Show data' }).click();
  await expect(incidents.getByRole('table')).toContainText(incident2017.properties.name.en);

  await timebar.typeRange('2019-01-01', '2020-12-31');
  await expect(incidents.getByRole('table')).not.toContainText(incident2017.properties.name.en);
  const inRange = INCIDENTS.filter((i) => ['2019', '2020'].includes(i.properties.date.slice(0, 4))).length;
  await expect(incidents).toContainText(`${inRange} incidents in 2019–2020`);
  const list = page.getByRole('navigation', { name: 'Features' });
  await expect(list.getByRole('button', { name: new RegExp(incident2017.properties.name.en) })).toHaveCount(0);
});

test('clicking a year in a chart sets the time range to that year and the URL', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const incidents = chart(page, 'STS incidents by year, all zones');
  await incidents.scrollIntoViewIfNeeded();
  // A real click on the 2018 bar: the column above the axis tick labelled 2018.
  const tick = incidents.locator('.recharts-cartesian-axis-tick-value', { hasText: '2018' });
  await expect(tick).toBeVisible();
  const tickBox = await tick.boundingBox();
  const plotBox = await incidents.locator('.recharts-wrapper').boundingBox();
  if (!tickBox || !plotBox) throw new Error('the incidents chart is not laid out');
  // As a person does: the pointer arrives over the bar (recharts tracks the active year on move), then clicks.
  await page.mouse.move(tickBox.x + tickBox.width / 2, plotBox.y + plotBox.height * 0.7, { steps: 4 });
  await page.mouse.click(tickBox.x + tickBox.width / 2, plotBox.y + plotBox.height * 0.7);
  await expect(page).toHaveURL(/time=2018-01-01,2018-12-31(&|$)/);
  const timebar = new TimebarPage(page);
  await expect(timebar.from).toHaveValue('2018-01-01');
  await expect(timebar.to).toHaveValue('2018-12-31');

  // The keyboard path: a year in the data table.
  const trade = chart(page, 'Russia–DPRK trade');
  await timebar.preset('Full span').click();
  await expect.poll(() => timebar.time()).toBe('');
  await trade.getByRole('button', { name: 'Show data' }).click();
  await trade.getByRole('button', { name: 'Show only 2016' }).first().click();
  await expect(page).toHaveURL(/time=2016-01-01,2016-12-31(&|$)/);
});

test('clicking a commodity in a chart legend toggles it in the filter', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const china = chart(page, 'China–DPRK trade');
  const coal = china.getByRole('button', { name: 'Coal', exact: true });
  await expect(coal).toHaveAttribute('aria-pressed', 'true');
  await coal.click();
  await expect(commodityGroup(page).getByRole('checkbox', { name: 'Coal', exact: true })).not.toBeChecked();
  await expect(page).toHaveURL(/commodities=/);
  await expect(coal).toHaveAttribute('aria-pressed', 'false');
});

test('selecting an STS zone shows its incidents chart with the right count and its vessels', async ({ page }) => {
  const zoneId = 'zone-east-china-sea';
  const expected = INCIDENTS.filter((i) => i.properties.zoneId === zoneId).length;
  const atlas = new AtlasPage(page);
  await atlas.open(`select=${zoneId}`);
  const zoneChart = chart(page, new RegExp(`STS incidents in ${ZONE_NAME}`));
  await expect(zoneChart).toContainText(`${expected} incidents`);
  await zoneChart.getByRole('button', { name: 'Show data' }).click();
  // One table row per incident, plus the header row.
  await expect(zoneChart.getByRole('table').getByRole('row')).toHaveCount(expected + 2);
  await expect(page.getByRole('region', { name: 'Vessels involved' })).toContainText('Rye Song Gang 1');

  // Clearing the selection restores the overview.
  await page.keyboard.press('Escape');
  await expect(chart(page, 'Russia–DPRK trade')).toBeVisible();
});

test("a figure's source is reachable from the panel", async ({ page }) => {
  const series = TRADE.find((s) => s.id === 'trade-ru-kp-total-russia-official');
  const point = series?.points.find((p) => p.year === 2018);
  if (!point) throw new Error('no Russia–DPRK 2018 figure in the data file');
  const atlas = new AtlasPage(page);
  await atlas.open();
  const trade = chart(page, 'Russia–DPRK trade');
  await trade.getByRole('button', { name: 'Show data' }).click();
  // Another series may state the same amount for another year (the 2024 "record" is also $34 M): match the year too.
  const row = trade.getByRole('row').filter({ hasText: usd(point.valueUsd) }).filter({ hasText: String(point.year) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Reported');
  const link = row.getByRole('link').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(new RegExp(`#.*${point.sourceIds[0]}$`));
  await link.click();
  const entry = page.locator(href!);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('TASS');
  // The source list names the kind of publisher and gives its address as a link that only the user follows.
  await expect(page.getByRole('region', { name: 'Sources' }).first()).toBeVisible();
});

test('charts below the fold draw when they are scrolled to; their figures are there before', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  // In view at once: drawn.
  await expect(chart(page, 'Russia–DPRK trade').locator('.recharts-wrapper')).toHaveCount(1);
  // The last overview chart is far below the fold: its title, count and table are there, its drawing is not yet.
  const incidents = chart(page, 'STS incidents by year, all zones');
  await expect(incidents).toContainText(`${INCIDENTS.length} incidents`);
  await expect(incidents.locator('.recharts-wrapper')).toHaveCount(0);
  await incidents.getByRole('button', { name: 'Show data' }).click();
  await expect(incidents.getByRole('table')).toBeVisible();
  await incidents.scrollIntoViewIfNeeded();
  await expect(incidents.locator('.recharts-wrapper')).toHaveCount(1);
});

test('the trade chart marks each sourced figure on its line, filled if reported and hollow if not', async ({ page }) => {
  const russian = TRADE.filter((s) => s.partners.join() === 'RU,KP');
  // Drawn at first: the totals and the commodity lines (every commodity is shown); flows only on request.
  const expected = (shown: (s: RawTradeSeries) => boolean) =>
    russian.filter(shown).flatMap((s) => s.points.map((p) => `${s.id} ${p.year} ${p.confidence}`)).sort();
  const drawnDots = (region: ReturnType<typeof chart>) =>
    region.locator('[data-series-marks] circle').evaluateAll((dots) =>
      dots.map((d) => `${d.getAttribute('data-series')} ${d.getAttribute('data-year')} ${d.getAttribute('data-confidence')}`).sort(),
    );
  const atlas = new AtlasPage(page);
  await atlas.open();
  const trade = chart(page, 'Russia–DPRK trade');
  await expect.poll(() => drawnDots(trade)).toEqual(expected((s) => s.flow === 'total' || s.commodity !== 'all'));
  expect(expected((s) => s.flow === 'total').some((d) => !d.endsWith(' reported'))).toBe(true);

  const drawing = await trade.locator('svg.recharts-surface').evaluate((svg) => {
    const vertices = new Set(
      [...svg.querySelectorAll('path.recharts-line-curve')].flatMap((path) =>
        [...(path.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => `${Number(m[1]).toFixed(1)},${Number(m[2]).toFixed(1)}`),
      ),
    );
    return [...svg.querySelectorAll('[data-series-marks] circle')].map((c) => ({
      onLine: vertices.has(`${Number(c.getAttribute('cx')).toFixed(1)},${Number(c.getAttribute('cy')).toFixed(1)}`),
      filled: c.getAttribute('fill') === c.getAttribute('stroke'),
      reported: c.getAttribute('data-confidence') === 'reported',
      // Above every line: the dots' layer comes after the lines' in the drawing.
      aboveLines: [...svg.querySelectorAll('path.recharts-line-curve')].every(
        (path) => (path.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      ),
    }));
  });
  expect(drawing.length).toBeGreaterThan(0);
  for (const dot of drawing) {
    expect(dot.onLine).toBe(true);
    expect(dot.filled).toBe(dot.reported);
    expect(dot.aboveLines).toBe(true);
  }

  // The marks follow the filter and the flows toggle.
  await chooseOnly(page, 'Coal');
  await expect.poll(() => drawnDots(trade)).toEqual(expected((s) => s.flow === 'total'));
  await trade.getByRole('button', { name: 'Show exports and imports' }).click();
  await expect.poll(() => drawnDots(trade)).toEqual(expected((s) => s.commodity === 'all'));
});

test('the labor chart marks each head count as its source states it: a point, a floor, a ceiling or a range', async ({ page }) => {
  const boundOf = (p: RawLaborSeries['points'][number]) =>
    p.value !== undefined ? 'exact' : p.low !== undefined && p.high !== undefined ? 'range' : p.low !== undefined ? 'lower' : 'upper';
  const expected = (series: readonly RawLaborSeries[]) =>
    series.flatMap((s) => s.points.map((p) => `${s.id} ${p.date} ${boundOf(p)} ${p.confidence}`)).sort();
  const atlas = new AtlasPage(page);
  await atlas.open();
  const labor = chart(page, 'DPRK workers abroad');
  await labor.scrollIntoViewIfNeeded();
  const marks = labor.locator('[data-series-marks] > g');
  const drawn = () =>
    marks.evaluateAll((gs) =>
      gs.map((g) => `${g.getAttribute('data-series')} ${g.getAttribute('data-date')} ${g.getAttribute('data-bound')} ${g.getAttribute('data-confidence')}`).sort(),
    );
  await expect.poll(drawn).toEqual(expected(LABOR));
  expect(new Set(expected(LABOR).map((m) => m.split(' ')[2]))).toEqual(new Set(['exact', 'range', 'lower', 'upper']));

  // Each bound its shape: a dot, a triangle up (at least), a triangle down (at most), a tick (the error bar spans the
  // range); dots and triangles filled only where the figure is reported first-hand.
  const shapes = await marks.evaluateAll((gs) =>
    gs.map((g) => {
      const shape = g.firstElementChild!;
      const tips = [...(shape.getAttribute('d') ?? '').matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => Number(m[2]));
      return {
        bound: g.getAttribute('data-bound'),
        reported: g.getAttribute('data-confidence') === 'reported',
        tag: shape.tagName,
        filled: shape.getAttribute('fill') === shape.getAttribute('stroke'),
        tipUp: tips.length === 3 ? tips[0]! < Math.min(tips[1]!, tips[2]!) : null,
      };
    }),
  );
  for (const mark of shapes) {
    const tag = { exact: 'circle', lower: 'path', upper: 'path', range: 'line' }[mark.bound!];
    expect(mark.tag).toBe(tag);
    if (mark.bound !== 'range') expect(mark.filled).toBe(mark.reported);
    if (mark.bound === 'lower') expect(mark.tipUp).toBe(true);
    if (mark.bound === 'upper') expect(mark.tipUp).toBe(false);
  }
  const ranges = shapes.filter((m) => m.bound === 'range').length;
  expect(await labor.locator('.recharts-errorBar').count()).toBe(ranges);

  // A series hidden from the legend takes its marks with it.
  const hidden = LABOR[0]!;
  await labor.getByRole('button', { name: hidden.label, exact: true }).click();
  await expect.poll(drawn).toEqual(expected(LABOR.filter((s) => s.id !== hidden.id)));
});

test('where no sourced figure exists the chart says so instead of drawing zero', async ({ page }) => {
  // A year no Russia–DPRK series states (2021: Russian customs gave only tonnes), read from the data file.
  const stated = new Set(TRADE.filter((s) => s.id.startsWith('trade-ru-kp')).flatMap((s) => s.points.map((p) => p.year)));
  const first = Math.min(...stated);
  const gap = Array.from({ length: Math.max(...stated) - first }, (_, i) => first + i).find((y) => !stated.has(y));
  if (gap === undefined) throw new Error('every year has a Russia–DPRK figure');
  const atlas = new AtlasPage(page);
  await atlas.open(`time=${gap}-01-01,${gap}-12-31`);
  await expect(chart(page, 'Russia–DPRK trade')).toContainText(`No sourced figure for ${gap}`);
  await expect(chart(page, 'Russia–DPRK trade').locator('.recharts-wrapper')).toHaveCount(0);
});

test('the trade chart names the years of the range it has no figure for, those past its axis included', async ({ page }) => {
  // Read from the data file: the years 2012–2025 in which no Russia–DPRK series drawn by default (totals and
  // commodity lines) states a figure. The axis runs from the first figure to the last, so those before and after it
  // would otherwise look like the range's ends.
  const drawn = TRADE.filter((s) => s.partners.join() === 'RU,KP' && (s.flow === 'total' || s.commodity !== 'all'));
  const stated = new Set(drawn.flatMap((s) => s.points.map((p) => p.year)));
  const missing = Array.from({ length: 14 }, (_, i) => 2012 + i).filter((y) => !stated.has(y));
  expect(missing.length).toBeGreaterThan(0);
  const atlas = new AtlasPage(page);
  await atlas.open('time=2012-01-01,2025-12-31');
  const note = chart(page, 'Russia–DPRK trade').getByText(/^No sourced figure for .* in the series shown\.$/);
  await expect(note).toBeVisible();
  // "2012–2013, 2021 and 2025" back to years.
  const listed = (await note.innerText())
    .replace(/^No sourced figure for | in the series shown\.$/g, '')
    .split(/, | and /)
    .flatMap((run) => {
      const [a, b = a] = run.split('–').map(Number);
      return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
    });
  expect(listed).toEqual(missing);
});

test('Play steps the range one year at a time, and Pause halts it', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open('time=2016-01-01,2016-12-31');
  await timebar.band.getByRole('combobox', { name: 'Step' }).selectOption('year');
  await timebar.recordRanges();
  await timebar.play();
  // Each frame reaches the link once the range rests (200 ms of a 1 s frame), so the link is read from the recording:
  // polling it once a second can miss a frame on a slow machine.
  await expect.poll(() => timebar.recordedRanges(), { timeout: 20_000 }).toContain('2018-01-01,2018-12-31');
  await timebar.pause();
  // The last frame reaches the link and the panels once it has rested; after that nothing moves.
  await expect(page.getByTestId('panels-status')).toHaveAttribute('data-panels-current', 'true');
  const stoppedAt = timebar.time();
  await page.waitForTimeout(1_500);
  expect(timebar.time()).toBe(stoppedAt);
  await expect(timebar.band.getByRole('button', { name: 'Play through time' })).toBeVisible();
  // One year at a time, in order, from the start of the range.
  expect((await timebar.recordedRanges()).slice(0, 3)).toEqual(['2016-01-01,2016-12-31', '2017-01-01,2017-12-31', '2018-01-01,2018-12-31']);
});
