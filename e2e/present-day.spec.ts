import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';
import { PetroleumChartPage } from './pages/petroleum-chart';

// Issue 13: the atlas reaches 2025. The Russia–DPRK shuttle and the 2024 oil runs in Details, the petroleum chart
// against the UN cap, and the new places and events found where users look. Every expected value is read from the
// data files, so a test fails if the product shows anything but the file's value.

interface RawFeature {
  id: string;
  properties: {
    name: { en: string };
    period?: { start?: string; end?: string };
    vesselIds?: string[];
    sourceIds: string[];
    facts: { label: string; value: string }[];
  };
}
interface RawVessel {
  id: string;
  names: { name: string }[];
}
interface RawSource {
  id: string;
  publisher: string;
}
interface RawEstimate {
  id: string;
  publisher: string;
  barrels?: number;
  barrelsIsLowerBound?: boolean;
  sourceIds: string[];
}
interface RawEvent {
  id: string;
  date: string;
  title: string;
  featureIds?: string[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8')) as T;
const ROUTES = readJson<{ features: RawFeature[] }>('data/features/sea-routes.json').features;
const PLACES = readJson<{ features: RawFeature[] }>('data/features/places.json').features;
const VESSELS = readJson<RawVessel[]>('data/vessels.json');
const SOURCES = readJson<RawSource[]>('data/sources.json');
const TIMELINE = readJson<RawEvent[]>('data/timeline.json');
const PETROLEUM = readJson<{ caps: { id: string; barrels?: number }[]; estimates: RawEstimate[] }>('data/series/petroleum.json');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2023-08" → "Aug 2023", "2024-03-07" → "7 Mar 2024", as the panels write dates. */
function spelled(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = `${MONTHS[Number(month) - 1]} ${year}`;
  return day ? `${Number(day)} ${name}` : name;
}

const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`${id} is not in the data files`);
  return found;
};

const en = (value: number) => value.toLocaleString('en-US');

function featureList(page: Page) {
  return page.getByRole('navigation', { name: 'Features' });
}

test('selecting the Rajin–Dunai shuttle shows its ships, period and sources in Details', async ({ page }) => {
  const route = byId(ROUTES, 'route-shuttle-rajin-dunai');
  const p = route.properties;
  const atlas = new AtlasPage(page);
  await atlas.open();
  await featureList(page).getByRole('button', { name: p.name.en }).click();
  await expect(page).toHaveURL(new RegExp(`select=${route.id}(&|$)`));

  const period = `${spelled(p.period!.start!)} – ${spelled(p.period!.end!)}`;
  await expect(atlas.details).toContainText(p.name.en);
  await expect(atlas.details).toContainText(period);
  // The ships: the "Ships named" fact as the sources word it, and each vessel record's name in the route facts.
  const shipsFact = p.facts.find((f) => f.label === 'Ships named');
  if (!shipsFact) throw new Error('the shuttle has no "Ships named" fact');
  await expect(atlas.details).toContainText(shipsFact.value);
  const facts = page.getByRole('region', { name: 'Route facts' });
  await expect(facts).toContainText(period);
  expect(p.vesselIds?.length).toBeGreaterThan(0);
  for (const vesselId of p.vesselIds!) await expect(facts).toContainText(byId(VESSELS, vesselId).names[0]!.name);
  // The route's sources: cited after its description, listed with their publisher, and reachable by their links.
  for (const sourceId of p.sourceIds) {
    const source = byId(SOURCES, sourceId);
    await expect(atlas.details.locator(`[id="source-${sourceId}"]`)).toContainText(source.publisher);
    await expect(atlas.details.locator(`a[href="#source-${sourceId}"]`).first()).toBeVisible();
    await expect(facts.locator(`a[href$="${sourceId}"]`)).toBeVisible();
  }
});

