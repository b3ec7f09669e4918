import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { test, expect, type Page } from './fixtures/test';
import { AtlasPage, type View } from './pages/atlas-page';
import { TimebarPage } from './pages/timebar-page';

// SYNTHETIC fixtures (e2e/fixtures/import/make-fixtures.ts): one planted encounter between 999000001 and 999000002.
const fixture = (name: string) => join(__dirname, 'fixtures', 'import', name);
const AIS_FILE = fixture('synthetic-ais-small.csv');
const BROKEN_FILE = fixture('synthetic-broken-points.csv');
const TRUTH = JSON.parse(readFileSync(fixture('synthetic-ais-small.truth.json'), 'utf8')) as { encounters: { vessels: string[] }[] };
const PLANTED = TRUTH.encounters[0]!.vessels;

const ENCOUNTER: [number, number, number] = [255, 0, 110];
const USER_DATA: [number, number, number] = [132, 204, 22];

/** The camera in the address bar, once the map has settled there. */
async function settledView(page: Page, atlas: AtlasPage, zoom?: number): Promise<View> {
  await expect
    .poll(() => new URL(page.url()).searchParams.get('view')?.split(',').map(Number)[2] ?? null, { timeout: 30_000 })
    .toEqual(zoom === undefined ? expect.any(Number) : expect.closeTo(zoom, 1));
  await atlas.waitForMapIdle();
  await page.waitForTimeout(400);
  const [lon, lat, z] = new URL(page.url()).searchParams.get('view')!.split(',').map(Number) as [number, number, number];
  return { lon, lat, zoom: z };
}

