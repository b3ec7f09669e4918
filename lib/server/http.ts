import type { z } from 'zod';
import { parseWithMessage } from '@/lib/zod-message';

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  // Saved briefings change under the client's feet (a colleague saves); never serve them from a cache.
  'Cache-Control': 'no-store',
} as const;

/** A JSON response with the API's headers. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** `{ error: message, ...extra }` with `status`. */
export function errorResponse(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return jsonResponse(status, { ...extra, error: message }, headers);
}

/** 204 has no body, so no Content-Type either. */
export function noContentResponse(): Response {
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Names the limit the route applied, so a client can tell the user what fits. */
const tooLarge = (maxBytes: number) => {
  const mb = maxBytes / (1024 * 1024);
  return errorResponse(413, `request body too large (the limit is ${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB)`);
};

/**
 * Reads a JSON request body of at most `maxBytes` and validates it with `schema`. Refuses with a ready response:
 * 415 unless the Content-Type is `application/json` (which also keeps other sites' plain HTML forms out: a JSON
 * request from another origin needs a CORS preflight that this server never grants), 413 when the declared or the
 * actual size is over the limit (reading stops there), 400 for an empty body, bytes that are not UTF-8, invalid JSON
 * or a schema error (naming the field).
 */
export async function readJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes: number,
): Promise<BodyResult<z.infer<T>>> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType.trim())) {
    return { ok: false, response: errorResponse(415, 'Content-Type must be application/json') };
  }
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) return { ok: false, response: errorResponse(400, 'invalid Content-Length header') };
    if (Number(declared) > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  }

  // Count the bytes actually received: Content-Length may be absent (chunked) or wrong.
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        reader.cancel().catch(() => undefined);
        return { ok: false, response: tooLarge(maxBytes) };
      }
      chunks.push(value);
    }
  }
  if (received === 0) return { ok: false, response: errorResponse(400, 'request body is empty; expected JSON') };

  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: errorResponse(400, 'request body is not valid UTF-8') };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message.slice(0, 160)}` : '';
    return { ok: false, response: errorResponse(400, `request body is not valid JSON${detail}`) };
  }
  const parsed = parseWithMessage(schema, data);
  return parsed.ok ? parsed : { ok: false, response: errorResponse(400, parsed.message) };
}

function isSqliteBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');
}

/**
 * Runs a route handler body; an unexpected error is logged on the server and answered with 500
 * `{ error: 'internal error' }` (503 when SQLite stayed locked past its busy timeout), never with its message or stack.
 */
export async function guardRoute(name: string, handler: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error(`[route-atlas] ${name} failed:`, error);
    if (isSqliteBusy(error)) return errorResponse(503, 'the database is busy; try again', {}, { 'Retry-After': '1' });
    return errorResponse(500, 'internal error');
  }
}
