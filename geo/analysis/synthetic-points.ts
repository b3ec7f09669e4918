import { COMMODITIES } from '@/data/schema/commodity';
import { dayOfDate } from '@/data/filter/epoch-day';

/**
 * SYNTHETIC benchmark points: random positions at sea, each with a day and a commodity, made to load the map
 * the way a large imported point set would. They are not data, never part of the dataset, and never drawn on `/`;
 * only the benchmark pages under `/bench` use them (see docs/decisions/0007-benchmark.md).
 */

/** The fixed seed, so every benchmark run draws the very same points. */
export const SYNTHETIC_POINTS_SEED = 0x5eed_0007;

/** Inclusive range of the synthetic timestamps, in epoch days: 2013 to 2025, about the dataset's span. */
export const SYNTHETIC_DAY_RANGE: readonly [fromDay: number, toDay: number] = [dayOfDate(2013, 1, 1), dayOfDate(2025, 12, 31)];

/** Largest count accepted: 16 M points is 272 MB of typed arrays. */
export const MAX_SYNTHETIC_POINTS = 16_000_000;

/** A sea the points cluster in: a normal distribution around a centre, clamped to a box (degrees). */
interface SyntheticSea {
  name: string;
  weight: number;
  center: [lon: number, lat: number];
  sigma: [lonDeg: number, latDeg: number];
  box: [west: number, south: number, east: number, north: number];
}

/** Rough real sea areas of the map's region; points in a tail may touch a coast, which does not matter here. */
export const SYNTHETIC_SEAS: readonly SyntheticSea[] = [
  { name: 'Yellow Sea', weight: 0.3, center: [123.6, 36.2], sigma: [1.1, 1.3], box: [119.5, 33.5, 126.0, 39.5] },
  { name: 'East China Sea', weight: 0.35, center: [125.5, 29.8], sigma: [1.6, 1.6], box: [121.5, 25.5, 129.5, 33.0] },
  { name: 'Sea of Japan', weight: 0.35, center: [134.6, 40.5], sigma: [2.0, 1.8], box: [129.8, 35.8, 140.0, 46.0] },
];

/** SYNTHETIC points as binary attributes (one entry per point), ready for deck.gl without per-point objects. */
export interface SyntheticPoints {
  length: number;
  /** lon, lat pairs in degrees: 2 floats per point. */
  positions: Float32Array;
  /**
   * Each point's span for the GPU time filter, two floats a point: a point is timestamped to one day (epoch days within
   * SYNTHETIC_DAY_RANGE), so its first and last day are the same.
   */
  daySpans: Float32Array;
  /** Index into COMMODITIES. */
  commodityIndices: Uint8Array;
}

/** mulberry32: a small, fast, seeded 32-bit PRNG; returns floats in [0, 1). */
export function createSyntheticRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Generates `count` SYNTHETIC points with a seeded PRNG: the same count and seed always give the same arrays.
 * Days are uniform over SYNTHETIC_DAY_RANGE; commodities uniform over COMMODITIES.
 *
 * @param count number of points, a whole number from 0 to MAX_SYNTHETIC_POINTS
 * @param seed PRNG seed; defaults to SYNTHETIC_POINTS_SEED
 */
export function generateSyntheticPoints(count: number, seed: number = SYNTHETIC_POINTS_SEED): SyntheticPoints {
  if (!Number.isInteger(count) || count < 0 || count > MAX_SYNTHETIC_POINTS) {
    throw new RangeError(`synthetic point count must be a whole number from 0 to ${MAX_SYNTHETIC_POINTS}, got ${count}`);
  }
  const random = createSyntheticRandom(seed);
  const positions = new Float32Array(count * 2);
  const daySpans = new Float32Array(count * 2);
  const commodityIndices = new Uint8Array(count);
  const totalWeight = SYNTHETIC_SEAS.reduce((sum, sea) => sum + sea.weight, 0);
  const days = SYNTHETIC_DAY_RANGE[1] - SYNTHETIC_DAY_RANGE[0] + 1;

  for (let i = 0; i < count; i++) {
    let pick = random() * totalWeight;
    let sea = SYNTHETIC_SEAS[SYNTHETIC_SEAS.length - 1]!;
    for (const candidate of SYNTHETIC_SEAS) {
      pick -= candidate.weight;
      if (pick < 0) {
        sea = candidate;
        break;
      }
    }
    // Box–Muller: two normal deviates from two uniform ones (1 - u keeps the logarithm finite).
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    const [west, south, east, north] = sea.box;
    positions[i * 2] = clamp(sea.center[0] + radius * Math.cos(angle) * sea.sigma[0], west, east);
    positions[i * 2 + 1] = clamp(sea.center[1] + radius * Math.sin(angle) * sea.sigma[1], south, north);
    const day = SYNTHETIC_DAY_RANGE[0] + Math.floor(random() * days);
    daySpans[i * 2] = day;
    daySpans[i * 2 + 1] = day;
    commodityIndices[i] = Math.floor(random() * COMMODITIES.length);
  }
  return { length: count, positions, daySpans, commodityIndices };
}
