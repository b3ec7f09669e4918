import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from './fixtures/test';
import { AtlasPage, type View } from './pages/atlas-page';

// SYNTHETIC fixtures: a hand-written list in OFAC's sdn.xml layout naming Chon Ma San (its IMO number from the
// dataset) and the SYNTHETIC AIS vessel 999000001 (see e2e/fixtures/vessels/README.md), and the SYNTHETIC AIS file.
const LIST = join(__dirname, 'fixtures', 'vessels', 'synthetic-sdn.xml');
const TRUNCATED_LIST = join(__dirname, 'fixtures', 'vessels', 'synthetic-sdn-truncated.xml');
const AIS = join(__dirname, 'fixtures', 'import', 'synthetic-ais-small.csv');

/** Chon Ma San's two incidents, where the dataset places them. */
const CHON_MA_SAN_INCIDENTS: [number, number][] = [
  [124.112, 31.206],
  [124.007, 31.208],
];
const SELECTION_YELLOW: [number, number, number] = [255, 200, 0];
const LISTED_RED: [number, number, number] = [230, 0, 38];

/** How many pixels of `color` lie within 24 px of each of Chon Ma San's incidents (as drawn, spread or not). */
async function colorAroundEachIncident(atlas: AtlasPage, view: View, color: readonly [number, number, number]): Promise<number[]> {
  const counts: number[] = [];
  for (const [lon, lat] of CHON_MA_SAN_INCIDENTS) {
    const { x, y } = await atlas.pixelOf(lon, lat, view);
    counts.push(await atlas.countColorIn({ x: x - 24, y: y - 24, width: 48, height: 48 }, color, 30));
  }
  return counts;
}

async function colorAroundIncidents(atlas: AtlasPage, view: View, color: readonly [number, number, number]): Promise<number> {
  return (await colorAroundEachIncident(atlas, view, color)).reduce((a, b) => a + b, 0);
}

async function searchVessel(page: Page, query: string, option: RegExp): Promise<void> {
  await page.getByLabel('Search places').fill(query);
  await page.getByRole('option', { name: option }).click();
}

async function importFile(page: Page, path: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByRole('region', { name: 'Your data' }).getByLabel('Import data').setInputFiles(path);
}

test('search "Chon Ma San" → its dossier with IMO and incidents; Show on map frames them and draws them highlighted', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  await atlas.foldLegend();
  await searchVessel(page, 'Chon Ma San', /^Chon Ma San · Vessel/);
  await expect(page).toHaveURL(/select=vessel-chon-ma-san/);

  const details = atlas.details;
  await expect(details.locator('.details-name')).toHaveText('Chon Ma San');
  const identity = details.getByRole('region', { name: 'Identity' });
  await expect(identity).toContainText('IMO8660313');
  await expect(identity).toContainText('Chong Du San');
  // Fields no source gives are said to be unpublished, never filled in.
  await expect(identity).toContainText('MMSInot published');
  await expect(details.getByRole('region', { name: 'Designations' })).toContainText('UN 1718 Committee');
  const incidents = details.getByRole('region', { name: 'Incidents' });
  await expect(incidents.getByRole('listitem')).toHaveCount(2);
  await expect(incidents.getByRole('listitem').first()).toContainText('24 Feb 2018');
  await expect(incidents.getByRole('button', { name: 'Chon Ma San – Xin Yuan 18' })).toBeVisible();
  await expect(details.getByRole('region', { name: 'Sources' })).toContainText('Ministry of Foreign Affairs of Japan');

  // Show on map frames both incidents, and they are drawn with the selection's yellow.
  await details.getByRole('button', { name: 'Show on map' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')?.split(',').map(Number)[2] ?? 0, { timeout: 30_000 }).toBeGreaterThan(6);
  const view = await atlas.settledView();
  const box = (await atlas.map.boundingBox())!;
  for (const [lon, lat] of CHON_MA_SAN_INCIDENTS) {
    const { x, y } = await atlas.pixelOf(lon, lat, view);
    expect(x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height, `incident at ${lon},${lat} is framed`).toBe(true);
  }
  const highlightedEach = await colorAroundEachIncident(atlas, view, SELECTION_YELLOW);
  expect(Math.min(...highlightedEach), `yellow around each incident: ${highlightedEach}`).toBeGreaterThan(15);
  const highlighted = highlightedEach.reduce((a, b) => a + b, 0);

  // The same view without the vessel selected: the incidents are there, not highlighted.
  await details.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page).not.toHaveURL(/select=/);
  await atlas.waitForMapIdle();
  await page.waitForTimeout(400);
  expect(await colorAroundIncidents(atlas, view, SELECTION_YELLOW)).toBeLessThan(highlighted / 5);

  // An incident's facts link its vessels to their dossiers.
  await page.goto('/?select=incident-2018-02-24-chon-ma-san-xin-yuan-18');
  await page.getByRole('region', { name: 'Incident facts' }).getByRole('button', { name: 'Chon Ma San' }).click();
  await expect(page).toHaveURL(/select=vessel-chon-ma-san/);
  await expect(atlas.details.locator('.details-name')).toHaveText('Chon Ma San');

  // Its timeline's events open their own details.
  await atlas.details.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'UN blacklists 27 ships' }).click();
  await expect(page).toHaveURL(/select=event-2018-03-30-un-blacklists-ships(&|$)/);
  await expect(atlas.details.locator('.details-name')).toHaveText('UN blacklists 27 ships');
  await expect(atlas.details.getByRole('list', { name: 'Places and vessels the event names' })).toContainText('Chon Ma San');
});

