import { userOf } from '@/lib/auth/auth-http';
import { getDatabase } from '@/lib/db/get-database';
import { createSavedList, deleteSavedList, getSavedList, listSavedLists, MAX_SAVED_LIST_LIMIT } from '@/lib/db/sanctions-list-repository';
import { MAX_SAVED_LIST_BODY_BYTES, SavedListInputSchema } from '@/lib/sanctions-lists/saved-list-schema';
import type { RestResource } from '@/lib/server/rest-resource';

/** Saved sanctions lists over HTTP: `/api/sanctions-lists` and `/api/sanctions-lists/:id`. Sign-in and the host check are the proxy's. */
export const SANCTIONS_LISTS = {
  path: '/api/sanctions-lists',
  noun: 'saved sanctions list',
  maxListLimit: MAX_SAVED_LIST_LIMIT,
  list: (page) => listSavedLists(page),
  get: (id) => getSavedList(id),
  create: { schema: SavedListInputSchema, maxBytes: MAX_SAVED_LIST_BODY_BYTES, write: (input, request) => createSavedList(input, getDatabase(), userOf(request.headers)) },
  remove: (id) => deleteSavedList(id),
} satisfies RestResource<typeof SavedListInputSchema, ReturnType<typeof createSavedList>>;
