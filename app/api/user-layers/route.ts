import { collectionRoutes } from '@/lib/server/rest-resource';
import { SAVED_LAYERS } from './resource';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

const routes = collectionRoutes(SAVED_LAYERS);

/** `GET /api/user-layers?limit=&offset=` → 200 `{ userLayers: SavedLayerSummary[], total }`, newest first. */
export const GET = routes.GET;

/** `POST /api/user-layers` with a `SavedLayerInput` → 201 with the `SavedLayer`; 415 unless JSON. */
export const POST = routes.POST;
