import { test, expect, type Locator, type Page } from './fixtures/test';
import { AtlasPage, type View } from './pages/atlas-page';
import { TimebarPage } from './pages/timebar-page';
import { overlapsRange, pointOf, readFeatures } from './fixtures/record-spans';
import { installRenderCounter, takeRenderCounts } from './fixtures/render-counter';
import { DAY_MS, daysBetween, isoDay } from './fixtures/days';
import { MOVING_TEXT_INTERVAL_MS } from '../lib/timebar/live-range';

// Issue 15: the timebar. Expected counts come from the data files, through the time rule written again in
// e2e/fixtures/record-spans.ts (not the app's module), so the app is checked against the data, not against itself.

const FEATURES = readFeatures();
const INCIDENTS = FEATURES.filter((f) => f.properties.kind === 'sts-incident');
const Q1 = ['2018-01-01', '2018-03-31'] as const;

// The East China Sea at zoom 7: two incidents that sources place apart from any other, so their pixels are theirs.
const VIEW = { lon: 124.2, lat: 30.2, zoom: 7 };
const CHON_MA_SAN = INCIDENTS.find((i) => i.id === 'incident-2018-02-24-chon-ma-san-xin-yuan-18');
const JI_SONG_6 = INCIDENTS.find((i) => i.id === 'incident-2018-05-19-ji-song-6');
// Refined petroleum, as the map draws an incident on the light map.
const INCIDENT_ORANGE: [number, number, number] = [232, 100, 20];

async function orangeAround(atlas: AtlasPage, lon: number, lat: number): Promise<number> {
  const { x, y } = await atlas.pixelOf(lon, lat, VIEW);
  return atlas.countColorIn({ x: x - 22, y: y - 22, width: 44, height: 44 }, INCIDENT_ORANGE, 40);
}

const exactName = (name: string) => new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

async function settle(atlas: AtlasPage, page: Page): Promise<void> {
  await atlas.waitForMapIdle();
  await page.waitForTimeout(400);
}

const SELECTION_YELLOW: [number, number, number] = [255, 200, 0];
const KHASAN_RAJIN = FEATURES.find((f) => f.id === 'rail-khasan-rajin');

/** Selection yellow within 10 px of the Khasan–Rajin line's vertices, as drawn in `view`. */
async function yellowAlongKhasanRajin(atlas: AtlasPage, view: View): Promise<number> {
  if (!KHASAN_RAJIN) throw new Error('rail-khasan-rajin is missing from the data files');
  let count = 0;
  for (const [lon, lat] of KHASAN_RAJIN.geometry.coordinates as [number, number][]) {
    const { x, y } = await atlas.pixelOf(lon, lat, view);
    count += await atlas.countColorIn({ x: x - 10, y: y - 10, width: 20, height: 20 }, SELECTION_YELLOW, 40);
  }
  return count;
}

test('a range of 2018-01-01 to 2018-03-31 in the link leaves exactly the records that overlap it, on the map, in the list and in the charts', async ({ page }) => {
  if (!CHON_MA_SAN || !JI_SONG_6) throw new Error('the data files no longer have the two incidents this test looks at');
  // The two incidents the pixels are read at: one inside the range, one after it.
  expect(overlapsRange(CHON_MA_SAN, ...Q1)).toBe(true);
  expect(overlapsRange(JI_SONG_6, ...Q1)).toBe(false);
  const expected = FEATURES.filter((f) => overlapsRange(f, ...Q1));
  const expectedIncidents = INCIDENTS.filter((f) => overlapsRange(f, ...Q1));
  const outside = INCIDENTS.filter((f) => !overlapsRange(f, ...Q1));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(FEATURES.length);

  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open(`time=${Q1.join(',')}&view=${VIEW.lon},${VIEW.lat},${VIEW.zoom}`);
  await atlas.foldLegend();
  await expect(timebar.from).toHaveValue(Q1[0]);
  await expect(timebar.to).toHaveValue(Q1[1]);

  // The list and its count.
  await expect(page.getByRole('status').filter({ hasText: / of \d+ features/ })).toHaveText(`${expected.length} of ${FEATURES.length} features`);
  const list = page.getByRole('navigation', { name: 'Features' });
  const incidentGroup = list.locator('summary', { hasText: /^STS incidents/ });
  await expect(incidentGroup).toHaveText(`STS incidents (${expectedIncidents.length})`);
  // A folded group draws no rows (a filter change would rebuild them unseen); opening it draws them.
  const incidentRows = list.locator('details', { has: page.locator('summary', { hasText: /^STS incidents/ }) }).locator('li');
  await expect(incidentRows).toHaveCount(0);
  await incidentGroup.click();
  await expect(incidentRows).toHaveCount(expectedIncidents.length);
  await expect(list.getByRole('button', { name: exactName(CHON_MA_SAN.properties.name.en) })).toHaveCount(1);
  await expect(list.getByRole('button', { name: exactName(JI_SONG_6.properties.name.en) })).toHaveCount(0);

  // The incidents chart: its count, and its table lists exactly the incidents in the range.
  const chart = page.getByRole('region', { name: 'STS incidents by year, all zones' });
  await expect(chart).toContainText(`${expectedIncidents.length} incident${expectedIncidents.length === 1 ? '' : 's'} in Jan–Mar 2018`);
  await chart.getByRole('button', { name: 'Show data' }).click();
  const table = chart.getByRole('table');
  for (const incident of expectedIncidents) await expect(table).toContainText(incident.properties.name.en);
  for (const incident of outside) await expect(table).not.toContainText(incident.properties.name.en);
  // The annual charts show the selected span on their year axis.
  await expect(page.getByRole('region', { name: 'Russia–DPRK trade' }).locator('.selected-span')).toHaveCount(1);

  // The map: Chon Ma San (24 Feb) is drawn; Ji Song 6 (19 May) is not.
  await settle(atlas, page);
  const chonInQ1 = await orangeAround(atlas, ...pointOf(CHON_MA_SAN));
  const jiInQ1 = await orangeAround(atlas, ...pointOf(JI_SONG_6));
  // May 2018: the other way round, to the day.
  await timebar.typeRange('2018-05-01', '2018-05-31');
  await settle(atlas, page);
  const chonInMay = await orangeAround(atlas, ...pointOf(CHON_MA_SAN));
  const jiInMay = await orangeAround(atlas, ...pointOf(JI_SONG_6));
  expect(jiInQ1).toBeLessThan(5);
  expect(jiInMay).toBeGreaterThan(jiInQ1 + 20);
  // In May the pair's other incident (Sam Jong 2, 24 May) is drawn where Chon Ma San was: compare with April instead.
  await timebar.typeRange('2018-04-01', '2018-04-30');
  await settle(atlas, page);
  const chonInApril = await orangeAround(atlas, ...pointOf(CHON_MA_SAN));
  expect(chonInQ1).toBeGreaterThan(chonInApril + 20);
  expect(chonInMay).toBeGreaterThan(chonInApril + 20);
  // And the list follows the typed range as well.
  const inApril = FEATURES.filter((f) => overlapsRange(f, '2018-04-01', '2018-04-30'));
  await expect(page.getByRole('status').filter({ hasText: / of \d+ features/ })).toHaveText(`${inApril.length} of ${FEATURES.length} features`);
});

