import { generateSyntheticPoints } from '@/geo/analysis/synthetic-points';
import { toSyntheticPointData, type SyntheticPointData } from '@/geo/layers/synthetic-point-layers';

const cache = new Map<number, SyntheticPointData>();

/** SYNTHETIC point data for the benchmark pages, generated once per count and kept (the same object every render). */
export function syntheticPointData(count: number): SyntheticPointData | null {
  if (count <= 0) return null;
  let data = cache.get(count);
  if (!data) {
    data = toSyntheticPointData(generateSyntheticPoints(count));
    cache.set(count, data);
  }
  return data;
}
