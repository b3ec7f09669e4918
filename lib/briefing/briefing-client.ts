import { z } from 'zod';
import {
  BriefingIdSchema,
  BriefingListSchema,
  BriefingSchema,
  MAX_BRIEFING_BODY_BYTES,
  utf8ByteLength,
  type Briefing,
  type BriefingInput,
  type BriefingList,
} from './briefing-schema';
import { parseWithMessage } from './zod-message';

/** A failed call: `message` is one user-facing sentence; `httpStatus` is absent when no response came. */
export type ClientFailure = { ok: false; status: 'error'; message: string; httpStatus?: number };

export type ClientResult<T> = { ok: true; value: T } | ClientFailure;

/** The result of saving over a briefing: a stale version gets the colleague's copy (`current`) back. */
export type UpdateResult =
  | { ok: true; value: Briefing }
  | { ok: false; status: 'conflict'; current: Briefing; message: string }
  | { ok: false; status: 'not-found'; message: string }
  | ClientFailure;

export interface ClientOptions {
  /** Defaults to the global `fetch`; injected in tests. */
  fetch?: typeof fetch;
  /** Prefix of the API's paths (default: same origin). */
  baseUrl?: string;
  signal?: AbortSignal;
}

const API_PATH = '/api/briefings';

const ErrorBodySchema = z.object({ error: z.string() });
const ConflictBodySchema = z.object({ error: z.string(), current: BriefingSchema });

type Raw = { ok: true; status: number; body: unknown } | ClientFailure;

function failure(message: string, httpStatus?: number): ClientFailure {
  return httpStatus === undefined ? { ok: false, status: 'error', message } : { ok: false, status: 'error', message, httpStatus };
}

async function request(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  options: ClientOptions,
): Promise<Raw> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const init: RequestInit = { method, cache: 'no-store', headers: { Accept: 'application/json' } };
  if (options.signal) init.signal = options.signal;
  if (body !== undefined) {
    const text = JSON.stringify(body);
    if (utf8ByteLength(text) > MAX_BRIEFING_BODY_BYTES) {
      return failure(`The briefing is too large to save (the limit is ${MAX_BRIEFING_BODY_BYTES / (1024 * 1024)} MB).`);
    }
    init.body = text;
    init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  }
  let response: Response;
  try {
    response = await doFetch(`${options.baseUrl ?? ''}${path}`, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return failure('Cancelled.');
    return failure('The Route Atlas server could not be reached; check that it is still running.');
  }
  if (response.status === 204) return { ok: true, status: 204, body: null };
  let parsed: unknown = null;
  try {
    const text = await response.text();
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // A proxy's HTML error page or a cut-off body: an error status still says enough (see reasonOf).
    if (response.ok) return failure(`The server sent a response that could not be read (HTTP ${response.status}).`, response.status);
  }
  return { ok: true, status: response.status, body: parsed };
}

/** The server's `{ error }` as one short line (parsed as data: a broken server cannot flood the UI). */
function reasonOf(body: unknown, status: number): string {
  const error = ErrorBodySchema.safeParse(body);
  return error.success ? error.data.error.slice(0, 300) : `HTTP ${status}`;
}

function expect2xx<T extends z.ZodType>(raw: Raw, schema: T, what: string): ClientResult<z.infer<T>> {
  if (!raw.ok) return raw;
  if (raw.status < 200 || raw.status >= 300) {
    return failure(`Could not ${what}: ${reasonOf(raw.body, raw.status)}.`, raw.status);
  }
  const parsed = parseWithMessage(schema, raw.body);
  if (!parsed.ok) return failure(`Could not ${what}: the server's answer was not understood (${parsed.message}).`, raw.status);
  return parsed;
}

function idPath(id: string): string | null {
  return BriefingIdSchema.safeParse(id).success ? `${API_PATH}/${encodeURIComponent(id)}` : null;
}

/** Summaries of the saved briefings, newest first (`GET /api/briefings`). */
export async function listBriefings(options: ClientOptions = {}): Promise<ClientResult<BriefingList>> {
  return expect2xx(await request('GET', API_PATH, undefined, options), BriefingListSchema, 'list the saved briefings');
}

/** One saved briefing (`GET /api/briefings/:id`); an unknown id is an error with `httpStatus: 404`. */
export async function getBriefing(id: string, options: ClientOptions = {}): Promise<ClientResult<Briefing>> {
  const path = idPath(id);
  if (!path) return failure('No saved briefing has this id.', 404);
  const raw = await request('GET', path, undefined, options);
  if (raw.ok && raw.status === 404) return failure('This briefing is no longer saved (it was deleted).', 404);
  return expect2xx(raw, BriefingSchema, 'open the briefing');
}

/** Saves a new briefing (`POST /api/briefings`); the server assigns its id and version 1. */
export async function createBriefing(input: BriefingInput, options: ClientOptions = {}): Promise<ClientResult<Briefing>> {
  return expect2xx(await request('POST', API_PATH, { title: input.title, slides: input.slides }, options), BriefingSchema, 'save the briefing');
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
  const raw = await request('PUT', path, { title: input.title, slides: input.slides, version: input.version }, options);
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
        message: `A colleague saved a newer version of “${current.title}” (version ${current.version}) while you were editing.`,
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
  const raw = await request('DELETE', path, undefined, options);
  if (!raw.ok) return raw;
  if (raw.status === 204 || raw.status === 404) return { ok: true, value: null };
  return failure(`Could not delete the briefing: ${reasonOf(raw.body, raw.status)}.`, raw.status);
}