test('the range handles are sliders: the keyboard moves them by a day, a month with Shift, a year with Page keys, and the link follows', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open(`time=${Q1.join(',')}`);
  await expect(timebar.endHandle).toHaveAttribute('aria-valuetext', '31 Mar 2018');
  await timebar.endHandle.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/time=2018-01-01,2018-04-01(&|$)/);
  await expect(timebar.endHandle).toHaveAttribute('aria-valuetext', '1 Apr 2018');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page).toHaveURL(/time=2018-01-01,2018-05-01(&|$)/);
  await timebar.startHandle.focus();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/time=2017-01-01,2018-05-01(&|$)/);
  await expect(timebar.to).toHaveValue('2018-05-01');
  await expect(timebar.from).toHaveValue('2017-01-01');
  // Each key press is a step back can undo.
  await page.goBack();
  await expect(page).toHaveURL(/time=2018-01-01,2018-05-01(&|$)/);
  await expect(timebar.startHandle).toHaveAttribute('aria-valuetext', '1 Jan 2018');
});

/** A press, moves of `dx` pixels in `steps` steps, and a release, as a mouse drag makes them. */
async function dragBy(page: Page, at: { x: number; y: number }, dx: number, steps = 8): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(at.x + (dx * i) / steps, at.y);
  await page.mouse.up();
}

