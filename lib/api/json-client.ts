import { z } from 'zod';
import { parseWithMessage } from '@/lib/zod-message';

// What the browser's API clients (briefings, saved user layers) share: one request, its failures as one user-facing
// sentence each, and the answer checked against a schema before anything in the page uses it.

/** A failed call: `message` is one user-facing sentence; `httpStatus` is absent when no response came. */
export type ClientFailure = { ok: false; status: 'error'; message: string; httpStatus?: number };

export type ClientResult<T> = { ok: true; value: T } | ClientFailure;

export interface ClientOptions {
  /** Defaults to the global `fetch`; injected in tests. */
  fetch?: typeof fetch;
  /** Prefix of the API's paths (default: same origin). */
  baseUrl?: string;
  signal?: AbortSignal;
}

/** A response that came and could be read (any status), or why not. */
export type RawResponse = { ok: true; status: number; body: unknown } | ClientFailure;

const ErrorBodySchema = z.object({ error: z.string() });

export function failure(message: string, httpStatus?: number): ClientFailure {
  return httpStatus === undefined ? { ok: false, status: 'error', message } : { ok: false, status: 'error', message, httpStatus };
}

/** Sends `body` (JSON text, already checked against the route's size limit) and reads the JSON answer. */
export async function requestJson(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body: string | undefined,
  options: ClientOptions,
): Promise<RawResponse> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const init: RequestInit = { method, cache: 'no-store', headers: { Accept: 'application/json' } };
  if (options.signal) init.signal = options.signal;
  if (body !== undefined) {
    init.body = body;
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
export function reasonOf(body: unknown, status: number): string {
  const error = ErrorBodySchema.safeParse(body);
  return error.success ? error.data.error.slice(0, 300) : `HTTP ${status}`;
}

/** A 2xx answer that fits `schema`, or a failure saying what could not be done (`what`: "save the briefing"). */
export function expect2xx<T extends z.ZodType>(raw: RawResponse, schema: T, what: string): ClientResult<z.infer<T>> {
  if (!raw.ok) return raw;
  if (raw.status < 200 || raw.status >= 300) return failure(`Could not ${what}: ${reasonOf(raw.body, raw.status)}.`, raw.status);
  const parsed = parseWithMessage(schema, raw.body);
  if (!parsed.ok) return failure(`Could not ${what}: the server's answer was not understood (${parsed.message}).`, raw.status);
  return parsed;
}
