import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  BriefingIdSchema,
  BriefingInputSchema,
  BriefingUpdateSchema,
  SlidesSchema,
  type Briefing,
  type BriefingInput,
  type BriefingList,
  type BriefingUpdate,
} from '../briefing/briefing-schema';
import { LOCAL_USER } from '../auth/auth-http';
import { getDatabase } from './get-database';
import { pageOf, statementsPerDatabase } from './statements';

/** Summaries returned by {@link listBriefings} when no limit is given. */
export const DEFAULT_LIST_LIMIT = 200;
/** Most summaries one {@link listBriefings} call returns. */
export const MAX_LIST_LIMIT = 1000;

export type UpdateBriefingResult =
  | { status: 'ok'; briefing: Briefing }
  | { status: 'not-found' }
  | { status: 'conflict'; current: Briefing };

// Rows are parsed, not cast: a hand-edited or damaged database fails loudly here instead of reaching a client.
const BriefingRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
  saved_by: z.string(),
  slides_json: z.string(),
});

const SummaryRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.number(),
  updated_at: z.string(),
  saved_by: z.string(),
  slide_count: z.number(),
});

function toBriefing(row: unknown): Briefing {
  const r = BriefingRowSchema.parse(row);
  const slides = SlidesSchema.parse(JSON.parse(r.slides_json));
  return { id: r.id, title: r.title, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at, savedBy: r.saved_by, slides };
}

function prepare(db: Database.Database) {
  return {
    list: db.prepare(
      `SELECT id, title, version, updated_at, saved_by, slide_count FROM briefings
       ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`,
    ),
    count: db.prepare('SELECT count(*) AS total FROM briefings').pluck(),
    get: db.prepare('SELECT id, title, version, created_at, updated_at, saved_by, slides_json FROM briefings WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO briefings (id, title, version, created_at, updated_at, saved_by, slide_count, slides_json)
       VALUES (@id, @title, 1, @now, @now, @savedBy, @slideCount, @slidesJson)
       RETURNING id, title, version, created_at, updated_at, saved_by, slides_json`,
    ),
    // The version check and the increment are one statement: two editors holding the same version cannot both win.
    update: db.prepare(
      `UPDATE briefings
       SET title = @title, slides_json = @slidesJson, slide_count = @slideCount, version = version + 1, updated_at = @now,
           saved_by = @savedBy
       WHERE id = @id AND version = @version
       RETURNING id, title, version, created_at, updated_at, saved_by, slides_json`,
    ),
    delete: db.prepare('DELETE FROM briefings WHERE id = ?'),
  };
}

const statements = statementsPerDatabase(prepare);

/**
 * Summaries of saved briefings, most recently updated first, and how many there are in all.
 * @param options.limit at most this many summaries (default {@link DEFAULT_LIST_LIMIT}, capped at {@link MAX_LIST_LIMIT})
 * @param options.offset summaries to skip (default 0)
 */
export function listBriefings(
  options: { limit?: number; offset?: number } = {},
  db: Database.Database = getDatabase(),
): BriefingList {
  const { limit, offset } = pageOf(options, DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT);
  const s = statements(db);
  // One read transaction, so that `total` and the page describe the same moment.
  return db.transaction(() => {
    const briefings = s.list.all(limit, offset).map((row) => {
      const r = SummaryRowSchema.parse(row);
      return { id: r.id, title: r.title, version: r.version, updatedAt: r.updated_at, savedBy: r.saved_by, slideCount: r.slide_count };
    });
    const total = z.number().parse(s.count.get());
    return { briefings, total };
  }).deferred();
}

/** The briefing with this id, or `null` if there is none (a malformed id included). */
export function getBriefing(id: string, db: Database.Database = getDatabase()): Briefing | null {
  if (!BriefingIdSchema.safeParse(id).success) return null;
  const row = statements(db).get.get(id);
  return row === undefined ? null : toBriefing(row);
}

/** Saves a new briefing at version 1 with a fresh UUID, recording `savedBy` (the signed-in name), and returns it. */
export function createBriefing(input: BriefingInput, db: Database.Database = getDatabase(), savedBy: string = LOCAL_USER): Briefing {
  // Parsed again (the route has validated it already) so that extra properties on the object never reach the row.
  const { title, slides } = BriefingInputSchema.parse(input);
  const now = new Date().toISOString();
  const row = statements(db).insert.get({
    id: randomUUID(),
    title,
    now,
    savedBy,
    slideCount: slides.length,
    slidesJson: JSON.stringify(slides),
  });
  return toBriefing(row);
}

/**
 * Replaces the title and slides of briefing `id` if its stored version is still `update.version`, and bumps the
 * version by one, recording `savedBy` as the last saver. A stale version leaves the row untouched and returns the stored briefing as `current`, so that
 * the client can show what its colleague saved.
 */
export function updateBriefing(
  id: string,
  update: BriefingUpdate,
  db: Database.Database = getDatabase(),
  savedBy: string = LOCAL_USER,
): UpdateBriefingResult {
  if (!BriefingIdSchema.safeParse(id).success) return { status: 'not-found' };
  const { title, slides, version } = BriefingUpdateSchema.parse(update);
  const s = statements(db);
  const run = db.transaction((): UpdateBriefingResult => {
    const row = s.update.get({
      id,
      version,
      title,
      savedBy,
      now: new Date().toISOString(),
      slideCount: slides.length,
      slidesJson: JSON.stringify(slides),
    });
    if (row !== undefined) return { status: 'ok', briefing: toBriefing(row) };
    const current = s.get.get(id);
    return current === undefined ? { status: 'not-found' } : { status: 'conflict', current: toBriefing(current) };
  });
  return run.immediate();
}

/** Deletes briefing `id`; `false` if there was none. */
export function deleteBriefing(id: string, db: Database.Database = getDatabase()): boolean {
  if (!BriefingIdSchema.safeParse(id).success) return false;
  return statements(db).delete.run(id).changes === 1;
}