const centreOf = (box: { x: number; y: number; width: number; height: number } | null) => {
  if (!box) throw new Error('the element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/**
 * The range once a gesture is over: the handles hold its last step at once, the link takes it once it has rested;
 * read before that, the link may still show one of the drag's steps.
 */
async function rangeAfterGesture(timebar: TimebarPage): Promise<[string, string]> {
  const isoOf = async (handle: Locator) => isoDay(Number(await handle.getAttribute('aria-valuenow')) * DAY_MS);
  const range = `${await isoOf(timebar.startHandle)},${await isoOf(timebar.endHandle)}`;
  await expect.poll(() => timebar.time()).toBe(range);
  return range.split(',') as [string, string];
}

test('with the mouse: a handle drags its end, the range drags both ends, a drag across the histogram draws a new range, a click on a bar takes its month; each is one step back', async ({
  page,
}) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  const body = timebar.band.getByRole('slider', { name: 'Time range (moves both ends)' });
  await atlas.open(`time=${Q1.join(',')}`);
  await expect(timebar.endHandle).toHaveAttribute('aria-valuetext', '31 Mar 2018');

  await dragBy(page, centreOf(await timebar.endHandle.boundingBox()), 40);
  const [from1, to1] = await rangeAfterGesture(timebar);
  expect(from1).toBe(Q1[0]);
  expect(to1 > Q1[1]).toBe(true);
  await expect(timebar.to).toHaveValue(to1);

  await dragBy(page, centreOf(await body.boundingBox()), -30);
  const [from2, to2] = await rangeAfterGesture(timebar);
  expect(from2 < from1).toBe(true);
  expect(daysBetween(from2, to2)).toBe(daysBetween(from1, to1));

  // A drag that starts on the histogram right of the range draws a new range from there.
  const end = (await timebar.endHandle.boundingBox())!;
  await dragBy(page, { x: end.x + end.width + 40, y: end.y + 12 }, 50);
  const [from3, to3] = await rangeAfterGesture(timebar);
  expect(from3 > to2).toBe(true);
  expect(to3 > from3).toBe(true);
  await expect(timebar.from).toHaveValue(from3);

  // A click (no drag) on a month's bars, left of the range, selects that month, first day to last.
  const start = (await timebar.startHandle.boundingBox())!;
  await page.mouse.click(start.x - 30, start.y + 30);
  const [firstDay, lastDay] = await rangeAfterGesture(timebar);
  expect(`${firstDay},${lastDay}`).toMatch(/^(\d{4}-\d{2})-01,\1-(28|29|30|31)$/);
  expect(new Date(Date.parse(lastDay) + DAY_MS).getUTCDate()).toBe(1);
  expect(firstDay < from3).toBe(true);

  // Each gesture was one history entry: Back walks them back one at a time.
  for (const range of [`${from3},${to3}`, `${from2},${to2}`, `${from1},${to1}`, Q1.join(',')]) {
    await page.goBack();
    await expect.poll(() => timebar.time()).toBe(range);
  }
});

test('the wheel and the zoom buttons zoom the timebar from years down to days, dragging the axis pans it, and Fit shows the whole span', async ({
  page,
}) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open();
  const axis = timebar.band.locator('[title="Drag to move through time; the wheel zooms"]');
  const labels = () => axis.locator('text').allTextContents();
  // The whole span, from 2012: years only.
  const wholeSpan = async () => {
    const shown = await labels();
    return shown[0] === '2012' && shown.every((label) => /^\d{4}$/.test(label));
  };
  await expect.poll(wholeSpan).toBe(true);

  const zoomIn = timebar.band.getByRole('button', { name: 'Zoom in on the timebar' });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  // Three halvings leave about 20 months in view: months are labelled, not only years.
  await expect.poll(async () => (await labels()).some((label) => /^[A-Z][a-z]{2}$/.test(label))).toBe(true);
  const zoomedIn = await labels();

  // The wheel, over the plot, zooms on down to days: labels that are day numbers, the first of them with its month
  // and year, since two weeks may hold no first of a month.
  const plot = centreOf(await axis.boundingBox());
  await page.mouse.move(plot.x, plot.y - 40);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -300);
  const dayLabels = async () => {
    const shown = await labels();
    return /^(\d{1,2} )?[A-Z][a-z]{2} \d{4}$/.test(shown[0] ?? '') && shown.some((label) => /^\d{1,2}( |$)/.test(label));
  };
  await expect.poll(dayLabels).toBe(true);

  // Dragging the axis to the left moves the view later in time: what was labelled first leaves the axis.
  const before = await labels();
  await dragBy(page, plot, -200);
  await expect.poll(labels).not.toEqual(before);

  await timebar.band.getByRole('button', { name: 'Zoom out on the timebar' }).click();
  await expect.poll(labels).not.toEqual(zoomedIn);
  await timebar.band.getByTitle('Show the whole span of the data').click();
  await expect.poll(wholeSpan).toBe(true);
  // Zooming is a way of looking, not a filter: the link has no range.
  expect(timebar.time()).toBe('');
});

test('in a narrow window the range in words ends in an ellipsis rather than being cut, and its title holds all of it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open();
  await expect(timebar.summary).toHaveText(/^No time filter: 1 Jan 2012 – .* and undated records$/);
  const shown = await timebar.summary.evaluate((el) => ({
    text: el.textContent,
    title: el.getAttribute('title'),
    cut: el.scrollWidth > el.clientWidth,
    ellipsis: getComputedStyle(el).textOverflow,
  }));
  expect(shown.title).toBe(shown.text);
  if (shown.cut) expect(shown.ellipsis).toBe('ellipsis');
  // A range set later is written into the title too.
  await timebar.typeRange('2018-01-01', '2018-03-31');
  await expect(timebar.summary).toHaveAttribute('title', '1 Jan 2018 – 31 Mar 2018 (90 days)');
});

test('a held key moves the range and the map every step; the panels, the dates and the link follow once it rests, as one history entry', async ({ page }) => {
  if (!CHON_MA_SAN || !JI_SONG_6) throw new Error('the data files no longer have the two incidents this test looks at');
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open(`time=${Q1.join(',')}&view=${VIEW.lon},${VIEW.lat},${VIEW.zoom}`);
  await atlas.foldLegend();
  const status = page.getByTestId('panels-status');
  await expect(status).toHaveAttribute('data-panels-current', 'true');
  await settle(atlas, page);
  const historyBefore = await page.evaluate(() => history.length);
  const whole = timebar.band.getByRole('slider', { name: 'Time range (moves both ends)' });
  // 60 days later, a day per key event, the first a press and the rest the repeats of a held key.
  const during = await whole.evaluate(async (handle) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 60; i++) {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', repeat: i > 0, bubbles: true, cancelable: true }));
      await frame();
    }
    return {
      valuetext: handle.getAttribute('aria-valuetext'),
      panelsCurrent: document.querySelector('[data-testid="panels-status"]')?.getAttribute('data-panels-current'),
    };
  });
  // The timebar shows where the range is at once; the panels say they have not caught up yet.
  expect(during.valuetext).toBe('2 Mar 2018 – 30 May 2018 (90 days)');
  expect(during.panelsCurrent).toBe('false');
  // Once it rests: the link, the typed dates, the list and the map all show the moved range.
  await expect(status).toHaveAttribute('data-panels-current', 'true');
  await expect(page).toHaveURL(/time=2018-03-02,2018-05-30(&|$)/);
  await expect(timebar.from).toHaveValue('2018-03-02');
  await expect(timebar.to).toHaveValue('2018-05-30');
  const moved = FEATURES.filter((f) => overlapsRange(f, '2018-03-02', '2018-05-30'));
  await expect(page.getByRole('status').filter({ hasText: / of \d+ features/ })).toHaveText(`${moved.length} of ${FEATURES.length} features`);
  expect(overlapsRange(JI_SONG_6, '2018-03-02', '2018-05-30')).toBe(true);
  expect(overlapsRange(CHON_MA_SAN, '2018-03-02', '2018-05-30')).toBe(false);
  await settle(atlas, page);
  expect(await orangeAround(atlas, ...pointOf(JI_SONG_6))).toBeGreaterThan(20);
  // The whole move is one step back: the press added an entry, the held repeats replaced it.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
  await page.goBack();
  await expect(page).toHaveURL(/time=2018-01-01,2018-03-31(&|$)/);
  await expect(whole).toHaveAttribute('aria-valuetext', '1 Jan 2018 – 31 Mar 2018 (90 days)');
});

