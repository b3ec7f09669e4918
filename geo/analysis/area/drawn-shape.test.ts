import { circle } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { areaFromDrawn } from './drawn-shape';

describe('the area a drawn outline stands for', () => {
  it('a circle: its centre and radius back from its ring', () => {
    const ring = circle([124.5, 31.2], 120, { steps: 64, units: 'kilometers' }).geometry.coordinates[0]!;
    const drawn = areaFromDrawn({ mode: 'circle', ring });
    expect(drawn.ok && drawn.area.kind === 'circle').toBe(true);
    if (drawn.ok && drawn.area.kind === 'circle') {
      expect(drawn.area.center[0]).toBeCloseTo(124.5, 3);
      expect(drawn.area.center[1]).toBeCloseTo(31.2, 3);
      expect(drawn.area.radiusKm).toBeCloseTo(120, 0);
    }
  });

  it('a rectangle by its extent, a polygon by its corners rounded to 4 decimals', () => {
    expect(areaFromDrawn({ mode: 'rectangle', ring: [[122, 28], [126.123456, 28], [126.123456, 32], [122, 32], [122, 28]] })).toEqual({
      ok: true,
      area: { kind: 'polygon', corners: [[122, 28], [126.1235, 28], [126.1235, 32], [122, 32]] },
    });
    const bowtie = areaFromDrawn({ mode: 'polygon', ring: [[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]] });
    expect(bowtie).toEqual({ ok: false, problem: 'the outline crosses itself' });
  });
});
