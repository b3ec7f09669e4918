import { BriefingInputSchema, MAX_BRIEFING_BODY_BYTES } from '@/lib/briefing/briefing-schema';
import { userOf } from '@/lib/auth/auth-http';
import { errorResponse, guardRoute, jsonResponse, readJsonBody } from '@/lib/api/http';
import { createBriefing, listBriefings, MAX_LIST_LIMIT } from '@/lib/db/briefing-repository';
import { getDatabase } from '@/lib/db/get-database';
import { queueWrite } from '@/lib/db/write-queue';

// better-sqlite3 is a native addon: Node.js only.
export const runtime = 'nodejs';

function readCount(params: URLSearchParams, name: string, max: number): number | undefined | Error {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) > max) return new Error(`${name}: expected a whole number from 0 to ${max}`);
  return Number(raw);
}

/** `GET /api/briefings?limit=&offset=` → 200 `{ briefings: BriefingSummary[], total }`, newest first. */
export async function GET(request: Request): Promise<Response> {
  return guardRoute('GET /api/briefings', () => {
    const params = new URL(request.url).searchParams;
    const limit = readCount(params, 'limit', MAX_LIST_LIMIT);
    const offset = readCount(params, 'offset', Number.MAX_SAFE_INTEGER);
    if (limit instanceof Error) return errorResponse(400, limit.message);
    if (offset instanceof Error) return errorResponse(400, offset.message);
    return jsonResponse(200, listBriefings({ limit, offset }));
  });
}

/** `POST /api/briefings` with a `BriefingInput` → 201 with the saved `Briefing` (version 1). */
export async function POST(request: Request): Promise<Response> {
  return guardRoute('POST /api/briefings', async () => {
    const body = await readJsonBody(request, BriefingInputSchema, MAX_BRIEFING_BODY_BYTES);
    if (!body.ok) return body.response;
    const savedBy = userOf(request.headers);
    const briefing = await queueWrite(() => createBriefing(body.value, getDatabase(), savedBy));
    return jsonResponse(201, briefing, { Location: `/api/briefings/${briefing.id}` });
  });
}
