import { describe, expect, it } from 'vitest';
import { COMMODITIES } from '@/data/schema/commodity';
import { COMMODITY_COLORS, RAIL_COLOR, commodityColor, forTheme, withConfidence } from './palette';

describe('palette', () => {
  it('draws near-black marks light on the dark basemap, and leaves other colours alone', () => {
    expect(forTheme(RAIL_COLOR, 'light')).toEqual(RAIL_COLOR);
    const dark = forTheme(RAIL_COLOR, 'dark');
    expect(dark[0] + dark[1] + dark[2]).toBeGreaterThan(600);
    expect(forTheme(COMMODITY_COLORS['refined-petroleum']!, 'dark')).toEqual(COMMODITY_COLORS['refined-petroleum']);
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
      }
    }
  });
});
