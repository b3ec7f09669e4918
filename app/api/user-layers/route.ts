import { collectionRoutes } from '@/lib/server/rest-resource';
import { SAVED_LAYERS } from './resource';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

const routes = collectionRoutes(SAVED_LAYERS);

/** `GET /api/datasets?limit=&offset=` → 200 `{ datasets: SavedDatasetSummary[], total }`, newest first. */
export const GET = routes.GET;

/** `POST /api/datasets` with a `DatasetInput` → 201 with the `SavedDataset`; 415 unless JSON. */
export const POST = routes.POST;
