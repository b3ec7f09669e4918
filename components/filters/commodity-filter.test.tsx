import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { COMMODITIES, COMMODITY_LABELS } from '@/data';
import { COMMODITY_COLORS, forTheme } from '@/geo/palette';
import { CommodityFilter } from './commodity-filter';

/** Each checkbox's label: its colour chip and its words. */
function chips(html: string): { color: string; text: string }[] {
  return [...html.matchAll(/<label[^>]*><input[^>]*\/><span[^>]*style="background:([^"]+)"[^>]*><\/span>([^<]*)<\/label>/g)].map((m) => ({
    color: m[1]!,
    text: m[2]!,
  }));
}

const rgb = ([r, g, b]: readonly number[]) => `rgb(${r} ${g} ${b} / 100%)`;

describe('CommodityFilter', () => {
  it('shows each commodity with the colour the map and the timebar draw it in, in either theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const html = renderToStaticMarkup(<CommodityFilter selected={COMMODITIES} theme={theme} onChange={() => {}} />);
      expect(chips(html)).toEqual(COMMODITIES.map((c) => ({ color: rgb(forTheme(COMMODITY_COLORS[c], theme)), text: COMMODITY_LABELS[c] })));
    }
    // Coal is near black on the light map and drawn light on the dark one: the chip follows.
    const coal = (theme: 'light' | 'dark') => chips(renderToStaticMarkup(<CommodityFilter selected={[]} theme={theme} onChange={() => {}} />))[0]!.color;
    expect(coal('light')).not.toBe(coal('dark'));
  });
});
