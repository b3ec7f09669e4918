import { itemRoutes } from '@/lib/server/rest-resource';
import { SANCTIONS_LISTS } from '../resource';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

const routes = itemRoutes(SANCTIONS_LISTS);

/** `GET /api/sanctions-lists/:id` → 200 `SavedList`, or 404. */
export const GET = routes.GET;

/** `DELETE /api/sanctions-lists/:id` → 204, or 404. */
export const DELETE = routes.DELETE;
