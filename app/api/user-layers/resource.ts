import { SavedLayerInputSchema, MAX_SAVED_LAYER_BODY_BYTES } from '@/geo/analysis/user-data/saved-layer-schema';
import { createSavedLayer, deleteSavedLayer, getSavedLayer, listSavedLayers, MAX_LAYER_LIST_LIMIT } from '@/lib/db/user-layer-repository';
import type { RestResource } from '@/lib/server/rest-resource';

/** Saved user layers over HTTP. 400 names the field of a schema error, 413 is over `MAX_SAVED_LAYER_BODY_BYTES`. */
export const SAVED_LAYERS = {
  path: '/api/user-layers',
  noun: 'saved layer',
  maxListLimit: MAX_LAYER_LIST_LIMIT,
  list: (page) => listSavedLayers(page),
  get: (id) => getSavedLayer(id),
  create: { schema: SavedLayerInputSchema, maxBytes: MAX_SAVED_LAYER_BODY_BYTES, write: (input) => createSavedLayer(input) },
  remove: (id) => deleteSavedLayer(id),
} satisfies RestResource<typeof SavedLayerInputSchema, ReturnType<typeof createSavedLayer>>;
