import { errorResponse, guardRoute, jsonResponse, readJsonBody } from '@/lib/server/http';
import { queueWrite } from '@/lib/db/write-queue';
import { createSavedDataset, listSavedDatasets, MAX_DATASET_LIST_LIMIT } from '@/lib/db/user-layer-repository';
import { DatasetInputSchema, MAX_DATASET_BODY_BYTES } from '@/geo/analysis/user-data/saved-layer-schema';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

function readCount(params: URLSearchParams, name: string, max: number): number | undefined | Error {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) > max) return new Error(`${name}: expected a whole number from 0 to ${max}`);
  return Number(raw);
}

/** `GET /api/datasets?limit=&offset=` → 200 `{ datasets: SavedDatasetSummary[], total }`, newest first. */
export async function GET(request: Request): Promise<Response> {
  return guardRoute('GET /api/datasets', () => {
    const params = new URL(request.url).searchParams;
    const limit = readCount(params, 'limit', MAX_DATASET_LIST_LIMIT);
    const offset = readCount(params, 'offset', Number.MAX_SAFE_INTEGER);
    if (limit instanceof Error) return errorResponse(400, limit.message);
    if (offset instanceof Error) return errorResponse(400, offset.message);
    return jsonResponse(200, listSavedDatasets({ limit, offset }));
  });
}

/**
 * `POST /api/datasets` with a `DatasetInput` → 201 with the `SavedDataset`. 400 for a schema error (naming the
 * field), 413 over `MAX_DATASET_BODY_BYTES`, 415 unless JSON.
 */
export async function POST(request: Request): Promise<Response> {
  return guardRoute('POST /api/datasets', async () => {
    const body = await readJsonBody(request, DatasetInputSchema, MAX_DATASET_BODY_BYTES);
    if (!body.ok) return body.response;
    const dataset = await queueWrite(() => createSavedDataset(body.value));
    return jsonResponse(201, dataset, { Location: `/api/datasets/${dataset.id}` });
  });
}
