import { readFile } from 'node:fs/promises';
import type { Dialog, Download, Locator } from '@playwright/test';
import { test, expect, type Page } from './fixtures/test';
import { AtlasPage } from './pages/atlas-page';

const RAJIN_VIEW = 'view=130.3,42.2,7';

/** The briefing panel, as far as drafts need it. */
class Briefing {
  readonly panel: Locator;
  readonly status: Locator;
  readonly alert: Locator;
  readonly offer: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Briefing', exact: true });
    this.status = this.panel.getByRole('status', { name: 'Briefing status' });
    this.alert = this.panel.getByRole('alert', { name: 'Briefing errors' });
    this.offer = page.getByRole('region', { name: 'Restore unsaved work' });
  }

  async show(): Promise<void> {
    const tab = this.page.getByRole('tab', { name: 'Briefing' });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await expect(this.panel).toBeVisible();
  }

  async setTitle(title: string): Promise<void> {
    await this.show();
    await this.panel.getByLabel('Briefing title').fill(title);
  }

  async addSlide(title: string, notes = ''): Promise<void> {
    const form = this.panel.getByRole('group', { name: 'New slide from the current view' });
    await form.getByLabel('Slide title').fill(title);
    await form.getByLabel('Speaker notes').fill(notes);
    await form.getByRole('button', { name: 'Add slide' }).click();
    await expect(this.status).toContainText(`“${title}”`);
  }

  async titles(): Promise<string[]> {
    const buttons = this.panel.getByRole('list', { name: 'Slides' }).getByRole('button', { name: /^\d+\. / });
    return (await buttons.allInnerTexts()).map((t) => t.replace(/^\d+\.\s*/, ''));
  }

  async save(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.status).toContainText('Saved “');
  }

  /** The open briefing as its export file has it: title, slides, notes, views and annotations. */
  async exported(): Promise<unknown> {
    const [download]: [Download, void] = await Promise.all([
      this.page.waitForEvent('download'),
      this.panel.getByRole('button', { name: 'Export briefing' }).click(),
    ]);
    return (JSON.parse(await readFile((await download.path())!, 'utf8')) as { briefing: unknown }).briefing;
  }
}

/** Records the dialogs a page opens and accepts them (a beforeunload accepted is a page that may leave). */
function acceptDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  });
  return seen;
}

type WatchedWindow = Window & { leaveAskedAtSave?: boolean };

/**
 * Records, at the very moment the briefing status first says "Saved", whether leaving the page would still ask: a
 * cancelable beforeunload dispatched from a mutation observer, which runs before any task that follows the render.
 */
async function watchLeavePromptAtSave(page: Page): Promise<void> {
  await page.evaluate(() => {
    const status = document.querySelector('[role="status"][aria-label="Briefing status"]');
    if (!status) throw new Error('no briefing status');
    const observer = new MutationObserver(() => {
      if (!status.textContent?.includes('Saved “')) return;
      observer.disconnect();
      const leave = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(leave);
      (window as WatchedWindow).leaveAskedAtSave = leave.defaultPrevented;
    });
    observer.observe(status, { childList: true, subtree: true, characterData: true });
  });
}

test('three slides survive a reload: the restore is offered, and the restored briefing is identical', async ({ page }) => {
  test.setTimeout(180_000);
  const atlas = new AtlasPage(page);
  const briefing = new Briefing(page);
  const dialogs = acceptDialogs(page);
  await atlas.open(`${RAJIN_VIEW}&select=port-rajin`);
  await briefing.setTitle('Before the meeting');
  await briefing.addSlide('Rajin port', 'The ferry leaves twice a week.');
  await page.getByRole('checkbox', { name: 'Rail links' }).uncheck();
  await briefing.addSlide('Without rail', 'Notes in Korean: 나진항.');
  await briefing.addSlide('Third');
  // An annotation, placed with a click on the map.
  const first = briefing.panel.getByRole('list', { name: 'Slides' }).getByRole('listitem').first();
  await first.getByRole('button', { name: 'Add annotation' }).click();
  await first.getByLabel('Annotation text').fill('berth 3');
  await first.getByRole('button', { name: 'Place on map' }).click();
  const box = (await atlas.map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30);
  await expect(first.getByRole('list', { name: /Annotations of slide 1/ })).toContainText('berth 3');
  const before = await briefing.exported();
  await expect(briefing.panel.getByText('Unsaved changes')).toBeVisible();

  // Reload: leaving asks first (accepted here), and the new page offers the draft back.
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await atlas.waitForMapIdle();
  await expect(briefing.offer).toContainText(/Restore the unsaved briefing “Before the meeting” from .*\d{2}.\d{2}.* \(3 slides\)\?/);
  await briefing.show();
  expect(await briefing.titles()).toEqual([]);
  await briefing.offer.getByRole('button', { name: 'Restore' }).click();
  await expect(briefing.offer).toHaveCount(0);
  await expect(briefing.status).toContainText('Restored “Before the meeting” (3 slides)');
  expect(await briefing.titles()).toEqual(['Rajin port', 'Without rail', 'Third']);
  expect(await briefing.exported()).toEqual(before);
  await expect(briefing.panel.getByText('Unsaved changes')).toBeVisible();

  // Saved: nothing to keep, nothing to ask, nothing offered after the next reload, even one made the moment the
  // page says "Saved".
  await watchLeavePromptAtSave(page);
  await briefing.save();
  expect(await page.evaluate(() => (window as WatchedWindow).leaveAskedAtSave)).toBe(false);
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await atlas.waitForMapIdle();
  await page.waitForTimeout(1000);
  await expect(briefing.offer).toHaveCount(0);
});

