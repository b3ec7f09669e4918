import { collectionRoutes } from '@/lib/server/rest-resource';
import { BRIEFINGS } from './resource';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

const routes = collectionRoutes(BRIEFINGS);

/** `GET /api/briefings?limit=&offset=` → 200 `{ briefings: BriefingSummary[], total }`, newest first. */
export const GET = routes.GET;

/** `POST /api/briefings` with a `BriefingInput` → 201 with the saved `Briefing` (version 1). */
export const POST = routes.POST;
