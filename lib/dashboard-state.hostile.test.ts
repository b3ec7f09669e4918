import { describe, expect, it } from 'vitest';
import { COMMODITIES } from '@/data';
import { THEMES } from '@/geo/basemap/basemap-theme';
import { LANGUAGES, parseDashboardState, serializeDashboardState } from './dashboard-state';
import { MAP_LAYER_IDS } from '@/geo/layers/map-layers';

/** mulberry32: a small seeded PRNG, so the 1,000 hostile links are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['v', 'view', 'theme', 'lang', 'layers', 'select', 'commodities', 'years', 'time', 'data', 'lists', 'area', '__proto__', 'constructor', ''];
const NASTY = [
  '',
  ',',
  ',,,',
  'NaN,NaN,NaN',
  'Infinity,1,2',
  '-0,-0,-0',
  '1e308,1e308,1e308',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '%00',
  '%E0%A4%A',
  '\u202e\u0000\ud800',
  'javascript:alert(1)',
  '../../etc/passwd',
  '9'.repeat(400),
  'a'.repeat(5000),
  '2019-2016',
  '0000-9999',
  '2018-03-31,2018-01-01',
  '0001-01-01,9999-12-31',
  '2018-02-29,2018-03-01',
  'port-rajin,port-rajin,port-rajin',
  'ports,ports,rail',
  '{"view":[1,2,3]}',
  '[object Object]',
  'constructor',
  '__proto__',
  'circle:131,42,0',
  'circle:NaN,NaN,NaN',
  'circle:131,42,1e9',
  'circle:,,',
  '0,0,2,2,2,0,0,2',
  '121,29,126,29,126,32',
  '121,29,126,29,121,29',
  '-180,-85,180,-85,180,85',
  Array.from({ length: 300 }, (_, i) => `${i % 180},${i % 80}`).join(','),
];

/** encodeURIComponent refuses lone surrogates; such values then go in raw, which is hostile too. */
function encodeLoosely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

function hostileQuery(next: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(next() * 8);
  for (let i = 0; i < count; i++) {
    const key = KEYS[Math.floor(next() * KEYS.length)]!;
    const roll = next();
    let value: string;
    if (roll < 0.4) value = NASTY[Math.floor(next() * NASTY.length)]!;
    else if (roll < 0.7) value = Array.from({ length: Math.floor(next() * 40) }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join('');
    else value = Array.from({ length: 3 }, () => (next() * 400 - 200).toFixed(Math.floor(next() * 6))).join(',');
    // Some parts raw (unencoded, even invalid percent escapes), some encoded.
    parts.push(next() < 0.5 ? `${key}=${value}` : `${encodeLoosely(key)}=${encodeLoosely(value)}`);
  }
  return parts.join(next() < 0.9 ? '&' : ';');
}

describe('parseDashboardState under hostile links', () => {
  it('never throws on 1,000 generated hostile query strings, and always yields a valid state', () => {
    const next = random(20261122);
    for (let i = 0; i < 1000; i++) {
      const query = hostileQuery(next);
      const { state, notices } = (() => {
        try {
          return parseDashboardState(query);
        } catch (error) {
          throw new Error(`threw on ${JSON.stringify(query)}: ${String(error)}`);
        }
      })();
      expect(Number.isFinite(state.view.lon) && Math.abs(state.view.lon) <= 180).toBe(true);
      expect(Number.isFinite(state.view.lat) && Math.abs(state.view.lat) <= 85).toBe(true);
      expect(Number.isFinite(state.view.zoom)).toBe(true);
      expect(THEMES).toContain(state.theme);
      expect(LANGUAGES).toContain(state.language);
      expect(state.layers.every((l) => MAP_LAYER_IDS.includes(l))).toBe(true);
      expect(state.commodities.every((c) => (COMMODITIES as readonly string[]).includes(c))).toBe(true);
      expect(state.time === null || (Number.isInteger(state.time[0]) && state.time[0] <= state.time[1])).toBe(true);
      expect(state.selection.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
      expect(state.userLayers.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
      if (state.area?.kind === 'polygon') {
        expect(state.area.corners.length).toBeGreaterThanOrEqual(3);
        expect(state.area.corners.every(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 85)).toBe(true);
      } else if (state.area) {
        expect(state.area.radiusKm).toBeGreaterThan(0);
      }
      expect(state.sanctionsLists.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
      expect(notices.every((n) => typeof n === 'string' && n.length < 400)).toBe(true);
      // What we write back is itself a clean link.
      expect(parseDashboardState(serializeDashboardState(state)).notices).toEqual([]);
    }
  });
});

describe('area= under hostile links', () => {
  it('keeps a valid outline or circle, and drops anything else with one notice, on 1,000 generated values', () => {
    const next = random(20261203);
    let kept = 0;
    for (let i = 0; i < 1000; i++) {
      const roll = next();
      const numbers = Array.from({ length: 2 + Math.floor(next() * 12) }, () => (next() * 440 - 220).toFixed(Math.floor(next() * 7)));
      const raw = roll < 0.3 ? `circle:${numbers.slice(0, 3).join(',')}` : roll < 0.9 ? numbers.join(',') : NASTY[Math.floor(next() * NASTY.length)]!;
      const { state, notices } = parseDashboardState(`area=${encodeLoosely(raw)}`);
      if (state.area === null) {
        expect(notices).toHaveLength(1);
        expect(notices[0]).toMatch(/^The area .* is not valid \(.+\) and was dropped\.$|^The link.s "area" value is too long/);
        continue;
      }
      kept++;
      expect(notices).toEqual([]);
      // What is kept is written back as a clean link that reads to the same area.
      const again = parseDashboardState(serializeDashboardState(state));
      expect(again.notices).toEqual([]);
      expect(again.state.area).toEqual(state.area);
    }
    expect(kept).toBeGreaterThan(20);
  });
});
