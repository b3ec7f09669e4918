import { BriefingIdSchema, BriefingUpdateSchema, MAX_BRIEFING_BODY_BYTES } from '@/lib/briefing/briefing-schema';
import { userOf } from '@/lib/auth/auth-http';
import { errorResponse, guardRoute, jsonResponse, noContentResponse, readJsonBody } from '@/lib/api/http';
import { deleteBriefing, getBriefing, updateBriefing } from '@/lib/db/briefing-repository';
import { getDatabase } from '@/lib/db/get-database';
import { queueWrite } from '@/lib/db/write-queue';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

type Context = { params: Promise<{ id: string }> };

const notFound = () => errorResponse(404, 'no briefing with this id');

/** `GET /api/briefings/:id` → 200 `Briefing`, or 404. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return guardRoute('GET /api/briefings/[id]', async () => {
    const { id } = await params;
    const briefing = getBriefing(id);
    return briefing === null ? notFound() : jsonResponse(200, briefing);
  });
}

/**
 * `PUT /api/briefings/:id` with a `BriefingUpdate` → 200 with the saved `Briefing` (version + 1); 409
 * `{ error, current }` when `version` is not the stored one (someone saved in between); 404 for an unknown id.
 */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  return guardRoute('PUT /api/briefings/[id]', async () => {
    const { id } = await params;
    if (!BriefingIdSchema.safeParse(id).success) return notFound();
    const body = await readJsonBody(request, BriefingUpdateSchema, MAX_BRIEFING_BODY_BYTES);
    if (!body.ok) return body.response;
    const savedBy = userOf(request.headers);
    const result = await queueWrite(() => updateBriefing(id, body.value, getDatabase(), savedBy));
    switch (result.status) {
      case 'ok':
        return jsonResponse(200, result.briefing);
      case 'not-found':
        return notFound();
      case 'conflict':
        return errorResponse(
          409,
          `this briefing was saved by someone else in the meantime (you edited version ${body.value.version}, it is now at version ${result.current.version})`,
          { current: result.current },
        );
    }
  });
}

/** `DELETE /api/briefings/:id` → 204, or 404. */
export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  return guardRoute('DELETE /api/briefings/[id]', async () => {
    const { id } = await params;
    return (await queueWrite(() => deleteBriefing(id))) ? noContentResponse() : notFound();
  });
}
