import { itemRoutes } from '@/lib/server/rest-resource';
import { SAVED_LAYERS } from '../resource';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

const routes = itemRoutes(SAVED_LAYERS);

/** `GET /api/user-layers/:id` → 200 `SavedLayer`, or 404. */
export const GET = routes.GET;

/** `DELETE /api/user-layers/:id` → 204, or 404. */
export const DELETE = routes.DELETE;
