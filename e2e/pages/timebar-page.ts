import { expect, type Locator, type Page } from '@playwright/test';

/** The timebar under the map, driven by its roles and labels. */
export class TimebarPage {
  readonly band: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly startHandle: Locator;
  readonly endHandle: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.band = page.getByRole('region', { name: 'Timebar' });
    this.from = this.band.getByLabel('From', { exact: true });
    this.to = this.band.getByLabel('To', { exact: true });
    this.startHandle = this.band.getByRole('slider', { name: 'Start of the time range' });
    this.endHandle = this.band.getByRole('slider', { name: 'End of the time range' });
    this.summary = this.band.getByRole('status', { name: 'Selected time range' });
  }

  /** The link's `time=` value ('' when there is none). */
  time(): string {
    return new URL(this.page.url()).searchParams.get('time') ?? '';
  }

  /** Types both dates, as a user does, the later end first when the range moves later (so from ≤ to all along). */
  async typeRange(from: string, to: string): Promise<void> {
    const current = await this.to.inputValue();
    const order: [Locator, string][] = to > current ? [[this.to, to], [this.from, from]] : [[this.from, from], [this.to, to]];
    for (const [input, value] of order) {
      await input.fill(value);
      await input.press('Enter');
    }
    await expect(this.page).toHaveURL(new RegExp(`time=${from},${to}(&|$)`));
  }

  preset(name: string): Locator {
    return this.band.getByRole('group', { name: 'Time presets' }).getByRole('button', { name });
  }

  async play(): Promise<void> {
    await this.band.getByRole('button', { name: 'Play through time' }).click();
  }

  async pause(): Promise<void> {
    await this.band.getByRole('button', { name: 'Pause playback' }).click();
  }

  /** Records, in the page, every time= the link shows, so a busy machine cannot make a test miss a frame. */
  async recordRanges(): Promise<void> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenTimes: string[] }).seenTimes = seen;
      const record = () => {
        const value = new URL(window.location.href).searchParams.get('time') ?? '';
        if (seen[seen.length - 1] !== value) seen.push(value);
      };
      record();
      for (const name of ['replaceState', 'pushState'] as const) {
        const original = history[name].bind(history);
        history[name] = (...args: Parameters<History['pushState']>) => {
          original(...args);
          record();
        };
      }
    });
  }

  async recordedRanges(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { seenTimes: string[] }).seenTimes);
  }
}
