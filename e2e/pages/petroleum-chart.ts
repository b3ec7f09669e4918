import { expect, type Locator, type Page } from '@playwright/test';

/** A mark's box in the chart's SVG coordinates (y grows downwards). */
export interface SvgBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Page object for a petroleum chart (the overview's, or the one beside a selected oil run): its region, and what its
 * SVG draws, read from the marks' data attributes (`data-record-id` per figure, `data-cap-year` per year of the cap).
 */
export class PetroleumChartPage {
  readonly region: Locator;

  constructor(
    readonly page: Page,
    title: string | RegExp = /^Refined petroleum/,
  ) {
    this.region = page.getByRole('region', { name: title });
  }

  /** Scrolls the chart into view and waits for its drawing (charts draw when they come near the viewport). */
  async waitForDrawing(): Promise<void> {
    await this.region.scrollIntoViewIfNeeded();
    await expect(this.region.locator('.recharts-wrapper')).toHaveCount(1);
  }

  mark(recordId: string): Locator {
    return this.region.locator(`[data-record-id="${recordId}"]`);
  }

  capSegment(year: number): Locator {
    return this.region.locator(`[data-cap-year="${year}"]`);
  }

  /** The bar of a figure (its first rect): where the figure is drawn. */
  async markBox(recordId: string): Promise<SvgBox> {
    const rect = this.mark(recordId).locator('rect').first();
    const [x, y, width, height] = await Promise.all(['x', 'y', 'width', 'height'].map((a) => rect.getAttribute(a)));
    return { x: Number(x), y: Number(y), width: Number(width), height: Number(height) };
  }

  /** The y of the cap line in a year, in the same SVG coordinates as the marks. */
  async capY(year: number): Promise<number> {
    return Number(await this.capSegment(year).getAttribute('y1'));
  }

  /** The years on the chart's axis that carry marks. */
  async yearsDrawn(): Promise<number[]> {
    const years = await this.region.locator('[data-year]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-year'))));
    return years;
  }

  async showData(): Promise<Locator> {
    await this.region.getByRole('button', { name: 'Show data' }).click();
    return this.region.getByRole('table');
  }
}