/** Records every state the progress bar goes through, however briefly it is shown. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { value: string | null; max: string | null; text: string }[] = [];
    (window as unknown as { __progress: typeof seen }).__progress = seen;
    const record = () => {
      const status = document.querySelector('[role="status"][aria-label="Import progress"]');
      const bar = status?.querySelector('progress');
      if (status && bar) seen.push({ value: bar.getAttribute('value'), max: bar.getAttribute('max'), text: status.textContent ?? '' });
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

async function progressSeen(page: Page) {
  return page.evaluate(() => (window as unknown as { __progress: { value: string | null; max: string | null; text: string }[] }).__progress);
}

test('an AIS file: progress, encounters on the map and in the list, both vessels of the selected one', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  await atlas.foldLegend();
  await recordProgress(page);
  const yourData = page.getByRole('region', { name: 'Your data' });
  await yourData.getByLabel('Import data').setInputFiles(AIS_FILE);

  const result = page.getByRole('status', { name: 'Import result' });
  await expect(result).toContainText('Imported “synthetic-ais-small”: 5 vessels', { timeout: 60_000 });
  await expect(result).toContainText('Found 1 encounter');
  // The progress bar was shown (how far it got before the end depends on how React batched the worker's messages
  // for this small file; the Cancel test watches it move on a large one).
  const states = await progressSeen(page);
  expect(states.some((s) => /Reading synthetic-ais-small\.csv/.test(s.text) && s.max !== null)).toBe(true);
  await expect(page.getByRole('status', { name: 'Import progress' })).toHaveCount(0);
  await expect(yourData.getByRole('list', { name: 'Imported layers' })).toContainText('synthetic-ais-small');

  // The list: one encounter between the planted vessels.
  const events = page.getByRole('region', { name: 'AIS events' });
  const encounterRow = events.getByRole('button', { name: /^Encounter: SYNTH .* & SYNTH / });
  await expect(encounterRow).toHaveCount(1);

  // Choosing it flies there: the encounter is at the centre of the map, drawn in its colour.
  await encounterRow.click();
  const view = await settledView(page, atlas, 9);
  const box = (await atlas.map.boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const around = { x: centre.x - 8, y: centre.y - 8, width: 16, height: 16 };
  expect(await atlas.countColorIn(around, ENCOUNTER, 40)).toBeGreaterThan(20);

  // Both vessels in the details.
  const details = page.getByRole('region', { name: 'Event details' });
  for (const mmsi of PLANTED) await expect(details).toContainText(mmsi);
  await expect(details.getByRole('group', { name: 'Vessel 1' })).toContainText('SYNTH');
  await expect(details.getByRole('group', { name: 'Vessel 2' })).toContainText('SYNTH');
  await expect(details).toContainText(/Median distance\s*\d+ m/);
  await expect(details.getByRole('group', { name: 'Vessel 1' })).toContainText(/\d+ positions around the event/);

  // Switching encounters off removes their marks; on again brings them back.
  await events.getByRole('checkbox', { name: 'Encounters' }).uncheck();
  await atlas.waitForMapIdle();
  await page.waitForTimeout(300);
  expect(await atlas.countColorIn(around, ENCOUNTER, 40)).toBe(0);
  await events.getByRole('checkbox', { name: 'Encounters' }).check();
  await page.waitForTimeout(300);

  // The events export is filtered as shown: with gaps switched off, only the encounter is written.
  const exportCsv = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), events.getByRole('button', { name: 'Export events as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('synthetic-ais-small-events.csv');
    return readFileSync((await download.path())!, 'utf8').trim().split('\n');
  };
  const all = await exportCsv();
  expect(all[0]).toMatch(/^id,kind,start,end,durationMinutes,lon,lat,vessel1Mmsi/);
  expect(all.slice(1).map((row) => row.split(',')[1])).toEqual(['gap', 'encounter']);
  await events.getByRole('checkbox', { name: 'AIS gaps' }).uncheck();
  const shown = await exportCsv();
  expect(shown.slice(1).map((row) => row.split(',')[1])).toEqual(['encounter']);
  for (const mmsi of PLANTED) expect(shown[1]).toContain(mmsi);
  await events.getByRole('checkbox', { name: 'AIS gaps' }).check();

  // A real click on the mark selects it too.
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  const { x, y } = await atlas.pixelOf(view.lon, view.lat, view);
  await page.mouse.click(x, y);
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(PLANTED[0]!);
  // The curated selection was left alone.
  await expect(page).not.toHaveURL(/select=/);

  // Choosing the gap frames both where the vessel went dark and where it reappeared, not the first alone.
  await events.getByRole('button', { name: /^AIS gap: SYNTH / }).click();
  const gap = page.getByRole('region', { name: 'Event details' });
  await expect(gap).toContainText('Reappeared');
  const ends = [...(await gap.innerText()).matchAll(/at ([\d.]+)° N, ([\d.]+)° E/g)].map((m) => ({ lat: Number(m[1]), lon: Number(m[2]) }));
  expect(ends).toHaveLength(2);
  // Farther out than an encounter's zoom 9, once the camera has got there.
  await expect.poll(() => Number(new URL(page.url()).searchParams.get('view')?.split(',')[2]), { timeout: 30_000 }).toBeLessThan(9);
  const gapView = await settledView(page, atlas);
  for (const end of ends) {
    const { x, y } = await atlas.pixelOf(end.lon, end.lat, gapView);
    expect(x).toBeGreaterThan(box.x + 10);
    expect(x).toBeLessThan(box.x + box.width - 10);
    expect(y).toBeGreaterThan(box.y + 10);
    expect(y).toBeLessThan(box.y + box.height - 10);
  }
});

test('a broken CSV shows why each row was refused and changes nothing on the map', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const view = { lon: 131, lat: 41, zoom: 5 };
  await atlas.open(`view=${view.lon},${view.lat},${view.zoom}`);
  await atlas.foldLegend();
  const box = (await atlas.map.boundingBox())!;
  const before = await page.screenshot({ clip: box });

  await page.getByLabel('Import data').setInputFiles(BROKEN_FILE);
  const alert = page.getByRole('alert', { name: 'Import result' });
  await expect(alert).toContainText('Could not import synthetic-broken-points.csv: No row of this CSV has usable coordinates');
  const reasons = alert.getByRole('list', { name: 'Skipped rows by reason' });
  await expect(reasons.getByRole('listitem')).toHaveText([
    '2 × row has a different number of fields than the header',
    '1 × coordinates are not numbers or not valid',
    '1 × latitude or longitude is empty',
    '1 × latitude beyond ±90 or longitude beyond ±180',
  ]);
  await expect(alert).toContainText('5 of 5 rows skipped');
  await expect(page.getByRole('list', { name: 'Imported layers' })).toHaveCount(0);
  await atlas.waitForMapIdle();
  await page.waitForTimeout(300);
  expect(await atlas.countColorIn(box, USER_DATA, 30)).toBe(0);
  expect(samePixels(before, await page.screenshot({ clip: box }))).toBe(true);
  await expect(page).toHaveURL(new RegExp(`view=${view.lon}`));
});

test('markup in imported properties is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const atlas = new AtlasPage(page);
  await atlas.open();
  await atlas.foldLegend();
  const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [132.2, 41.9] }, properties: { name: payload, note: '<b>bold?</b>' } }],
  });
  await page.getByLabel('Import data').setInputFiles({ name: 'synthetic-markup.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
  await expect(page.getByRole('status', { name: 'Import result' })).toContainText('Imported “synthetic-markup”: 1 point');
  const view = await settledView(page, atlas, 8);
  const { x, y } = await atlas.pixelOf(132.2, 41.9, view);
  expect(await atlas.countColorIn({ x: x - 6, y: y - 6, width: 12, height: 12 }, USER_DATA, 40)).toBeGreaterThan(10);
  await page.mouse.move(x, y);
  await expect(page.getByRole('tooltip')).toContainText(payload);
  await page.mouse.click(x, y);
  const details = page.getByRole('region', { name: 'Your data details' });
  await expect(details).toContainText(payload);
  await expect(details).toContainText('<b>bold?</b>');
  await expect(details.locator('img, script, b')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('an imported layer saved to the database opens again after it was removed', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const name = `synthetic-saved-${Date.now()}`;
  const csv = 'name,lat,lon,date\nSYNTH sighting A,41.9,132.2,2019-05-01\nSYNTH sighting B,42.3,133.1,2020-02-01\n';
  await page.getByLabel('Import data').setInputFiles({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const result = page.getByRole('status', { name: 'Import result' });
  await expect(result).toContainText(`Imported “${name}”: 2 points, dated by “date”`);
  const list = page.getByRole('list', { name: 'Imported layers' });
  await list.getByRole('button', { name: `Save ${name} to the database` }).click();
  await expect(result).toContainText(/Saved “.*” to the database \(id [0-9a-f-]{36}\)/);
  await list.getByRole('button', { name: `Remove ${name} from the map` }).click();
  await expect(list).toHaveCount(0);

  await page.getByText('Saved layers', { exact: true }).click();
  const saved = page.getByRole('list', { name: 'Saved layers' });
  await saved.getByRole('button', { name: `Open saved ${name}` }).click();
  await expect(result).toContainText(`Opened “${name}” from the database.`);
  await expect(page.getByRole('list', { name: 'Imported layers' })).toContainText(name);
  await saved.getByRole('button', { name: `Delete saved ${name}` }).click();
  await expect(saved.getByRole('button', { name: `Open saved ${name}` })).toHaveCount(0);
});

test('dated imported features extend the timebar, get a row in its histogram and follow a typed range on the map, in their card and on the band', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const timebar = new TimebarPage(page);
  await atlas.open();
  await atlas.foldLegend();
  // SYNTHETIC sightings in open sea: one in March 2026, one in May 2026 (past the curated data's end), one undated.
  const sightings: [string, string | null, [number, number]][] = [
    ['SYNTH March', '2026-03-14', [131.9, 42.8]],
    ['SYNTH May', '2026-05-02', [132.4, 41.9]],
    ['SYNTH undated', null, [131.5, 42.2]],
  ];
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: sightings.map(([name, date, coordinates]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: date ? { name, date } : { name } })),
  });
  await page.getByLabel('Import data').setInputFiles({ name: 'synthetic-sightings.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
  await expect(page.getByRole('status', { name: 'Import result' })).toContainText('Imported “synthetic-sightings”: 3 points');
  const view = await settledView(page, atlas);
  const limeAt = async ([lon, lat]: [number, number]) => {
    const { x, y } = await atlas.pixelOf(lon, lat, view);
    return atlas.countColorIn({ x: x - 6, y: y - 6, width: 12, height: 12 }, USER_DATA, 40);
  };
  const card = page.getByRole('region', { name: 'Your data' }).getByRole('listitem').filter({ hasText: 'synthetic-sightings' });

  // No range: the span runs to the last sighting, all three are drawn, and the card has nothing to add.
  await expect(timebar.summary).toHaveText(/^No time filter: 1 Jan 2012 – 2 May 2026 and undated records$/);
  await expect(timebar.band.getByText('synthetic-sightings: features')).toBeVisible();
  for (const [, , at] of sightings) expect(await limeAt(at)).toBeGreaterThan(10);
  await expect(card).not.toContainText('in the time range');

  // March 2026: only the March sighting; the card says what the range leaves and why the undated one went.
  await timebar.typeRange('2026-03-01', '2026-03-31');
  await atlas.waitForMapIdle();
  await expect.poll(() => limeAt(sightings[0]![2])).toBeGreaterThan(10);
  expect(await limeAt(sightings[1]![2])).toBe(0);
  expect(await limeAt(sightings[2]![2])).toBe(0);
  await expect(card).toContainText('1 in the time range · 1 undated, shown only with no time filter');
  // Typed, a month of a fourteen-year view would be a sliver: the band zooms to it, as a link to it opens (months).
  const axisLabels = () => timebar.band.locator('[title="Drag to move through time; the wheel zooms"] text').allTextContents();
  await expect.poll(async () => (await axisLabels()).some((label) => /^[A-Z][a-z]{2}$/.test(label))).toBe(true);

  // The whole span again: all three, the note gone, and the band back to years.
  await timebar.preset('Full span').click();
  await expect(card).not.toContainText('in the time range');
  await expect.poll(async () => (await axisLabels()).every((label) => /^\d{4}$/.test(label))).toBe(true);
  await atlas.waitForMapIdle();
  for (const [, , at] of sightings) await expect.poll(() => limeAt(at)).toBeGreaterThan(10);
});

test('a file dropped on the map is imported', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const geojson = JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [130.9, 42.5] }, properties: { name: 'SYNTH dropped' } });
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'synthetic-dropped.geojson', { type: 'application/geo+json' }));
    return transfer;
  }, geojson);
  const mapArea = page.getByRole('main', { name: 'Map' });
  await mapArea.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop to import (GeoJSON, CSV or AIS CSV)')).toBeVisible();
  await mapArea.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop to import (GeoJSON, CSV or AIS CSV)')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Import result' })).toContainText('Imported “synthetic-dropped”: 1 point');
});

test('files that cannot be read get a clear message', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const input = page.getByLabel('Import data');
  const alert = page.getByRole('alert', { name: 'Import result' });
  const cases: [string, Buffer, RegExp][] = [
    ['empty.csv', Buffer.alloc(0), /The file is empty/],
    ['utf16.csv', Buffer.from('\ufefflat,lon\n42,130\n', 'utf16le'), /UTF-16/],
    ['truncated.geojson', Buffer.from('{"type":"FeatureCollection","features":[{"type":"Feature",'), /not valid JSON; the file may be truncated/],
    ['topology.json', Buffer.from('{"type":"Topology","objects":{}}'), /not GeoJSON/],
    ['archive.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), /ZIP archive/],
  ];
  for (const [name, buffer, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(alert).toContainText(message);
  }
  await expect(page.getByRole('list', { name: 'Imported layers' })).toHaveCount(0);
});

test('Cancel stops a large import and keeps nothing', async ({ page }, testInfo) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  // About 145 MB: the small SYNTHETIC file's rows repeated, so that reading takes seconds even on a fast machine.
  const [header, ...rows] = readFileSync(AIS_FILE, 'utf8').trimEnd().split('\n');
  const body = `${rows.join('\n')}\n`;
  const large = testInfo.outputPath('synthetic-ais-large.csv');
  writeFileSync(large, `${header}\n${body.repeat(3000)}`);
  await page.getByLabel('Import data').setInputFiles(large);
  const progress = page.getByRole('status', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  // The page stays responsive while the worker reads: a frame comes at once, and the bar moves.
  await expect.poll(() => progress.getByRole('progressbar').getAttribute('value').then(Number), { timeout: 10_000 }).toBeGreaterThan(0);
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1000);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status', { name: 'Import result' })).toContainText('Cancelled; nothing was changed.');
  await expect(progress).toHaveCount(0);
  // The worker is gone: no late result turns up.
  await page.waitForTimeout(1500);
  await expect(page.getByRole('status', { name: 'Import result' })).toContainText('Cancelled; nothing was changed.');
  await expect(page.getByRole('list', { name: 'Imported layers' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'AIS events' })).toHaveCount(0);
});

/** Whether two screenshots differ in at most 0.1 % of their pixels (anti-aliasing noise). */
function samePixels(a: Buffer, b: Buffer): boolean {
  if (a.equals(b)) return true;
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  if (pa.width !== pb.width || pa.height !== pb.height) return false;
  let differ = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    if (Math.abs(pa.data[i]! - pb.data[i]!) + Math.abs(pa.data[i + 1]! - pb.data[i + 1]!) + Math.abs(pa.data[i + 2]! - pb.data[i + 2]!) > 30) differ++;
  }
  return differ <= (pa.width * pa.height) / 1000;
}
