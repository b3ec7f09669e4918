import type { SanctionsList } from '@/geo/analysis/vessels';
import { expect2xx, failure, reasonOf, requestJson, type ClientOptions, type ClientResult } from '@/lib/api/json-client';
import {
  MAX_SAVED_LIST_BODY_BYTES,
  SavedListIdSchema,
  SavedListListSchema,
  SavedListSchema,
  type SavedList,
  type SavedListList,
} from '@/lib/sanctions-lists/saved-list-schema';
import { utf8ByteLength } from '@/lib/utf8-byte-length';

const API_PATH = '/api/sanctions-lists';

function idPath(id: string): string | null {
  return SavedListIdSchema.safeParse(id).success ? `${API_PATH}/${encodeURIComponent(id)}` : null;
}

/** Summaries of the saved sanctions lists, newest first (`GET /api/sanctions-lists`). */
export async function listSavedLists(options: ClientOptions = {}): Promise<ClientResult<SavedListList>> {
  return expect2xx(await requestJson('GET', API_PATH, undefined, options), SavedListListSchema, 'list the saved sanctions lists');
}

/** One saved list (`GET /api/sanctions-lists/:id`); an unknown id is an error with `httpStatus: 404`. */
export async function getSavedList(id: string, options: ClientOptions = {}): Promise<ClientResult<SavedList>> {
  const path = idPath(id);
  if (!path) return failure('No saved sanctions list has this id.', 404);
  const raw = await requestJson('GET', path, undefined, options);
  if (raw.ok && raw.status === 404) return failure('This sanctions list is no longer saved (it was deleted).', 404);
  return expect2xx(raw, SavedListSchema, 'open the saved sanctions list');
}

/** Saves a loaded list (`POST /api/sanctions-lists`); the server assigns its id and records who saved it. */
export async function saveList(list: SanctionsList, options: ClientOptions = {}): Promise<ClientResult<SavedList>> {
  const body = JSON.stringify({ list });
  if (utf8ByteLength(body) > MAX_SAVED_LIST_BODY_BYTES) {
    return failure(`This list is too large to save (the limit is ${MAX_SAVED_LIST_BODY_BYTES / (1024 * 1024)} MB); it stays loaded in this page.`);
  }
  return expect2xx(await requestJson('POST', API_PATH, body, options), SavedListSchema, 'save the sanctions list');
}

/** Deletes a saved list (`DELETE /api/sanctions-lists/:id`); one already gone counts as deleted. */
export async function deleteSavedList(id: string, options: ClientOptions = {}): Promise<ClientResult<null>> {
  const path = idPath(id);
  if (!path) return { ok: true, value: null };
  const raw = await requestJson('DELETE', path, undefined, options);
  if (!raw.ok) return raw;
  if (raw.status === 204 || raw.status === 404) return { ok: true, value: null };
  return failure(`Could not delete the saved sanctions list: ${reasonOf(raw.body, raw.status)}.`, raw.status);
}