test('a vessel by IMO number, a route’s vessels, the Vessels group, and an unknown vessel id in a link', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open('select=route-shuttle-rajin-dunai');
  const route = page.getByRole('region', { name: 'Route facts' });
  await route.getByRole('button', { name: 'Lady R' }).click();
  await expect(atlas.details.getByRole('region', { name: 'Routes and runs' })).toContainText('Munitions shuttle, Rajin–Dunai');

  await searchVessel(page, 'IMO 8660313', /^Chon Ma San · Vessel · IMO 8660313/);
  await expect(page).toHaveURL(/select=vessel-chon-ma-san/);

  // The group is open while one of its vessels is selected (Chon Ma San is).
  const vesselsGroup = page.getByRole('navigation', { name: 'Features' }).locator('details').filter({ has: page.locator('summary', { hasText: /^Vessels \(\d+\)$/ }) });
  await expect(vesselsGroup).toHaveAttribute('open', '');
  await expect(vesselsGroup.getByRole('button', { name: 'Chon Ma San' })).toHaveAttribute('aria-pressed', 'true');
  await vesselsGroup.getByRole('button', { name: 'Sam Jong 2' }).click();
  await expect(page).toHaveURL(/select=vessel-sam-jong-2/);
  await expect(atlas.details.locator('.details-name')).toHaveText('Sam Jong 2');

  await atlas.open('select=vessel-no-such-ship');
  await expect(page.getByRole('status').filter({ hasText: 'No feature, vessel or timeline event with id "vessel-no-such-ship"' })).toBeVisible();
});

