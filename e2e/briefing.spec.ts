import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import type { Download, Locator } from '@playwright/test';
import { PNG_FOOTER_PX, PNG_HEADER_PX } from '../components/briefing/export-layout';
import { BASEMAP_COLORS } from '../geo/basemap/basemap-theme';
import { test, expect, type Page } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';

const RAJIN_VIEW = 'view=130.3,42.2,7';
const hex = (color: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
const SEA = hex(BASEMAP_COLORS.light.sea);
const LAND = hex(BASEMAP_COLORS.light.land);

/** The briefing panel, driven by its roles and labels. */
class BriefingPanelPage {
  readonly panel: Locator;
  readonly slides: Locator;
  readonly alert: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Briefing' });
    this.slides = this.panel.getByRole('list', { name: 'Slides' }).getByRole('listitem');
    this.alert = this.panel.getByRole('alert', { name: 'Briefing errors' });
    this.status = this.panel.getByRole('status', { name: 'Briefing status' });
  }

  /** Brings the briefing editor forward (the side column shows it in a tab beside Details). */
  async show(): Promise<void> {
    const tab = this.page.getByRole('tab', { name: 'Briefing' });
    if ((await tab.count()) > 0 && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await expect(this.panel).toBeVisible();
  }

  /** Brings Details forward, to read what the slide selected. */
  async showDetails(): Promise<void> {
    const tab = this.page.getByRole('tab', { name: 'Details and charts' });
    if ((await tab.count()) > 0 && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }

  async setTitle(title: string): Promise<void> {
    await this.show();
    await this.panel.getByLabel('Briefing title').fill(title);
  }

  /** Adds the current view as a slide (the "New slide" form's fields). */
  async addSlide(title: string, notes = ''): Promise<void> {
    const form = this.panel.getByRole('group', { name: 'New slide from the current view' });
    await form.getByLabel('Slide title').fill(title);
    await form.getByLabel('Speaker notes').fill(notes);
    await form.getByRole('button', { name: 'Add slide' }).click();
    await expect(this.status).toContainText(`“${title}”`);
  }

  slide(title: string): Locator {
    return this.slides.filter({ has: this.page.getByRole('button', { name: new RegExp(`^\\d+\\. ${escapeRegExp(title)}$`) }) });
  }

  async titles(): Promise<string[]> {
    return (await this.panel.getByRole('list', { name: 'Slides' }).getByRole('button', { name: /^\d+\. / }).allInnerTexts()).map((t) =>
      t.replace(/^\d+\.\s*/, ''),
    );
  }

  async save(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.status).toContainText('Saved “');
  }

  async download(button: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.panel.getByRole('button', { name: button }).click()]);
    return download;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function savedBriefings(page: Page): Promise<{ id: string; title: string; version: number }[]> {
  const response = await page.request.get('/api/briefings');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { briefings: { id: string; title: string; version: number }[] }).briefings;
}

async function pickFeature(page: Page, query: string, option: RegExp): Promise<void> {
  await page.getByLabel('Search places').fill(query);
  await page.getByRole('option', { name: option }).click();
}

const viewOf = (url: string) => new URL(url).searchParams.get('view')?.split(',').map(Number) ?? [];

