import { DatasetInputSchema, MAX_DATASET_BODY_BYTES } from '@/geo/analysis/user-data/saved-layer-schema';
import { createSavedDataset, deleteSavedDataset, getSavedDataset, listSavedDatasets, MAX_DATASET_LIST_LIMIT } from '@/lib/db/user-layer-repository';
import type { RestResource } from '@/lib/server/rest-resource';

/** Saved user layers over HTTP. 400 names the field of a schema error, 413 is over `MAX_DATASET_BODY_BYTES`. */
export const SAVED_LAYERS = {
  path: '/api/datasets',
  noun: 'saved dataset',
  maxListLimit: MAX_DATASET_LIST_LIMIT,
  list: (page) => listSavedDatasets(page),
  get: (id) => getSavedDataset(id),
  create: { schema: DatasetInputSchema, maxBytes: MAX_DATASET_BODY_BYTES, write: (input) => createSavedDataset(input) },
  remove: (id) => deleteSavedDataset(id),
} satisfies RestResource<typeof DatasetInputSchema, ReturnType<typeof createSavedDataset>>;
