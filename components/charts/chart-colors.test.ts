import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { COMMODITY_COLORS, forTheme } from '@/geo/palette';
import { ESTIMATE_COLORS, commodityCss, cssColor } from './chart-colors';

const dataset = getDataset();

describe('commodityCss', () => {
  it('is the map colour of the commodity in the theme the map shows', () => {
    expect(commodityCss('coal', 'light')).toBe(cssColor(COMMODITY_COLORS.coal!));
    expect(commodityCss('coal', 'dark')).toBe(cssColor(forTheme(COMMODITY_COLORS.coal!, 'dark')));
  });

  it('draws near-black coal light on the dark theme, where it would vanish', () => {
    const channels = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);
    const [r, g, b] = channels(commodityCss('coal', 'dark'));
    expect(0.2126 * r! + 0.7152 * g! + 0.0722 * b!).toBeGreaterThan(150);
    expect(channels(commodityCss('coal', 'light')).every((c) => c < 90)).toBe(true);
  });
});

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('ESTIMATE_COLORS', () => {
  it('gives each estimate publisher with a volume in barrels its own colour', () => {
    const publishers = new Set(dataset.petroleum.estimates.filter((e) => e.barrels !== undefined || e.barrelsLow !== undefined).map((e) => e.publisher));
    expect(new Set(ESTIMATE_COLORS).size).toBe(ESTIMATE_COLORS.length);
    expect(ESTIMATE_COLORS.length).toBeGreaterThanOrEqual(publishers.size);
  });

  it('reads on the light and the dark panel (the panels of app/globals.css)', () => {
    for (const color of ESTIMATE_COLORS) {
      expect(contrast(color, '#ffffff'), color).toBeGreaterThanOrEqual(2);
      expect(contrast(color, '#1b222c'), color).toBeGreaterThanOrEqual(2);
    }
  });
});
