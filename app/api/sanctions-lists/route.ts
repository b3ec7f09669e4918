import { collectionRoutes } from '@/lib/server/rest-resource';
import { SANCTIONS_LISTS } from './resource';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

const routes = collectionRoutes(SANCTIONS_LISTS);

/** `GET /api/sanctions-lists?limit=&offset=` → 200 `{ lists: SavedListSummary[], total }`, newest first. */
export const GET = routes.GET;

/** `POST /api/sanctions-lists` with `{ list }` → 201 with the `SavedList` (its saver recorded); 415 unless JSON. */
export const POST = routes.POST;