test('a discarded draft is not offered again', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const briefing = new Briefing(page);
  acceptDialogs(page);
  await atlas.open(RAJIN_VIEW);
  await briefing.setTitle('Throwaway');
  await briefing.addSlide('Only');
  await page.reload();
  await expect(briefing.offer).toContainText('“Throwaway”');
  await briefing.offer.getByRole('button', { name: 'Discard' }).click();
  await expect(briefing.offer).toHaveCount(0);
  await page.reload();
  await atlas.waitForMapIdle();
  await page.waitForTimeout(1000);
  await expect(briefing.offer).toHaveCount(0);
});

test('a closed tab’s draft is offered in a new tab; one still being edited in another tab is not', async ({ page, context }) => {
  const atlas = new AtlasPage(page);
  const briefing = new Briefing(page);
  const other = await context.newPage();
  const otherBriefing = new Briefing(other);
  await new AtlasPage(other).open(RAJIN_VIEW);
  await otherBriefing.setTitle('From the other tab');
  await otherBriefing.addSlide('Theirs');

  // The other tab is open and editing: its draft is its own.
  await atlas.open(RAJIN_VIEW);
  await page.waitForTimeout(1000);
  await expect(briefing.offer).toHaveCount(0);

  // Closed without saving: the next tab offers it.
  other.on('dialog', (dialog) => void dialog.accept());
  await other.close({ runBeforeUnload: true });
  await expect.poll(() => other.isClosed()).toBe(true);
  await page.reload();
  await expect(briefing.offer).toContainText('“From the other tab”');
  await briefing.offer.getByRole('button', { name: 'Restore' }).click();
  await briefing.show();
  expect(await briefing.titles()).toEqual(['Theirs']);
});

test('two tabs editing the same saved briefing: the later save gets the conflict choices, not a silent overwrite', async ({ page, context, guard }) => {
  const atlas = new AtlasPage(page);
  const briefing = new Briefing(page);
  await atlas.open(RAJIN_VIEW);
  const title = `Two tabs ${Date.now()}`;
  await briefing.setTitle(title);
  await briefing.addSlide('First');
  await briefing.save();
  const list = (await (await page.request.get('/api/briefings')).json()) as { briefings: { id: string; title: string }[] };
  const id = list.briefings.find((b) => b.title === title)?.id;
  expect(id).toBeTruthy();

  const other = await context.newPage();
  const otherBriefing = new Briefing(other);
  await other.goto(`/brief/${id}`);
  await new AtlasPage(other).waitForMapIdle();
  await otherBriefing.show();
  await otherBriefing.addSlide('From tab two');
  await otherBriefing.save();

  await briefing.addSlide('From tab one');
  await briefing.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(briefing.alert).toContainText('A colleague saved a newer version');
  await expect(briefing.panel.getByRole('button', { name: 'Load their version' })).toBeVisible();
  const stored = (await (await page.request.get(`/api/briefings/${id}`)).json()) as { version: number; slides: { title: string }[] };
  expect(stored.version).toBe(2);
  expect(stored.slides.map((s) => s.title)).toEqual(['First', 'From tab two']);
  // Chromium logs the 409; it is the point of the test.
  const conflicts = guard.consoleErrors.filter((message) => /status of 409 \(Conflict\)/.test(message));
  expect(conflicts).toHaveLength(1);
  guard.consoleErrors.splice(guard.consoleErrors.indexOf(conflicts[0]!), 1);
  other.on('dialog', (dialog) => void dialog.accept());
  await other.close();
});

test('leaving while imported data is not saved asks first', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const dialogs = acceptDialogs(page);
  await atlas.open();
  // A click first: browsers only ask pages the user has interacted with.
  await page.getByRole('tab', { name: 'Briefing' }).click();
  const csv = 'name,lat,lon,date\nSYNTH sighting A,41.9,132.2,2019-05-01\n';
  await page.getByLabel('Import data').setInputFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('status', { name: 'Import result' })).toContainText('Imported “synthetic”');
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
});
