import { BriefingInputSchema, MAX_BRIEFING_BODY_BYTES } from '@/lib/briefing/briefing-schema';
import { createBriefing, deleteBriefing, getBriefing, listBriefings, MAX_LIST_LIMIT } from '@/lib/db/briefing-repository';
import { getDatabase } from '@/lib/db/get-database';
import { userOf } from '@/lib/auth/auth-http';
import type { RestResource } from '@/lib/server/rest-resource';

/** Saved briefings over HTTP: `/api/briefings` and `/api/briefings/:id`. */
export const BRIEFINGS = {
  path: '/api/briefings',
  noun: 'briefing',
  maxListLimit: MAX_LIST_LIMIT,
  list: (page) => listBriefings(page),
  get: (id) => getBriefing(id),
  create: { schema: BriefingInputSchema, maxBytes: MAX_BRIEFING_BODY_BYTES, write: (input, request) => createBriefing(input, getDatabase(), userOf(request.headers)) },
  remove: (id) => deleteBriefing(id),
} satisfies RestResource<typeof BriefingInputSchema, ReturnType<typeof createBriefing>>;