test('a three-slide briefing: build, save, reload, present with the arrow keys, leave', async ({ page }) => {
  // Three fly-tos and two page loads in software WebGL: slow on a busy two-core machine.
  test.setTimeout(180_000);
  const atlas = new AtlasPage(page);
  const briefing = new BriefingPanelPage(page);
  const title = `Leaks through Rason ${Date.now()}`;
  await atlas.open(`${RAJIN_VIEW}&select=port-rajin`);
  await briefing.setTitle(title);
  await briefing.addSlide('Rajin port', 'The ferry leaves twice a week.');
  await pickFeature(page, 'Nakhodka', /Nakhodka port/);
  await expect(page).toHaveURL(/select=port-nakhodka/);
  await briefing.addSlide('Nakhodka', 'Coal goes out here.');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/select=/);
  await page.getByRole('checkbox', { name: 'Rail links' }).uncheck();
  await expect(page).toHaveURL(/layers=/);
  await briefing.addSlide('Rail');
  const third = briefing.slide('Rail');
  await third.getByRole('button', { name: 'Rename' }).click();
  await third.getByLabel('Slide title').fill('Without rail');
  await third.getByRole('button', { name: 'Save changes' }).click();
  expect(await briefing.titles()).toEqual(['Rajin port', 'Nakhodka', 'Without rail']);

  // Reorder and back, delete and restore: the list follows.
  await briefing.slide('Nakhodka').getByRole('button', { name: 'Move up' }).click();
  expect(await briefing.titles()).toEqual(['Nakhodka', 'Rajin port', 'Without rail']);
  await briefing.slide('Nakhodka').getByRole('button', { name: 'Move down' }).click();
  expect(await briefing.titles()).toEqual(['Rajin port', 'Nakhodka', 'Without rail']);
  await briefing.slide('Nakhodka').getByRole('button', { name: 'Delete' }).click();
  expect(await briefing.titles()).toEqual(['Rajin port', 'Without rail']);
  await briefing.panel.getByRole('button', { name: 'Restore “Nakhodka”' }).click();
  expect(await briefing.titles()).toEqual(['Rajin port', 'Nakhodka', 'Without rail']);

  await briefing.save();
  const saved = (await savedBriefings(page)).find((b) => b.title === title);
  expect(saved?.version).toBe(1);

  // Reload: the open draft is gone, the saved one opens from the list with its three slides.
  await page.reload();
  await atlas.waitForMapIdle();
  await briefing.show();
  await briefing.panel.getByRole('button', { name: `Open ${title}` }).click();
  await expect(briefing.status).toContainText(`Opened “${title}”`);
  expect(await briefing.titles()).toEqual(['Rajin port', 'Nakhodka', 'Without rail']);
  await expect(page).toHaveURL(/select=port-rajin/);
  await briefing.showDetails();
  await expect(atlas.details).toContainText('Rajin');

  // /brief/<id> opens it too, on its first slide.
  await page.goto(`/brief/${saved!.id}`);
  await atlas.waitForMapIdle();
  await expect(page).toHaveURL(/select=port-rajin/);
  await briefing.showDetails();
  await expect(atlas.details).toContainText('Rajin');
  await briefing.show();
  expect(await briefing.titles()).toEqual(['Rajin port', 'Nakhodka', 'Without rail']);

  await briefing.slide('Rajin port').getByRole('button', { name: /^1\. / }).click();
  await briefing.panel.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('region', { name: 'Presentation' });
  await expect(show.getByRole('heading', { name: 'Rajin port' })).toBeVisible();
  await expect(show).toContainText('1 / 3');
  await expect(page).toHaveURL(/select=port-rajin/);

  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { name: 'Nakhodka' })).toBeVisible();
  await expect(show).toContainText('2 / 3');
  await expect(page).toHaveURL(/select=port-nakhodka/);
  // The camera flies to the slide's view.
  await expect.poll(() => viewOf(page.url())[0], { timeout: 30_000 }).toBeGreaterThan(132);

  await page.keyboard.press('ArrowRight');
  await expect(show).toContainText('3 / 3');
  await expect(page).not.toHaveURL(/select=/);
  await expect(page).toHaveURL(/layers=ports,routes/);
  await expect(show.getByRole('button', { name: 'Next slide' })).toBeDisabled();

  await page.keyboard.press('ArrowLeft');
  await expect(show).toContainText('2 / 3');
  await expect(page).toHaveURL(/select=port-nakhodka/);
  await show.getByRole('button', { name: 'Notes' }).click();
  await expect(show.getByRole('complementary', { name: 'Speaker notes' })).toHaveText('Coal goes out here.');

  // Escape leaves the presentation and keeps the slide's selection.
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page).toHaveURL(/select=port-nakhodka/);
  await briefing.showDetails();
  await expect(atlas.details).toContainText('Nakhodka');
});