test('while a key is held, each step is drawn on the map and the handles with no React render, the summary follows a few times a second; the link and the history wait for it to rest', async ({ page }) => {
  if (!JI_SONG_6) throw new Error('the data files no longer have the incident this test looks at');
  await installRenderCounter(page);
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open(`time=${Q1.join(',')}&view=${VIEW.lon},${VIEW.lat},${VIEW.zoom}`);
  await atlas.foldLegend();
  await expect(page.getByTestId('panels-status')).toHaveAttribute('data-panels-current', 'true');
  await settle(atlas, page);
  expect(await orangeAround(atlas, ...pointOf(JI_SONG_6))).toBeLessThan(5);
  const linkBefore = page.url();
  const historyBefore = await page.evaluate(() => history.length);
  await takeRenderCounts(page);
  const whole = timebar.band.getByRole('slider', { name: 'Time range (moves both ends)' });
  // A press and 59 repeats, a day a frame, to 2 Mar – 30 May (Ji Song 6, 19 May, inside); then the key is kept
  // moving a day back and forth, so the range never rests while the map is looked at.
  // Steps come on a 40 ms timer, not per frame: a timer due before the 200 ms rest always runs first, so a slow
  // software-rendered frame cannot let the range rest in mid-move.
  const during = await whole.evaluate(async (handle) => {
    const frame = () => new Promise((resolve) => setTimeout(resolve, 40));
    const key = (key: string, repeat: boolean) => handle.dispatchEvent(new KeyboardEvent('keydown', { key, repeat, bubbles: true, cancelable: true }));
    // Every change to the summary's text, to see that it follows the move a few times a second, not at each step.
    const summary = document.querySelector('[aria-label="Selected time range"]')!;
    let summaryWrites = 0;
    const observer = new MutationObserver((records) => (summaryWrites += records.length));
    observer.observe(summary, { characterData: true, childList: true, subtree: true });
    const started = performance.now();
    for (let i = 0; i < 60; i++) {
      key('ArrowRight', i > 0);
      await frame();
    }
    observer.disconnect();
    const seen = {
      renders: { ...window.__renderCounts },
      valuetext: handle.getAttribute('aria-valuetext'),
      summaryWrites: summaryWrites,
      elapsedMs: performance.now() - started,
    };
    const hold = window as unknown as { holding: boolean; held: Promise<void> };
    hold.holding = true;
    hold.held = (async () => {
      for (let i = 0; hold.holding || i % 2 === 1; i++) {
        await frame();
        key(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight', true);
      }
    })();
    return seen;
  });
  expect(during.valuetext).toBe('2 Mar 2018 – 30 May 2018 (90 days)');
  // The summary's words follow the move at most every MOVING_TEXT_INTERVAL_MS (each write lays out the page): some
  // of the sixty steps, not all. Still moving (the key goes back and forth a day), they catch up with it.
  expect(during.summaryWrites).toBeGreaterThan(0);
  expect(during.summaryWrites).toBeLessThan(60);
  expect(during.summaryWrites).toBeLessThanOrEqual(Math.ceil(during.elapsedMs / MOVING_TEXT_INTERVAL_MS) + 1);
  await expect(timebar.summary).toHaveText(/^(1 Mar 2018 – 29 May 2018|2 Mar 2018 – 30 May 2018) \(90 days\)$/);
  // Sixty steps, and the only render is the panels' status turning to "not current" on the first.
  const rendered = Object.entries(during.renders).filter(([region]) => region !== 'page');
  expect(rendered, `rendered during the move: ${JSON.stringify(during.renders)}`).toEqual([]);
  expect(during.renders['page'] ?? 0, 'renders outside any region').toBeLessThanOrEqual(2);
  // Still moving: the map draws the moved range, while the link, the history and the panels keep the old one.
  await settle(atlas, page);
  expect(await orangeAround(atlas, ...pointOf(JI_SONG_6))).toBeGreaterThan(20);
  expect(page.url()).toBe(linkBefore);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await expect(page.getByTestId('panels-status')).toHaveAttribute('data-panels-current', 'false');
  // Let go: once it rests, the range reaches the link as one new history entry.
  await page.evaluate(async () => {
    const hold = window as unknown as { holding: boolean; held: Promise<void> };
    hold.holding = false;
    await hold.held;
  });
  await expect(page).toHaveURL(/time=2018-03-02,2018-05-30(&|$)/);
  await expect(timebar.summary).toHaveText('2 Mar 2018 – 30 May 2018 (90 days)');
  await expect(page.getByTestId('panels-status')).toHaveAttribute('data-panels-current', 'true');
  expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
});

test('a range held past the edge of the timebar brings the view along while it moves, not only once it rests', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  // A month in the link: the timebar opens on a year around it, so a year later is out of view.
  await atlas.open('time=2018-01-01,2018-01-31');
  const whole = timebar.band.getByRole('slider', { name: 'Time range (moves both ends)' });
  await expect(whole).toHaveAttribute('aria-valuetext', '1 Jan 2018 – 31 Jan 2018 (31 days)');
  const during = await whole.evaluate(async (handle) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // Shift+Right held: a month per key event, one per frame, twelve of them, read back a frame after the last.
    for (let i = 0; i < 12; i++) {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, repeat: i > 0, bubbles: true, cancelable: true }));
      await frame();
    }
    const band = document.querySelector('[title="Drag to move through time; the wheel zooms"]')!.getBoundingClientRect();
    const range = handle.getBoundingClientRect();
    return {
      valuetext: handle.getAttribute('aria-valuetext'),
      inView: range.left >= band.left - 1 && range.right <= band.right + 1,
      panelsCurrent: document.querySelector('[data-testid="panels-status"]')?.getAttribute('data-panels-current'),
      link: location.search,
    };
  });
  // Still moving: the link has the first step only (the state takes the range once it rests).
  expect(during.link).not.toContain('2019');
  expect(during.valuetext).toBe('1 Jan 2019 – 31 Jan 2019 (31 days)');
  await expect(timebar.summary).toHaveText('1 Jan 2019 – 31 Jan 2019 (31 days)');
  expect(during.panelsCurrent).toBe('false');
  expect(during.inView).toBe(true);
  await expect(page).toHaveURL(/time=2019-01-01,2019-01-31(&|$)/);
  await expect(timebar.from).toHaveValue('2019-01-01');
});

