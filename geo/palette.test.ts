import { describe, expect, it } from 'vitest';
import { COMMODITIES } from '@/data/schema/commodity';
import { COMMODITY_COLORS, RAIL_COLOR, commodityColor, forTheme, withConfidence } from './palette';

describe('palette', () => {
  it('draws dark marks light on the dark basemap in the same hue, and leaves other colours alone', () => {
    expect(forTheme(RAIL_COLOR, 'light')).toEqual(RAIL_COLOR);
    const rail = forTheme(RAIL_COLOR, 'dark');
    expect(Math.min(rail[0], rail[1], rail[2])).toBeGreaterThan(170);
    expect(forTheme(COMMODITY_COLORS['refined-petroleum']!, 'dark')).toEqual(COMMODITY_COLORS['refined-petroleum']);
    // Crude oil stays brown (it was drawn light blue), labor pink (it was drawn mint green), coal grey.
    const hue = ([r, g, b]: readonly number[]) => {
      const max = Math.max(r!, g!, b!);
      const d = max - Math.min(r!, g!, b!);
      const h = max === r ? ((g! - b!) / d + 6) % 6 : max === g ? (b! - r!) / d + 2 : (r! - g!) / d + 4;
      return h * 60;
    };
    for (const c of ['crude-oil', 'labor'] as const) {
      const light = COMMODITY_COLORS[c];
      const dark = forTheme(light, 'dark');
      expect(dark[0] + dark[1] + dark[2], c).toBeGreaterThan(light[0] + light[1] + light[2] + 150);
      expect(Math.abs(hue(dark) - hue(light)), c).toBeLessThan(6);
    }
    const coal = forTheme(COMMODITY_COLORS.coal, 'dark');
    expect(Math.max(...coal.slice(0, 3)) - Math.min(...coal.slice(0, 3))).toBeLessThan(8);
    expect(coal[0]).toBeGreaterThan(170);
  });

  it('fades by confidence, disputed faintest', () => {
    const color = COMMODITY_COLORS.coal!;
    expect(withConfidence(color, 'reported')[3]).toBe(255);
    expect(withConfidence(color, 'estimated')[3]).toBeLessThan(255);
    expect(withConfidence(color, 'disputed')[3]).toBeLessThan(withConfidence(color, 'alleged')[3]);
  });

  it('gives every commodity its own colour, munitions and containers included', () => {
    expect(commodityColor('munitions')).toEqual(COMMODITY_COLORS.munitions);
    expect(commodityColor('containers')).toEqual(COMMODITY_COLORS.containers);
    // Far enough apart (RGB distance) to tell two routes apart on the map and in a chart legend.
    for (const a of COMMODITIES) {
      for (const b of COMMODITIES) {
        if (a >= b) continue;
        const [ra, ga, ba] = COMMODITY_COLORS[a];
        const [rb, gb, bb] = COMMODITY_COLORS[b];
        expect(Math.hypot(ra - rb, ga - gb, ba - bb), `${a} vs ${b}`).toBeGreaterThan(40);
        const [da, ea, fa] = forTheme(COMMODITY_COLORS[a], 'dark');
        const [db, eb, fb] = forTheme(COMMODITY_COLORS[b], 'dark');
        expect(Math.hypot(da - db, ea - eb, fa - fb), `${a} vs ${b} on the dark map`).toBeGreaterThan(40);
      }
    }
  });
});
