import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { booleanIntersects, booleanPointInPolygon, point, polygon } from '@turf/turf';
import { test, expect } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';

interface Zone {
  id: string;
  geometry: { coordinates: number[][][] };
}
interface Incident {
  id: string;
  geometry: { coordinates: [number, number] };
  properties: { date: string; zoneId: string; geometryPrecision: string };
}

const zones = (JSON.parse(readFileSync('data/features/sts-zones.json', 'utf8')) as { features: Zone[] }).features;
const incidents = (JSON.parse(readFileSync('data/features/sts-incidents.json', 'utf8')) as { features: Incident[] }).features;

/** The East China Sea zone's outline as the link writes it (4 decimals), and as turf reads it. */
const ecs = zones.find((z) => z.id === 'zone-east-china-sea')!;
const ecsRing = ecs.geometry.coordinates[0]!.map(([lon, lat]) => [Number(lon!.toFixed(4)), Number(lat!.toFixed(4))]);
const ECS_AREA = ecsRing.slice(0, -1).flat().join(',');
const ecsPolygon = polygon([ecsRing]);

/** The incidents the report must list for that area, computed here from the data files with turf. */
function expectedIncidents(): { inside: Incident[]; schematic: Incident[] } {
  const zonesMet = new Set(zones.filter((z) => booleanIntersects(polygon(z.geometry.coordinates), ecsPolygon)).map((z) => z.id));
  const inArea = (i: Incident) => booleanPointInPolygon(point(i.geometry.coordinates), ecsPolygon);
  const isSchematic = (i: Incident) => i.properties.geometryPrecision === 'schematic';
  return {
    inside: incidents.filter((i) => !isSchematic(i) && inArea(i)),
    schematic: incidents.filter((i) => isSchematic(i) && (inArea(i) || zonesMet.has(i.properties.zoneId))),
  };
}