test('hovering a month in the histogram grows its incidents on the map and names the month; leaving it puts them back', async ({ page }) => {
  if (!CHON_MA_SAN || !JI_SONG_6) throw new Error('the data files no longer have the two incidents this test looks at');
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  // January to May 2018: both incidents drawn, Chon Ma San in February, Ji Song 6 in May.
  await atlas.open(`time=2018-01-01,2018-05-31&view=${VIEW.lon},${VIEW.lat},${VIEW.zoom}`);
  await atlas.foldLegend();
  await settle(atlas, page);
  const chonBefore = await orangeAround(atlas, ...pointOf(CHON_MA_SAN));
  const jiBefore = await orangeAround(atlas, ...pointOf(JI_SONG_6));
  expect(chonBefore).toBeGreaterThan(20);
  expect(jiBefore).toBeGreaterThan(20);

  // The middle of February, between the handles (the selection spans 1 Jan to 31 May, 151 days).
  const start = (await timebar.startHandle.boundingBox())!;
  const end = (await timebar.endHandle.boundingBox())!;
  const x0 = start.x + start.width / 2;
  const x1 = end.x + end.width / 2;
  await page.mouse.move(x0 + ((x1 - x0) * 45) / 151, start.y + start.height / 2, { steps: 4 });
  const card = page.getByTestId('timebar-hover-card');
  await expect(card).toContainText('Feb 2018');
  await expect(card).toContainText(/Dated records: \d+/);
  await expect(card).toContainText('Click to select the month');
  // Whole, not cut: inside the timebar, its text within its box.
  const cardBox = (await card.boundingBox())!;
  const bandBox = (await timebar.band.boundingBox())!;
  expect(cardBox.y).toBeGreaterThanOrEqual(bandBox.y);
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(bandBox.x + bandBox.width);
  expect(await card.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth)).toBe(true);
  await settle(atlas, page);
  const chonHovered = await orangeAround(atlas, ...pointOf(CHON_MA_SAN));
  expect(chonHovered, 'the February incident is drawn larger').toBeGreaterThan(chonBefore * 1.8);
  expect(Math.abs((await orangeAround(atlas, ...pointOf(JI_SONG_6))) - jiBefore), 'the May incident is not').toBeLessThan(jiBefore * 0.3);

  // Off the timebar: the month is no longer named, and the incident is drawn as before.
  await page.mouse.move(x0, start.y - 300);
  await expect(card).toHaveCount(0);
  await settle(atlas, page);
  expect(Math.abs((await orangeAround(atlas, ...pointOf(CHON_MA_SAN))) - chonBefore)).toBeLessThan(chonBefore * 0.3);
});

test('hovering a year in a chart grows that year\'s incidents on the map, as a month of the histogram does', async ({ page }) => {
  if (!CHON_MA_SAN) throw new Error('the data files no longer have the incident this test looks at');
  const atlas = new AtlasPage(page);
  await atlas.open(`view=${VIEW.lon},${VIEW.lat},${VIEW.zoom}`);
  await atlas.foldLegend();
  const chart = page.getByRole('region', { name: 'STS incidents by year, all zones' });
  await chart.scrollIntoViewIfNeeded();
  await settle(atlas, page);
  const before = await orangeAround(atlas, ...pointOf(CHON_MA_SAN));
  expect(before).toBeGreaterThan(20);
  const plotBox = (await chart.locator('.recharts-wrapper').boundingBox())!;
  // Where each year's tick is, read before the tooltip covers the axis.
  const ticks = new Map<string, { x: number; width: number }>();
  for (const year of ['2018', '2019']) ticks.set(year, (await chart.locator('.recharts-cartesian-axis-tick-value', { hasText: year }).boundingBox())!);
  const hoverYear = async (year: string) => {
    const tick = ticks.get(year)!;
    await page.mouse.move(tick.x + tick.width / 2, plotBox.y + plotBox.height * 0.5, { steps: 4 });
    await settle(atlas, page);
    return orangeAround(atlas, ...pointOf(CHON_MA_SAN));
  };
  expect(await hoverYear('2018'), 'its year hovered: drawn larger').toBeGreaterThan(before * 1.8);
  // 2019: not 2020, whose Chon Ma San incident is drawn 19 px from the 2018 one at this zoom.
  expect(Math.abs((await hoverYear('2019')) - before), 'another year hovered: as before').toBeLessThan(before * 0.3);
});

