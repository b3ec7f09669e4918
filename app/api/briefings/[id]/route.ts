import { BriefingIdSchema, BriefingUpdateSchema, MAX_BRIEFING_BODY_BYTES } from '@/lib/briefing/briefing-schema';
import { userOf } from '@/lib/auth/auth-http';
import { updateBriefing } from '@/lib/db/briefing-repository';
import { getDatabase } from '@/lib/db/get-database';
import { errorResponse, jsonResponse } from '@/lib/server/http';
import { itemRoutes, notFound, updateRoute } from '@/lib/server/rest-resource';
import { BRIEFINGS } from '../resource';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

const routes = itemRoutes(BRIEFINGS);

/** `GET /api/briefings/:id` → 200 `Briefing`, or 404. */
export const GET = routes.GET;

/**
 * `PUT /api/briefings/:id` with a `BriefingUpdate` → 200 with the saved `Briefing` (version + 1); 409
 * `{ error, current }` when `version` is not the stored one (someone saved in between); 404 for an unknown id.
 */
export const PUT = updateRoute(BRIEFINGS, {
  idSchema: BriefingIdSchema,
  schema: BriefingUpdateSchema,
  maxBytes: MAX_BRIEFING_BODY_BYTES,
  write: (id, update, request) => {
    const result = updateBriefing(id, update, getDatabase(), userOf(request.headers));
    switch (result.status) {
      case 'ok':
        return jsonResponse(200, result.briefing);
      case 'not-found':
        return notFound(BRIEFINGS.noun);
      case 'conflict':
        return errorResponse(
          409,
          `this briefing was saved by someone else in the meantime (you edited version ${update.version}, it is now at version ${result.current.version})`,
          { current: result.current },
        );
    }
  },
});

/** `DELETE /api/briefings/:id` → 204, or 404. */
export const DELETE = routes.DELETE;