test('Export PNG downloads the view with the map’s colours at the screen size and at 2x', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const briefing = new BriefingPanelPage(page);
  await atlas.open('view=131,38,4.1');
  await briefing.show();
  const box = (await atlas.map.boundingBox())!;

  for (const scale of [1, 2] as const) {
    await briefing.panel.getByLabel('Image size').selectOption(scale === 1 ? 'Screen size' : '2× screen size');
    const download = await briefing.download('Export PNG');
    expect(download.suggestedFilename()).toMatch(/^route-atlas-.+-\d{4}-\d{2}-\d{2}\.png$/);
    const file = (await download.path())!;
    await test.info().attach(`export-${scale}x.png`, { path: file, contentType: 'image/png' });
    const image = PNG.sync.read(await readFile(file));
    expect(Math.abs(image.width - box.width * scale), `width ${image.width}`).toBeLessThanOrEqual(scale);
    expect(Math.abs(image.height - (box.height + PNG_HEADER_PX + PNG_FOOTER_PX) * scale), `height ${image.height}`).toBeLessThanOrEqual(scale);

    // The view part holds the basemap's sea and land; the title band above it is the panel colour, not map.
    let sea = 0;
    let land = 0;
    const header = PNG_HEADER_PX * scale;
    for (let y = header; y < image.height - PNG_FOOTER_PX * scale; y += 2) {
      for (let x = 0; x < image.width; x += 2) {
        const i = (y * image.width + x) * 4;
        const rgb = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
        if (Math.hypot(rgb[0]! - SEA[0], rgb[1]! - SEA[1], rgb[2]! - SEA[2]) < 12) sea++;
        else if (Math.hypot(rgb[0]! - LAND[0], rgb[1]! - LAND[1], rgb[2]! - LAND[2]) < 12) land++;
      }
    }
    const sampled = ((image.height - header - PNG_FOOTER_PX * scale) * image.width) / 4;
    expect(sea / sampled, 'share of sea-coloured pixels').toBeGreaterThan(0.15);
    expect(land / sampled, 'share of land-coloured pixels').toBeGreaterThan(0.1);
    const topLeft = image.data.subarray(0, 3);
    expect([...topLeft]).toEqual([255, 255, 255]);
  }
});

test('Export PDF writes one page per slide, with progress', async ({ page }) => {
  test.setTimeout(180_000);
  const atlas = new AtlasPage(page);
  const briefing = new BriefingPanelPage(page);
  await atlas.open(`${RAJIN_VIEW}&select=port-rajin`);
  const slideViews = new Set<string>();
  /** The camera's position as written to the URL once the map has settled. */
  const settledView = async () => {
    await atlas.waitForMapIdle();
    await page.waitForTimeout(500);
    return new URL(page.url()).searchParams.get('view') ?? '';
  };
  await briefing.setTitle('PDF briefing');
  await briefing.addSlide('Rajin port', 'Notes in Russian: Порт Раджин. In Korean: 나진항.');
  slideViews.add(await settledView());
  await pickFeature(page, 'Nakhodka', /Nakhodka port/);
  slideViews.add(await settledView());
  await briefing.addSlide('Nakhodka', 'x '.repeat(3000));
  await page.keyboard.press('Escape');
  await briefing.addSlide('Region');
  expect(slideViews.size).toBe(2);

  // Every page is captured where its slide is: the camera never comes to rest anywhere else during the export.
  const seen = new Set<string>();
  let exporting = true;
  const watch = (async () => {
    while (exporting) {
      seen.add(new URL(page.url()).searchParams.get('view') ?? '');
      await page.waitForTimeout(100);
    }
  })();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 150_000 }),
    (async () => {
      await briefing.panel.getByRole('button', { name: 'Export PDF' }).click();
      await expect(briefing.panel.getByText(/Exporting slide \d of 3|Preparing the PDF/)).toBeVisible();
    })(),
  ]);
  exporting = false;
  await watch;
  expect([...seen].filter((view) => !slideViews.has(view)), 'views the camera stopped at that are no slide’s').toEqual([]);
  expect(download.suggestedFilename()).toMatch(/^route-atlas-pdf-briefing-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = (await download.path())!;
  await test.info().attach('briefing.pdf', { path: file, contentType: 'application/pdf' });
  const pdf = (await readFile(file)).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length).toBe(3);
  expect(pdf.match(/\/Subtype\s*\/Image/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  await expect(briefing.status).toContainText('as a PDF of 3 pages');
});