test('a timeline event on the timebar opens its own details, sourced, by link too; the places it names are framed, highlighted and linked', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open();
  const events = timebar.band.getByRole('group', { name: /^Timeline events/ });
  const test4 = events.getByRole('button', { name: /^Fourth nuclear test \(weapons test, 6 Jan 2016\)/ });
  await test4.click();
  await expect(page).toHaveURL(/select=event-2016-01-06-fourth-nuclear-test(&|$)/);
  await expect(test4).toHaveAttribute('aria-pressed', 'true');
  const details = page.getByRole('region', { name: 'Details' });
  const expectEventDetails = async () => {
    await expect(details.locator('.details-name')).toHaveText('Fourth nuclear test');
    await expect(details).toContainText('Timeline event — weapons test');
    await expect(details).toContainText('Reported');
    await expect(details).toContainText('6 Jan 2016');
    await expect(details).toContainText('The DPRK conducts its fourth nuclear test.');
    await expect(details.getByRole('link', { name: '[Steamship Mutual]' })).toBeVisible();
    await expect(details.locator('.sources')).toContainText('Steamship Mutual');
    await expect(details).toContainText('No place or vessel in the atlas is tied to this event');
  };
  await expectEventDetails();

  // The link opens it again, as a colleague would.
  await page.goto(page.url());
  await atlas.waitForMapIdle();
  await expectEventDetails();
  await expect(test4).toHaveAttribute('aria-pressed', 'true');
  await details.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page).not.toHaveURL(/select=/);
  await expect(details.locator('.details-name')).toHaveCount(0);
  await expect(test4).toHaveAttribute('aria-pressed', 'false');

  // An event that names places is selected itself: the map frames them and draws them highlighted, and its panel
  // links to each; a place's timeline links back to the event.
  const reopens = events.getByRole('button', { name: /^Khasan–Rajin railway reopens/ });
  // Hovered, a mark names its event in a card over the band, with its date.
  await reopens.hover();
  const card = page.getByTestId('timebar-hover-card');
  await expect(card).toContainText('Khasan–Rajin railway reopens');
  await expect(card).toContainText('22 Sep 2013');
  await expect(card).toContainText('Click to open the event');
  await reopens.click();
  await expect(page).toHaveURL(/select=event-2013-09-22-khasan-rajin-reopens(&|$)/);
  await expect(reopens).toHaveAttribute('aria-pressed', 'true');
  await expect(details.locator('.details-name')).toHaveText('Khasan–Rajin railway reopens');
  await expect(details).toContainText('Highlights the 3 places it names');
  const view = await atlas.settledView();
  expect(view.lon, 'framed on the line').toBeGreaterThan(130.2);
  expect(view.lon, 'framed on the line').toBeLessThan(130.7);
  await atlas.foldLegend();
  const yellowSelected = await yellowAlongKhasanRajin(atlas, view);
  await details.getByRole('button', { name: 'Clear selection' }).click();
  await atlas.waitForMapIdle();
  const yellowCleared = await yellowAlongKhasanRajin(atlas, view);
  expect(yellowSelected, `highlight along the line: ${yellowSelected} selected, ${yellowCleared} cleared`).toBeGreaterThan(Math.max(40, yellowCleared * 3));
  await reopens.click();
  await details.getByRole('list', { name: 'Places and vessels the event names' }).getByRole('button', { name: 'Khasan–Rajin railway' }).click();
  await expect(page).toHaveURL(/select=rail-khasan-rajin(&|$)/);
  await expect(reopens).toHaveAttribute('aria-pressed', 'false');
  await details.getByRole('list', { name: 'Timeline events' }).getByRole('button', { name: 'Khasan–Rajin railway reopens' }).click();
  await expect(page).toHaveURL(/select=event-2013-09-22-khasan-rajin-reopens(&|$)/);
  await expect(reopens).toHaveAttribute('aria-pressed', 'true');
  // Opened by link, the map stays where the link put it until "Show on map" frames the places.
  await atlas.open('select=event-2013-09-22-khasan-rajin-reopens');
  expect((await atlas.settledView()).zoom).toBeLessThan(6);
  await details.getByRole('button', { name: 'Show on map' }).click();
  await expect.poll(async () => (await atlas.settledView()).lon).toBeGreaterThan(130.2);
  expect((await atlas.settledView()).zoom).toBeGreaterThan(8);

  // Search finds events by title: a resolution by its number.
  await page.getByLabel('Search places, vessels and events').fill('2397');
  await page.getByRole('option', { name: /^UNSCR 2397 · Timeline event · 22 Dec 2017/ }).click();
  await expect(page).toHaveURL(/select=event-2017-12-22-unscr-2397(&|$)/);
  await expect(details.locator('.details-name')).toHaveText('UNSCR 2397');
  await expect(details.getByRole('list', { name: 'Bans and caps' })).toBeVisible();
  await expect(events.getByRole('button', { name: /^UNSCR 2397 \(/ })).toHaveAttribute('aria-pressed', 'true');
});

