import type { z } from 'zod';
import { queueWrite } from '@/lib/db/write-queue';
import { errorResponse, guardRoute, jsonResponse, noContentResponse, readJsonBody } from './http';

type Context = { params: Promise<{ id: string }> };
type Handler = (request: Request, context: Context) => Promise<Response>;

/**
 * A stored resource as the API serves it: a collection (`GET` a page, `POST` a new item) and its items (`GET`,
 * optionally `PUT`, `DELETE`). Writes go through the write queue; every handler runs under `guardRoute`.
 */
export interface RestResource<Input extends z.ZodType, Item extends { id: string }> {
  /** The collection's path, e.g. `/api/briefings`: Location headers and log lines name it. */
  path: string;
  /** What a 404 calls an item: "no <noun> with this id". */
  noun: string;
  maxListLimit: number;
  list: (page: { limit?: number; offset?: number }) => unknown;
  get: (id: string) => Item | null;
  /** `request` gives the write what the proxy established about the caller (e.g. the signed-in name). */
  create: { schema: Input; maxBytes: number; write: (input: z.infer<Input>, request: Request) => Item };
  remove: (id: string) => boolean;
}

/** A `limit`/`offset` query value: absent, a whole number up to `max`, or an error naming the parameter. */
function readCount(params: URLSearchParams, name: string, max: number): number | undefined | Error {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) > max) return new Error(`${name}: expected a whole number from 0 to ${max}`);
  return Number(raw);
}

export const notFound = (noun: string) => errorResponse(404, `no ${noun} with this id`);

/** `GET <path>?limit=&offset=` → 200 with a page, and `POST <path>` → 201 with the saved item and its Location. */
export function collectionRoutes<Input extends z.ZodType, Item extends { id: string }>(resource: RestResource<Input, Item>) {
  const GET = (request: Request): Promise<Response> =>
    guardRoute(`GET ${resource.path}`, () => {
      const params = new URL(request.url).searchParams;
      const limit = readCount(params, 'limit', resource.maxListLimit);
      const offset = readCount(params, 'offset', Number.MAX_SAFE_INTEGER);
      if (limit instanceof Error) return errorResponse(400, limit.message);
      if (offset instanceof Error) return errorResponse(400, offset.message);
      return jsonResponse(200, resource.list({ limit, offset }));
    });
  const POST = (request: Request): Promise<Response> =>
    guardRoute(`POST ${resource.path}`, async () => {
      const body = await readJsonBody(request, resource.create.schema, resource.create.maxBytes);
      if (!body.ok) return body.response;
      const item = await queueWrite(() => resource.create.write(body.value, request));
      return jsonResponse(201, item, { Location: `${resource.path}/${item.id}` });
    });
  return { GET, POST };
}

/** `GET <path>/:id` → 200 or 404, and `DELETE <path>/:id` → 204 or 404. */
export function itemRoutes<Input extends z.ZodType, Item extends { id: string }>(resource: RestResource<Input, Item>): { GET: Handler; DELETE: Handler } {
  const GET: Handler = (_request, { params }) =>
    guardRoute(`GET ${resource.path}/[id]`, async () => {
      const item = resource.get((await params).id);
      return item === null ? notFound(resource.noun) : jsonResponse(200, item);
    });
  const DELETE: Handler = (_request, { params }) =>
    guardRoute(`DELETE ${resource.path}/[id]`, async () => {
      const { id } = await params;
      return (await queueWrite(() => resource.remove(id))) ? noContentResponse() : notFound(resource.noun);
    });
  return { GET, DELETE };
}

/**
 * `PUT <path>/:id`: a body checked by `schema` (an id that fails `idSchema` is a 404 before the body is read), then
 * `write` in the write queue, which answers with its own response (a conflict is the resource's to describe).
 */
export function updateRoute<Update extends z.ZodType>(
  resource: { path: string; noun: string },
  update: {
    idSchema: z.ZodType;
    schema: Update;
    maxBytes: number;
    write: (id: string, value: z.infer<Update>, request: Request) => Response;
  },
): Handler {
  return (request, { params }) =>
    guardRoute(`PUT ${resource.path}/[id]`, async () => {
      const { id } = await params;
      if (!update.idSchema.safeParse(id).success) return notFound(resource.noun);
      const body = await readJsonBody(request, update.schema, update.maxBytes);
      if (!body.ok) return body.response;
      return queueWrite(() => update.write(id, body.value, request));
    });
}
