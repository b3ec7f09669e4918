import type { Dataset } from './dataset-types';

/**
 * A lookup of one of a dataset's lists by id, its index built on the first lookup and kept for as long as the dataset
 * lives.
 */
export function lookupById<T extends { id: string }>(listOf: (dataset: Dataset) => readonly T[]): (dataset: Dataset, id: string) => T | undefined {
  const indexes = new WeakMap<Dataset, ReadonlyMap<string, T>>();
  return (dataset, id) => {
    let byId = indexes.get(dataset);
    if (!byId) {
      byId = new Map(listOf(dataset).map((item) => [item.id, item]));
      indexes.set(dataset, byId);
    }
    return byId.get(id);
  };
}
