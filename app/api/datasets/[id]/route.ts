import { errorResponse, guardRoute, jsonResponse, noContentResponse } from '@/lib/server/http';
import { queueWrite } from '@/lib/db/write-queue';
import { deleteSavedDataset, getSavedDataset } from '@/lib/db/user-layer-repository';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

type Context = { params: Promise<{ id: string }> };

const notFound = () => errorResponse(404, 'no saved dataset with this id');

/** `GET /api/datasets/:id` → 200 `SavedDataset`, or 404. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return guardRoute('GET /api/datasets/[id]', async () => {
    const { id } = await params;
    const dataset = getSavedDataset(id);
    return dataset === null ? notFound() : jsonResponse(200, dataset);
  });
}

/** `DELETE /api/datasets/:id` → 204, or 404. */
export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  return guardRoute('DELETE /api/datasets/[id]', async () => {
    const { id } = await params;
    return (await queueWrite(() => deleteSavedDataset(id))) ? noContentResponse() : notFound();
  });
}