test.describe('area reports', () => {
  test('a link with area= around the East China Sea zone lists the incidents inside it, schematic ones apart', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.open(`area=${ECS_AREA}`);
    const panel = page.getByRole('tabpanel', { name: 'Area report' });
    await expect(panel).toBeVisible();
    const { inside, schematic } = expectedIncidents();
    expect(inside.length).toBeGreaterThan(0);
    expect(schematic.length).toBeGreaterThan(0);
    await expect(panel.locator('[data-kind="incident"] dd')).toHaveText(`${inside.length} inside; ${schematic.length} more are placed schematically near it.`);
    const rows = panel.locator('table[data-kind="incident"] tbody tr');
    await expect(rows).toHaveCount(inside.length + schematic.length);
    // A long table starts folded: open it as a reader would.
    const table = panel.locator('details', { has: page.locator('table[data-kind="incident"]') });
    if ((await table.getAttribute('open')) === null) await table.locator('summary').click();
    const listed = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-record-id')}:${tr.getAttribute('data-placement')}`));
    expect(listed.sort()).toEqual([...inside.map((i) => `${i.id}:inside`), ...schematic.map((i) => `${i.id}:schematic`)].sort());
    // Dates, confidence and sources are in every row.
    await expect(rows.first().locator('td').nth(1)).toHaveText(/^\d{4}(-\d{2})?/);
    await expect(rows.first().locator('[data-confidence]')).toBeVisible();
    await expect(rows.first().locator('td').nth(3)).not.toBeEmpty();
    // The monthly bars are stacked by kind, and the key under them names each colour.
    await expect(panel.getByRole('list', { name: 'Key to the bars' }).locator('li[data-kind="incident"]')).toHaveText('STS incidents');
  });

  test('a malformed area= gets a notice and is dropped', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.open('area=121,29,126');
    await expect(page.getByText(/The area "121,29,126" in the link is not valid/)).toBeVisible();
    expect(new URL(page.url()).searchParams.get('area')).toBeNull();
  });

  test('a rectangle drawn with a real mouse drag produces a report, in the link', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const view = { lon: 124, lat: 31, zoom: 5 };
    await atlas.open(`view=${view.lon},${view.lat},${view.zoom}`);
    await atlas.foldLegend();
    await page.getByRole('toolbar', { name: 'Area report tools' }).getByRole('button', { name: 'Rectangle' }).click();
    await expect(page.getByText(/Drag across the map/)).toBeVisible();
    // Let the drawing tool (loaded on first use) start before the drag.
    await page.waitForTimeout(1500);
    const from = await atlas.pixelOf(122, 32.5, view);
    const to = await atlas.pixelOf(126, 28.5, view);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 12; step++) await page.mouse.move(from.x + ((to.x - from.x) * step) / 12, from.y + ((to.y - from.y) * step) / 12);
    await page.mouse.up();

    const panel = page.getByRole('tabpanel', { name: 'Area report' });
    await expect(panel.getByTestId('area-size')).toContainText('Outline of 4 corners');
    await expect(panel.getByTestId('area-size')).toContainText('km²');
    await expect(panel.locator('table[data-kind="incident"] tbody tr').first()).toBeAttached();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).not.toBeNull();
    const corners = new URL(page.url()).searchParams.get('area')!.split(',').map(Number);
    expect(corners).toHaveLength(8);
    const lons = corners.filter((_, i) => i % 2 === 0);
    const lats = corners.filter((_, i) => i % 2 === 1);
    // Where the drag began and ended, within a few pixels at this zoom (0.1°).
    expect(Math.min(...lons)).toBeCloseTo(122, 0);
    expect(Math.max(...lons)).toBeCloseTo(126, 0);
    expect(Math.min(...lats)).toBeCloseTo(28.5, 0);
    expect(Math.max(...lats)).toBeCloseTo(32.5, 0);
  });

  test('the before/after comparison changes with the ranges', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.open(`area=${ECS_AREA}`);
    const panel = page.getByRole('tabpanel', { name: 'Area report' });
    await panel.getByText('Compare two periods').click();
    const compare = panel.getByRole('region', { name: 'Compare two periods' });
    const { inside, schematic } = expectedIncidents();
    const listed = [...inside, ...schematic];
    const inYear = (year: string) => listed.filter((i) => i.properties.date.startsWith(year)).length;

    const setPeriod = async (name: string, from: string, to: string) => {
      const group = compare.getByRole('group', { name });
      await group.getByLabel('From').fill(from);
      await group.getByLabel('to').fill(to);
    };
    await setPeriod('First period', '2017-01-01', '2017-12-31');
    await setPeriod('Second period', '2018-01-01', '2018-12-31');
    const incidentRow = compare.locator('tr[data-kind="incident"] td');
    await expect(incidentRow.nth(0)).toContainText(String(inYear('2017')));
    await expect(incidentRow.nth(1)).toContainText(String(inYear('2018')));
    const differences = compare.getByTestId('area-differences');
    await expect(differences).toContainText(`STS incidents: ${inYear('2017')} → ${inYear('2018')}`);

    await setPeriod('Second period', '2019-01-01', '2019-12-31');
    await expect(incidentRow.nth(1)).toContainText(String(inYear('2019')));
    await expect(differences).toContainText(`STS incidents: ${inYear('2017')} → ${inYear('2019')}`);
  });

  test("a timeline event's row opens the event's own details, not the place it is drawn at", async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.open(`area=${ECS_AREA}`);
    const panel = page.getByRole('tabpanel', { name: 'Area report' });
    const row = panel.locator('table[data-kind="timeline"] tbody tr[data-record-id]').first();
    const eventId = await row.getAttribute('data-record-id');
    expect(eventId).toMatch(/^event-/);
    await row.getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`select=${eventId}(&|$)`));
    await page.getByRole('tab', { name: 'Details and charts' }).click();
    await expect(atlas.details).toContainText('Timeline event —');
    await expect(atlas.details.getByRole('list', { name: 'Places and vessels the event names' })).toBeVisible();
  });

  test('the CSV export holds the rows the report lists', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.open(`area=${ECS_AREA}`);
    const panel = page.getByRole('tabpanel', { name: 'Area report' });
    const listed = await panel.locator('tbody tr[data-record-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-record-id')!));
    expect(listed.length).toBeGreaterThan(5);
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^route-atlas-area-report-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await file.path(), 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toContain(`area=${ECS_AREA.slice(0, 20)}`);
    const ids = lines.slice(2).map((line) => line.split(',')[2]);
    for (const id of listed) expect(ids).toContain(id);
    expect(lines.slice(2).filter((line) => !line.startsWith('vessel,'))).toHaveLength(listed.length);
  });

  test('a slide keeps the area, and the PDF export prints its report as a page', async ({ page }) => {
    test.setTimeout(180_000);
    const atlas = new AtlasPage(page);
    await atlas.open(`area=${ECS_AREA}`);
    await page.getByRole('tab', { name: 'Briefing' }).click();
    const briefing = page.getByRole('region', { name: 'Briefing' });
    await briefing.getByLabel('Briefing title').fill('Area briefing');
    const form = briefing.getByRole('group', { name: 'New slide from the current view' });
    await form.getByLabel('Slide title').fill('East China Sea');
    await form.getByRole('button', { name: 'Add slide' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 150_000 }),
      briefing.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    const pdf = readFileSync(await download.path());
    const raw = pdf.toString('latin1');
    // One page for the slide's view, one for its area report.
    expect(raw.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length).toBe(2);
    const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    const text = streams.join('\n');
    expect(text).toContain('Area report');
    const { inside, schematic } = expectedIncidents();
    expect(text).toContain(`STS incidents: ${inside.length} inside; ${schematic.length} more are placed schematically near it.`);
  });
});
