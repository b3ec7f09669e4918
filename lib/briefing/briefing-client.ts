import { z } from 'zod';
import {
  BriefingIdSchema,
  BriefingListSchema,
  BriefingSchema,
  MAX_BRIEFING_BODY_BYTES,
  type Briefing,
  type BriefingInput,
  type BriefingList,
} from './briefing-schema';
import {
  expect2xx,
  failure,
  reasonOf,
  requestJson,
  type ClientFailure,
  type ClientOptions,
  type ClientResult,
  type RawResponse,
} from '@/lib/api/json-client';
import { utf8ByteLength } from '@/lib/utf8-byte-length';

/** The result of saving over a briefing: a stale version gets the colleague's copy (`current`) back. */
export type UpdateResult =
  | { ok: true; value: Briefing }
  | { ok: false; status: 'conflict'; current: Briefing; message: string }
  | { ok: false; status: 'not-found'; message: string }
  | ClientFailure;

const API_PATH = '/api/briefings';

const ConflictBodySchema = z.object({ error: z.string(), current: BriefingSchema });

/** Checks the size limit before sending, so an oversized briefing gets a sentence, not a 413. */
async function sendJson(method: 'POST' | 'PUT', path: string, body: unknown, options: ClientOptions): Promise<RawResponse> {
  const text = JSON.stringify(body);
  if (utf8ByteLength(text) > MAX_BRIEFING_BODY_BYTES) {
    return failure(`The briefing is too large to save (the limit is ${MAX_BRIEFING_BODY_BYTES / (1024 * 1024)} MB).`);
  }
  return requestJson(method, path, text, options);
}

/** ` (Anna)` when the briefing records a signed-in saver; nothing on a server without sign-in. */
export function colleagueName(briefing: Pick<Briefing, 'savedBy'>): string {
  return briefing.savedBy === 'local' ? '' : ` (${briefing.savedBy})`;
}

function idPath(id: string): string | null {
  return BriefingIdSchema.safeParse(id).success ? `${API_PATH}/${encodeURIComponent(id)}` : null;
}

/** Summaries of the saved briefings, newest first (`GET /api/briefings`). */
export async function listBriefings(options: ClientOptions = {}): Promise<ClientResult<BriefingList>> {
  return expect2xx(await requestJson('GET', API_PATH, undefined, options), BriefingListSchema, 'list the saved briefings');
}

/** One saved briefing (`GET /api/briefings/:id`); an unknown id is an error with `httpStatus: 404`. */
export async function getBriefing(id: string, options: ClientOptions = {}): Promise<ClientResult<Briefing>> {
  const path = idPath(id);
  if (!path) return failure('No saved briefing has this id.', 404);
  const raw = await requestJson('GET', path, undefined, options);
  if (raw.ok && raw.status === 404) return failure('This briefing is no longer saved (it was deleted).', 404);
  return expect2xx(raw, BriefingSchema, 'open the briefing');
}

/** Saves a new briefing (`POST /api/briefings`); the server assigns its id and version 1. */
export async function createBriefing(input: BriefingInput, options: ClientOptions = {}): Promise<ClientResult<Briefing>> {
  return expect2xx(await sendJson('POST', API_PATH, { title: input.title, slides: input.slides }, options), BriefingSchema, 'save the briefing');
}

/**
 * Saves over briefing `id`, which the client last read at `version` (`PUT /api/briefings/:id`). When someone saved
 * in between, nothing is written and the result is `{ status: 'conflict', current }` with their copy.
 */
export async function updateBriefing(
  id: string,
  input: BriefingInput & { version: number },
  options: ClientOptions = {},
): Promise<UpdateResult> {
  const path = idPath(id);
  if (!path) return { ok: false, status: 'not-found', message: 'This briefing is not saved on the server.' };
  const raw = await sendJson('PUT', path, { title: input.title, slides: input.slides, version: input.version }, options);
  if (!raw.ok) return raw;
  if (raw.status === 404) {
    return { ok: false, status: 'not-found', message: 'This briefing was deleted from the server in the meantime.' };
  }
  if (raw.status === 409) {
    const conflict = ConflictBodySchema.safeParse(raw.body);
    if (conflict.success) {
      const { current } = conflict.data;
      return {
        ok: false,
        status: 'conflict',
        current,
        message: `A colleague${colleagueName(current)} saved a newer version of “${current.title}” (version ${current.version}) while you were editing.`,
      };
    }
    return failure('Could not save: someone saved this briefing in the meantime, and their copy could not be read.', 409);
  }
  return expect2xx(raw, BriefingSchema, 'save the briefing');
}

/** Deletes a saved briefing (`DELETE /api/briefings/:id`); one that is already gone counts as deleted. */
export async function deleteBriefing(id: string, options: ClientOptions = {}): Promise<ClientResult<null>> {
  const path = idPath(id);
  if (!path) return { ok: true, value: null };
  const raw = await requestJson('DELETE', path, undefined, options);
  if (!raw.ok) return raw;
  if (raw.status === 204 || raw.status === 404) return { ok: true, value: null };
  return failure(`Could not delete the briefing: ${reasonOf(raw.body, raw.status)}.`, raw.status);
}
