import { describe, expect, it } from 'vitest';
import { COMMODITY_COLORS, forTheme } from '@/geo/palette';
import { ESTIMATE_COLORS, commodityCss, cssColor } from './chart-colors';

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

describe('ESTIMATE_COLORS', () => {
  it('gives each of the estimate publishers of 2018–2024 its own colour', () => {
    expect(new Set(ESTIMATE_COLORS).size).toBe(ESTIMATE_COLORS.length);
    expect(ESTIMATE_COLORS.length).toBeGreaterThanOrEqual(10);
  });
});