test('importing a broken file shows why and changes nothing, open or saved', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const briefing = new BriefingPanelPage(page);
  const title = `Kept ${Date.now()}`;
  const created = await page.request.post('/api/briefings', {
    data: { title, slides: [{ id: 's1', title: 'Only slide', notes: '', query: 'v=1', annotations: [] }] },
  });
  expect(created.status()).toBe(201);
  const before = await savedBriefings(page);

  await atlas.open(RAJIN_VIEW);
  await briefing.setTitle('Open draft');
  await briefing.addSlide('Draft slide');
  const importInput = briefing.panel.getByLabel('Import briefing');

  await importInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "route-atlas-briefing", "formatV') });
  await expect(briefing.alert).toContainText('Could not import “broken.json”: not valid JSON');
  await importInput.setInputFiles({
    name: 'wrong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'route-atlas-briefing', formatVersion: 1, exportedAt: '2026-01-01T00:00:00Z', briefing: { title: '', slides: [] } })),
  });
  await expect(briefing.alert).toContainText('briefing.title');
  await importInput.setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: Buffer.from('\ufeff{}', 'utf16le') });
  await expect(briefing.alert).toContainText('UTF-16');

  await expect(briefing.panel.getByLabel('Briefing title')).toHaveValue('Open draft');
  expect(await briefing.titles()).toEqual(['Draft slide']);
  expect(await savedBriefings(page)).toEqual(before);

  // A good file (exported from this briefing) imports; the unsaved draft is only replaced after a confirmation.
  const exported = await briefing.download('Export briefing');
  await briefing.setTitle('Open draft, edited');
  await importInput.setInputFiles((await exported.path())!);
  await expect(briefing.panel.getByText('The open briefing has unsaved changes.')).toBeVisible();
  await briefing.panel.getByRole('button', { name: 'Replace' }).click();
  await expect(briefing.panel.getByLabel('Briefing title')).toHaveValue('Open draft');
  expect(await savedBriefings(page)).toEqual(before);
});

test('a stale save offers the colleague’s version instead of overwriting it', async ({ page, guard }) => {
  const atlas = new AtlasPage(page);
  const briefing = new BriefingPanelPage(page);
  const title = `Shared ${Date.now()}`;
  await atlas.open(RAJIN_VIEW);
  await briefing.setTitle(title);
  await briefing.addSlide('Mine');
  await briefing.save();
  const saved = (await savedBriefings(page)).find((b) => b.title === title)!;
  // A colleague saves version 2 meanwhile.
  const theirs = await page.request.put(`/api/briefings/${saved.id}`, {
    data: { title, version: 1, slides: [{ id: 'c1', title: 'Theirs', notes: '', query: 'v=1', annotations: [] }] },
  });
  expect(theirs.status()).toBe(200);

  await briefing.addSlide('Mine too');
  await briefing.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(briefing.alert).toContainText('A colleague saved a newer version');
  expect((await savedBriefings(page)).find((b) => b.id === saved.id)?.version).toBe(2);
  await briefing.panel.getByRole('button', { name: 'Load their version' }).click();
  expect(await briefing.titles()).toEqual(['Theirs']);
  // Chromium logs every non-2xx response; this one 409 is the point of the test, anything else still fails it.
  const conflicts = guard.consoleErrors.filter((message) => /status of 409 \(Conflict\)/.test(message));
  expect(conflicts).toHaveLength(1);
  guard.consoleErrors.splice(guard.consoleErrors.indexOf(conflicts[0]!), 1);
});

test('markup in titles, notes and annotations is shown as text and never runs', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const briefing = new BriefingPanelPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const payload = '<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2; alert(2)">';

  await atlas.open('view=133,40,5');
  await briefing.setTitle(`<b>${payload}</b>`);
  await briefing.addSlide('<i>slide</i>', payload);
  await expect(briefing.panel.getByText(payload, { exact: true })).toBeVisible();

  // Pin an annotation with the payload in the sea: it is drawn on the map, as glyphs.
  const slide = briefing.slides.first();
  await slide.getByRole('button', { name: 'Add annotation' }).click();
  await slide.getByLabel('Annotation text').fill(payload);
  await slide.getByRole('button', { name: 'Place on map' }).click();
  const view = { lon: 133, lat: 40, zoom: 5 };
  const at = await atlas.pixelOf(133.5, 39.5, view);
  await page.mouse.click(at.x, at.y);
  await expect(slide.getByRole('list', { name: /Annotations of slide 1/ })).toContainText(payload);
  await atlas.waitForMapIdle();
  await atlas.foldLegend();
  // The pin is dark on the light sea.
  const pin = await atlas.colorAt(at.x, at.y);
  expect(Math.max(...pin), `pin colour ${pin.join(',')}`).toBeLessThan(90);

  await briefing.panel.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('region', { name: 'Presentation' });
  await expect(show.getByRole('heading', { name: '<i>slide</i>' })).toBeVisible();
  await show.getByRole('button', { name: 'Notes' }).click();
  await expect(show.getByRole('complementary', { name: 'Speaker notes' })).toHaveText(payload);
  await page.keyboard.press('Escape');

  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], b:has-text("__pwned"), i:has-text("slide")').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(requests.filter((path) => path === '/x')).toEqual([]);
});