test('playback steps the range month by month, replaces the history entry while it plays, and pause stops it', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open('time=2018-01-01,2018-01-31');
  await timebar.recordRanges();
  const historyBefore = await page.evaluate(() => history.length);
  await timebar.play();
  // Each step reaches the link once the range rests (200 ms), so the link is read from the recording, not polled.
  await expect.poll(() => timebar.recordedRanges(), { timeout: 20_000 }).toContain('2018-03-01,2018-03-31');
  await timebar.pause();
  // The last frame reaches the link and the panels once it has rested.
  await expect(page.getByTestId('panels-status')).toHaveAttribute('data-panels-current', 'true');
  const stoppedAt = timebar.time();
  await page.waitForTimeout(2_000);
  expect(timebar.time()).toBe(stoppedAt);
  await expect(timebar.band.getByRole('button', { name: 'Play through time' })).toBeVisible();
  const seen = await timebar.recordedRanges();
  expect(seen.slice(0, 3)).toEqual(['2018-01-01,2018-01-31', '2018-02-01,2018-02-28', '2018-03-01,2018-03-31']);
  // One entry for the whole run, not one per frame: Back returns to where playback began.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
  await page.goBack();
  await expect(page).toHaveURL(/time=2018-01-01,2018-01-31(&|$)/);
});

test('playback stops by itself at the end of the data, its last frame cut there', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open();
  // With no range, the dates show the whole span of the data: its last day is where playback must stop.
  const lastDay = await timebar.to.inputValue();
  const lastYear = Number(lastDay.slice(0, 4));
  await timebar.band.getByRole('combobox', { name: 'Step' }).selectOption('year');
  await timebar.typeRange(`${lastYear - 1}-01-01`, `${lastYear - 1}-12-31`);
  await timebar.play();
  await expect.poll(() => timebar.time(), { timeout: 20_000 }).toBe(`${lastYear}-01-01,${lastDay}`);
  await expect(timebar.band.getByRole('button', { name: 'Play through time' })).toBeVisible({ timeout: 10_000 });
  await page.waitForTimeout(1_500);
  expect(timebar.time()).toBe(`${lastYear}-01-01,${lastDay}`);
});

test('cumulative playback grows the range from its start; with Loop it starts again from there after the end of the data', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open();
  const lastDay = await timebar.to.inputValue();
  const lastMonth = Date.UTC(Number(lastDay.slice(0, 4)), Number(lastDay.slice(5, 7)) - 1, 1);
  // Two whole months before the data's last month: [first, end of first], then growing a month per step.
  const month = (back: number) => new Date(lastMonth).setUTCMonth(new Date(lastMonth).getUTCMonth() - back);
  const first = isoDay(month(2));
  const endOf = (back: number) => isoDay(month(back - 1) - DAY_MS);
  await timebar.band.getByRole('combobox', { name: 'Window' }).selectOption('cumulative');
  await timebar.band.getByRole('combobox', { name: 'Speed' }).selectOption('2');
  await timebar.band.getByRole('checkbox', { name: 'Loop' }).check();
  await timebar.typeRange(first, endOf(2));
  await timebar.recordRanges();
  await timebar.play();
  const grown = [`${first},${endOf(1)}`, `${first},${lastDay}`];
  await expect.poll(() => timebar.recordedRanges(), { timeout: 20_000 }).toEqual(expect.arrayContaining(grown));
  // After the frame cut at the data's end, Loop starts again from the same first day, one step long.
  await expect
    .poll(async () => {
      const seen = await timebar.recordedRanges();
      return seen.slice(seen.indexOf(grown[1]!) + 1).includes(`${first},${endOf(2)}`);
    }, { timeout: 20_000 })
    .toBe(true);
  await timebar.pause();
  const seen = await timebar.recordedRanges();
  // Every frame kept the start where it was.
  expect(seen.every((range) => range.startsWith(`${first},`))).toBe(true);
});

test('the step buttons move the range one step back or forward, a history entry each, the map and the panels with it; they stop at the ends', async ({ page }) => {
  if (!CHON_MA_SAN) throw new Error('the data files no longer have the incident this test looks at');
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open(`view=${VIEW.lon},${VIEW.lat},${VIEW.zoom}&time=2018-01-01,2018-01-31`);
  const back = timebar.band.getByRole('button', { name: 'Step back a month' });
  const forward = timebar.band.getByRole('button', { name: 'Step forward a month' });
  // Chon Ma San's incident (24 Feb 2018) is drawn in February, not in January.
  await settle(atlas, page);
  const chonInJanuary = await orangeAround(atlas, ...pointOf(CHON_MA_SAN));
  await forward.click();
  await expect(page).toHaveURL(/time=2018-02-01,2018-02-28(&|$)/);
  await expect(timebar.from).toHaveValue('2018-02-01');
  await expect(page.getByTestId('panels-status')).toHaveAttribute('data-panels-current', 'true');
  await settle(atlas, page);
  expect(await orangeAround(atlas, ...pointOf(CHON_MA_SAN))).toBeGreaterThan(chonInJanuary + 20);
  // The step follows the step chooser, and each click is one entry: Back undoes the last.
  await timebar.band.getByRole('combobox', { name: 'Step' }).selectOption('week');
  await timebar.band.getByRole('button', { name: 'Step back a week' }).click();
  await expect(page).toHaveURL(/time=2018-01-25,2018-02-21(&|$)/);
  await page.goBack();
  await expect(page).toHaveURL(/time=2018-02-01,2018-02-28(&|$)/);
  await page.goBack();
  await expect(page).toHaveURL(/time=2018-01-01,2018-01-31(&|$)/);
  // At the first day of the data there is nothing to step back to.
  await timebar.band.getByRole('combobox', { name: 'Step' }).selectOption('month');
  const firstDay = (await timebar.from.getAttribute('min')) ?? '';
  expect(firstDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await timebar.typeRange(firstDay, isoDay(Date.parse(firstDay) + 30 * DAY_MS));
  await expect(back).toBeDisabled();
  await expect(forward).toBeEnabled();
});

test('an old years= link opens as the whole of those years, and the link is rewritten with time=', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open('years=2016-2019');
  await expect(timebar.from).toHaveValue('2016-01-01');
  await expect(timebar.to).toHaveValue('2019-12-31');
  await expect(timebar.summary).toContainText('1 Jan 2016 – 31 Dec 2019');
  await expect(page).toHaveURL(/[?&]time=2016-01-01,2019-12-31(&|$)/);
  expect(new URL(page.url()).searchParams.has('years')).toBe(false);
  expect(new URL(page.url()).searchParams.get('v')).toBe('2');
  const expected = FEATURES.filter((f) => overlapsRange(f, '2016-01-01', '2019-12-31')).length;
  await expect(page.getByRole('status').filter({ hasText: / of \d+ features/ })).toHaveText(`${expected} of ${FEATURES.length} features`);
});