test('selecting a Vostochny oil run says no ship is named, and charts 2024 against the cap beside it', async ({ page }) => {
  const run = byId(ROUTES, 'route-oil-vostochny-chongjin');
  const atlas = new AtlasPage(page);
  await atlas.open(`select=${run.id}`);
  await expect(atlas.details).toContainText(run.properties.name.en);
  await expect(atlas.details).toContainText(`${spelled(run.properties.period!.start!)} – ${spelled(run.properties.period!.end!)}`);
  await expect(page.getByRole('region', { name: 'Route facts' })).toContainText('none named in the cited sources');

  const chart = new PetroleumChartPage(page, /^Refined petroleum to the DPRK/);
  await chart.waitForDrawing();
  const year = Number(run.properties.period!.start!.slice(0, 4));
  expect(await chart.yearsDrawn()).toEqual([year]);
  // The estimates that cite one of the route's sources carry the selection's marker; the notified total does not.
  const routeSources = new Set([...run.properties.sourceIds, ...run.properties.facts.flatMap((f) => (f as { sourceIds?: string[] }).sourceIds ?? [])]);
  const osc = byId(PETROLEUM.estimates, 'estimate-osc-2024');
  expect(osc.sourceIds.some((id) => routeSources.has(id))).toBe(true);
  await expect(chart.mark(osc.id).locator('circle')).toHaveCount(1);
  await expect(chart.mark('delivery-cn-ru-2024').locator('circle')).toHaveCount(0);
  await expect(chart.region).toContainText('not its own');
});

test('the petroleum chart draws the 2024 figure above the UN cap line, in barrels as stated', async ({ page }) => {
  const cap = byId(PETROLEUM.caps, 'cap-2397-refined');
  const osc = byId(PETROLEUM.estimates, 'estimate-osc-2024');
  expect(osc.barrelsIsLowerBound).toBe(true);
  const atlas = new AtlasPage(page);
  await atlas.open();
  const chart = new PetroleumChartPage(page);
  await chart.waitForDrawing();
  await expect(chart.region).toContainText('Only figures stated in barrels are compared with the cap line');

  const capY = await chart.capY(2024);
  const box = await chart.markBox(osc.id);
  const baseline = box.y + box.height;
  // Above the line (SVG y grows downwards), and as high as the figure is against the cap (a floor of 2× the cap).
  expect(box.y).toBeLessThan(capY);
  expect((baseline - box.y) / (baseline - capY)).toBeCloseTo(osc.barrels! / cap.barrels!, 1);
  await expect(chart.mark(osc.id)).toHaveAttribute('data-shape', 'floor');

  const table = await chart.showData();
  const row = table.getByRole('row').filter({ hasText: osc.publisher });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`more than ${en(osc.barrels!)} bbl`);
  await expect(row).toContainText('barrels');
  await expect(row).toContainText('yes');
  await expect(row).toContainText('Reported');
  await expect(row.locator(`a[href$="${osc.sourceIds[0]}"]`)).toBeVisible();

  // In tonnes: no cap line (the UN states it in barrels) and no barrel figure.
  await chart.region.getByRole('radio', { name: 'Tonnes' }).check();
  await expect(chart.capSegment(2024)).toHaveCount(0);
  await expect(chart.mark(osc.id)).toHaveCount(0);
  await expect(chart.region).toContainText('no cap line is drawn');
});

test('search, the feature list and Details find Dunai, Vostochny and Tikhoretsk, and a 2024 event at Vostochny', async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  for (const id of ['port-dunai', 'city-tikhoretsk', 'port-vostochny']) {
    const name = byId(PLACES, id).properties.name.en;
    await expect(featureList(page).getByRole('button', { name })).toBeVisible();
    await page.getByLabel('Search places').fill(name.split(/[ ,(]/)[0]!);
    await page.getByRole('option', { name: new RegExp(name.replace(/[()]/g, '\\$&')) }).click();
    await expect(page).toHaveURL(new RegExp(`select=${id}(&|$)`));
    await expect(atlas.details).toContainText(name);
  }
  // Vostochny is selected last: its timeline lists its 2024 events, dated as the panels write dates.
  const event = TIMELINE.find((e) => e.date.startsWith('2024') && e.featureIds?.includes('port-vostochny'));
  if (!event) throw new Error('no 2024 timeline event names Vostochny');
  const events = atlas.details.getByRole('list', { name: 'Timeline events' });
  await expect(events.getByRole('listitem').filter({ hasText: event.title })).toContainText(spelled(event.date));
});
