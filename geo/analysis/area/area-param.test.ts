import { describe, expect, it } from 'vitest';
import { formatAreaParam, parseAreaParam } from './area-param';

describe('the area= value of a link', () => {
  it('reads an outline and a circle, rounded to 4 decimals, and writes them back the same', () => {
    const outline = parseAreaParam('121.123456,29.5,126,29.5,126,32.25');
    expect(outline).toEqual({ ok: true, area: { kind: 'polygon', corners: [[121.1235, 29.5], [126, 29.5], [126, 32.25]] } });
    if (outline.ok) expect(formatAreaParam(outline.area)).toBe('121.1235,29.5,126,29.5,126,32.25');
    const circle = parseAreaParam('circle:131.9,42.9,150');
    expect(circle).toEqual({ ok: true, area: { kind: 'circle', center: [131.9, 42.9], radiusKm: 150 } });
    if (circle.ok) expect(formatAreaParam(circle.area)).toBe('circle:131.9,42.9,150');
  });

  it('drops the closing corner of a ring written closed', () => {
    const closed = parseAreaParam('0,0,1,0,1,1,0,0');
    expect(closed.ok && closed.area.kind === 'polygon' && closed.area.corners).toEqual([[0, 0], [1, 0], [1, 1]]);
  });

  it.each([
    ['', /pairs/],
    ['1,2,3,4', /three corners/],
    ['1,2,3,4,5', /pairs/],
    ['1,2,3,4,5,NaN', /pairs/],
    ['1e3,2,3,4,5,6', /pairs/],
    ['Infinity,2,3,4,5,6', /pairs/],
    ['200,0,1,0,1,1', /outside/],
    ['0,89,1,89,1,88', /outside/],
    ['0,0,2,2,2,0,0,2', /crosses itself/],
    ['0,0,1,1,2,2', /one line/],
    ['circle:131,42', /circle:lon,lat,radiusKm/],
    ['circle:131,42,0', /radius/],
    ['circle:131,42,-5', /circle:lon,lat,radiusKm|radius/],
    ['circle:131,42,99999', /radius/],
    ['circle:181,42,10', /centre/],
    ['<script>', /pairs/],
  ])('refuses %j, saying why', (raw, why) => {
    const result = parseAreaParam(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(why);
  });
});