test('a range from a link that lies after the records is on the band, draggable, and said to lie after them', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open('time=2030-01-01,2031-12-31');
  await expect(timebar.from).toHaveValue('2030-01-01');
  await expect(timebar.to).toHaveValue('2031-12-31');
  await expect(timebar.summary).toHaveText('1 Jan 2030 – 31 Dec 2031 (730 days), after the last dated record (1 Oct 2025)');
  // Both handles are on the band, not past its right edge.
  const band = (await timebar.band.getByTitle('Drag to move through time; the wheel zooms').boundingBox())!;
  for (const handle of [timebar.startHandle, timebar.endHandle]) {
    const box = (await handle.boundingBox())!;
    expect(box.x + box.width / 2).toBeGreaterThan(band.x);
    expect(box.x + box.width / 2).toBeLessThanOrEqual(band.x + band.width + 1);
  }
  // The map shows what has no end date, as the time rule says (counts from the data files).
  const expected = FEATURES.filter((f) => overlapsRange(f, '2030-01-01', '2031-12-31')).length;
  await expect(page.getByRole('status').filter({ hasText: / of \d+ features/ })).toHaveText(`${expected} of ${FEATURES.length} features`);
  // The start handle moves from there by the keyboard, as anywhere else.
  await timebar.startHandle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]time=2029-12-31,2031-12-31(&|$)/);
  // Moving the far end in narrows the band's bounds; the view stays where it was rather than jumping to the whole span.
  const startX = (await timebar.startHandle.boundingBox())!.x;
  await timebar.endHandle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]time=2029-12-31,2031-12-30(&|$)/);
  await expect.poll(async () => Math.abs((await timebar.startHandle.boundingBox())!.x - startX)).toBeLessThan(3);
});

test('presets set the range in one click; "What changed since 2020" also shows the routes; "Full span" clears it', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open('layers=incidents');
  const lastDay = await timebar.to.inputValue();
  await timebar.preset('UN sanctions peak 2017–2019').click();
  await expect(page).toHaveURL(/time=2017-01-01,2019-12-31(&|$)/);
  await expect(timebar.preset('UN sanctions peak 2017–2019')).toHaveAttribute('aria-pressed', 'true');
  await timebar.preset('What changed since 2020').click();
  await expect(page).toHaveURL(new RegExp(`time=2020-01-01,${lastDay}(&|$)`));
  for (const layer of ['Ports', 'Rail links', 'Sea routes', 'STS incidents']) await expect(page.getByRole('checkbox', { name: layer })).toBeChecked();
  // The 2017–2019 incidents are gone from the list, the 2023–2025 routes are in it.
  const list = page.getByRole('navigation', { name: 'Features' });
  const old = INCIDENTS.filter((i) => !overlapsRange(i, '2020-01-01', lastDay));
  expect(old.length).toBeGreaterThan(0);
  const kept = INCIDENTS.filter((i) => overlapsRange(i, '2020-01-01', lastDay));
  await expect(list.locator('summary', { hasText: /^STS incidents/ })).toHaveText(`STS incidents (${kept.length})`);
  const recent = FEATURES.filter((f) => f.properties.kind === 'sea-route' && overlapsRange(f, '2023-01-01', lastDay) && !overlapsRange(f, '2013-01-01', '2019-12-31'));
  expect(recent.length).toBeGreaterThan(0);
  await expect(list.getByRole('button', { name: exactName(recent[0]!.properties.name.en) })).toHaveCount(1);
  await timebar.preset('Full span').click();
  await expect.poll(() => timebar.time()).toBe('');
  await expect(page.getByRole('status').filter({ hasText: / of \d+ features/ })).toHaveText(`${FEATURES.length} of ${FEATURES.length} features`);
});

test('a slide keeps its range: showing it brings the range back', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open(`time=${Q1.join(',')}`);
  await page.getByRole('tab', { name: 'Briefing' }).click();
  const panel = page.getByRole('region', { name: 'Briefing' });
  const form = panel.getByRole('group', { name: 'New slide from the current view' });
  await form.getByLabel('Slide title').fill('First quarter of 2018');
  await form.getByRole('button', { name: 'Add slide' }).click();
  await timebar.preset('Full span').click();
  await expect.poll(() => timebar.time()).toBe('');
  await panel.getByRole('button', { name: /^1\. First quarter of 2018$/ }).click();
  await expect(page).toHaveURL(/time=2018-01-01,2018-03-31(&|$)/);
  await expect(timebar.from).toHaveValue(Q1[0]);
  await expect(timebar.to).toHaveValue(Q1[1]);
});
