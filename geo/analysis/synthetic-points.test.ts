import { describe, expect, it } from 'vitest';
import { COMMODITIES } from '@/data';
import {
  SYNTHETIC_SEAS,
  SYNTHETIC_DAY_RANGE,
  createSyntheticRandom,
  generateSyntheticPoints,
} from './synthetic-points';

describe('createSyntheticRandom', () => {
  it('repeats for a seed, differs between seeds, and stays in [0, 1)', () => {
    const a = createSyntheticRandom(7);
    const b = createSyntheticRandom(7);
    const c = createSyntheticRandom(8);
    const fromA = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(fromA);
    expect(Array.from({ length: 1000 }, c)).not.toEqual(fromA);
    expect(fromA.every((x) => x >= 0 && x < 1)).toBe(true);
    // Not degenerate: the mean of 1000 uniform draws is near one half.
    expect(fromA.reduce((s, x) => s + x, 0) / fromA.length).toBeCloseTo(0.5, 1);
  });
});

describe('generateSyntheticPoints', () => {
  it('returns binary attributes of the requested length', () => {
    const points = generateSyntheticPoints(5000);
    expect(points.length).toBe(5000);
    expect(points.positions).toBeInstanceOf(Float32Array);
    expect(points.positions.length).toBe(10_000);
    expect(points.daySpans).toBeInstanceOf(Float32Array);
    expect(points.daySpans.length).toBe(10_000);
    expect(points.commodityIndices).toBeInstanceOf(Uint8Array);
    expect(points.commodityIndices.length).toBe(5000);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = generateSyntheticPoints(2000);
    const b = generateSyntheticPoints(2000);
    const c = generateSyntheticPoints(2000, 1);
    expect(b.positions).toEqual(a.positions);
    expect(b.daySpans).toEqual(a.daySpans);
    expect(b.commodityIndices).toEqual(a.commodityIndices);
    expect(c.positions).not.toEqual(a.positions);
  });

  it('puts every point in one of the sea boxes, with whole days in range, one day each and valid commodity indices', () => {
    const points = generateSyntheticPoints(20_000);
    const perSea = SYNTHETIC_SEAS.map(() => 0);
    for (let i = 0; i < points.length; i++) {
      const lon = points.positions[i * 2]!;
      const lat = points.positions[i * 2 + 1]!;
      const sea = SYNTHETIC_SEAS.findIndex(
        ({ box: [w, s, e, n] }) => lon >= w - 1e-4 && lon <= e + 1e-4 && lat >= s - 1e-4 && lat <= n + 1e-4,
      );
      expect(sea).toBeGreaterThanOrEqual(0);
      perSea[sea]! += 1;
      const day = points.daySpans[i * 2]!;
      expect(Number.isInteger(day) && day >= SYNTHETIC_DAY_RANGE[0] && day <= SYNTHETIC_DAY_RANGE[1]).toBe(true);
      expect(points.daySpans[i * 2 + 1]).toBe(day);
      expect(points.commodityIndices[i]).toBeLessThan(COMMODITIES.length);
    }
    // Each sea gets a share near its weight.
    SYNTHETIC_SEAS.forEach((sea, i) => expect(perSea[i]! / points.length).toBeCloseTo(sea.weight, 1));
  });

  it('spreads the days over the whole range and uses every commodity', () => {
    const points = generateSyntheticPoints(10_000);
    const days = points.daySpans.filter((_, i) => i % 2 === 0);
    const years = new Set(Array.from(days, (d) => new Date(d * 86_400_000).getUTCFullYear()));
    expect(years.size).toBe(13);
    expect(Math.min(...days) - SYNTHETIC_DAY_RANGE[0]).toBeLessThan(10);
    expect(SYNTHETIC_DAY_RANGE[1] - Math.max(...days)).toBeLessThan(10);
    expect(new Set(points.commodityIndices).size).toBe(COMMODITIES.length);
  });

  it('accepts zero and rejects counts that are not whole, negative or too large', () => {
    expect(generateSyntheticPoints(0).length).toBe(0);
    expect(() => generateSyntheticPoints(-1)).toThrow(RangeError);
    expect(() => generateSyntheticPoints(1.5)).toThrow(RangeError);
    expect(() => generateSyntheticPoints(Number.NaN)).toThrow(RangeError);
    expect(() => generateSyntheticPoints(1e9)).toThrow(RangeError);
  });
});