test('an OFAC-layout list marks Chon Ma San and an AIS vessel as listed, says why, and survives save and a reload by link', async ({ page, context }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  await atlas.foldLegend();
  await importFile(page, AIS);
  const result = page.getByRole('status', { name: 'Import result' });
  await expect(result).toContainText('Imported “synthetic-ais-small”', { timeout: 60_000 });

  await importFile(page, LIST);
  await expect(result).toContainText('Loaded OFAC SDN List');
  await expect(result).toContainText('published 2025-03-14): 3 vessels from synthetic-sdn.xml');
  const lists = page.getByRole('region', { name: 'Sanctions lists' });
  const loaded = lists.getByRole('list', { name: 'Loaded sanctions lists' });
  await expect(loaded).toContainText('Office of Foreign Assets Control');
  await expect(loaded).toContainText('published 2025-03-14');
  const named = lists.getByRole('region', { name: 'Listed vessels' });
  await expect(named.getByRole('listitem')).toHaveCount(2);

  // The AIS vessel: listed by MMSI, with its red flags and the rows that show them.
  await named.getByRole('button', { name: 'SYNTH CARGO 0001 · MMSI 999000001' }).click();
  const aisVessel = page.getByRole('region', { name: 'AIS vessel' });
  await expect(aisVessel.getByRole('region', { name: 'Sanctions list matches' })).toContainText('Listed · MMSI match');
  await expect(aisVessel).toContainText('SYNTH LISTED STAR');
  await expect(aisVessel.getByRole('region', { name: 'Red flags' })).toContainText('IMO number 9990001 fails the check digit');
  await expect(aisVessel.getByRole('region', { name: 'Red flags' })).toContainText(/lines 2–\d+ of the file, 2024-03-01/);

  // Its events: the list can be narrowed to those that involve a listed vessel (the encounter, not the other ship's gap).
  const events = page.getByRole('region', { name: 'AIS events' });
  await expect(events.getByRole('table', { name: 'Detected events' }).locator('tbody tr')).toHaveCount(2);
  await events.getByRole('checkbox', { name: 'Only events that involve a listed vessel' }).check();
  const rows = events.getByRole('table', { name: 'Detected events' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Encounter');
  await expect(rows.first()).toContainText('Listed');
  // The export says which list names each vessel, and its red flags.
  const [download] = await Promise.all([page.waitForEvent('download'), events.getByRole('button', { name: 'Export events as CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').trim().split('\n');
  expect(csv[0]).toMatch(/,vessel1Listed,vessel1RedFlags,vessel2Listed,vessel2RedFlags$/);
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain('OFAC SDN List entry 990002');
  expect(csv[1]).toContain('fails the check digit');

  // The curated vessel: listed by IMO; its incidents carry the red ring on the map.
  await named.getByRole('button', { name: 'Chon Ma San' }).click();
  await expect(page).toHaveURL(/select=vessel-chon-ma-san/);
  const matches = atlas.details.getByRole('region', { name: 'Sanctions list matches' });
  await expect(matches).toContainText('Listed · IMO number match');
  await expect(matches).toContainText('IMO 8660313');
  await atlas.details.getByRole('button', { name: 'Show on map' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')?.split(',').map(Number)[2] ?? 0, { timeout: 30_000 }).toBeGreaterThan(6);
  const view = await atlas.settledView();
  // Each incident its own ring: the 2018 one shares its position with another incident, so the zoom that "Show on
  // map" moves to draws it elsewhere than the zoom the list was loaded at.
  const listedEach = await colorAroundEachIncident(atlas, view, LISTED_RED);
  expect(Math.min(...listedEach), `red around each incident: ${listedEach}`).toBeGreaterThan(15);

  // Saved, the list joins the link; a colleague opening it gets the list and its matches back.
  await loaded.getByRole('button', { name: /^Save OFAC SDN List/ }).click();
  await expect(lists.getByRole('status', { name: 'Sanctions list message' })).toContainText(/Saved OFAC SDN List .* \(id [0-9a-f-]{36}\)/);
  await expect(page).toHaveURL(/lists=[0-9a-f-]{36}/);
  await expect(loaded).toContainText('saved by local');
  const other = await context.newPage();
  const otherAtlas = new AtlasPage(other);
  await other.goto(page.url());
  await otherAtlas.waitForMapIdle();
  const otherLists = other.getByRole('region', { name: 'Sanctions lists' });
  await expect(otherLists.getByRole('list', { name: 'Loaded sanctions lists' })).toContainText('published 2025-03-14');
  await expect(otherAtlas.details.getByRole('region', { name: 'Sanctions list matches' })).toContainText('Listed · IMO number match');
  await other.close();

  // Removed from the page, it leaves the link and the marks go.
  await loaded.getByRole('button', { name: /^Remove OFAC SDN List/ }).click();
  await expect(page).not.toHaveURL(/lists=/);
  await atlas.waitForMapIdle();
  await page.waitForTimeout(400);
  expect(await colorAroundIncidents(atlas, view, LISTED_RED)).toBe(0);
});

test('a broken, foreign or empty list file gets one sentence and changes nothing', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open('select=vessel-chon-ma-san');
  const alert = page.getByRole('alert', { name: 'Import result' });
  const lists = page.getByRole('region', { name: 'Sanctions lists' });

  await importFile(page, TRUNCATED_LIST);
  await expect(alert).toContainText('Could not load synthetic-sdn-truncated.xml as a sanctions list');
  await expect(alert).toContainText('truncated');

  // Markup is shown as text, never run.
  await importFile(page, { name: 'list.xml', mimeType: 'application/xml', buffer: Buffer.from('<html><body><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script></body></html>') });
  await expect(alert).toContainText("list.xml: This XML file is not OFAC's sdn.xml");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await importFile(page, { name: 'sdn.xml', mimeType: 'application/xml', buffer: Buffer.alloc(0) });
  await expect(alert).toContainText('sdn.xml: The file is empty.');

  // OFAC's companion file alone is refused with what to do.
  await importFile(page, { name: 'alt.csv', mimeType: 'text/csv', buffer: Buffer.from('90101,1,"a.k.a.","SYNTH OTHER",-0- \n') });
  await expect(alert).toContainText('load it together with sdn.csv');

  await expect(lists).toContainText('None loaded');
  await expect(atlas.details.getByRole('region', { name: 'Sanctions list matches' })).toContainText('No sanctions list is loaded');
  await expect(page.getByRole('list', { name: 'Imported layers' })).toHaveCount(0);
  const params = new URL(page.url()).searchParams;
  expect(params.get('select')).toBe('vessel-chon-ma-san');
  expect(params.get('lists')).toBeNull();
});
