// Server only (better-sqlite3): imported by the `app/api/sanctions-lists` route handlers, never by client code.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LOCAL_USER } from '@/lib/auth/auth-http';
import {
  SanctionsListSchema,
  SavedListIdSchema,
  SavedListInputSchema,
  type SavedList,
  type SavedListInput,
  type SavedListList,
} from '@/lib/sanctions-lists/saved-list-schema';
import { getDatabase } from './get-database';
import { pageOf, statementsPerDatabase } from './statements';

export const DEFAULT_SAVED_LIST_LIMIT = 200;
export const MAX_SAVED_LIST_LIMIT = 1000;

// Rows are parsed, not cast: a damaged or hand-edited database fails loudly here instead of reaching a client.
const RowSchema = z.object({ id: z.string(), created_at: z.string(), saved_by: z.string(), list_json: z.string() });
const SummaryRowSchema = z.object({
  id: z.string(),
  list_name: z.string(),
  publisher: z.string(),
  publication_date: z.string().nullable(),
  entry_count: z.number(),
  file_names_json: z.string(),
  created_at: z.string(),
  saved_by: z.string(),
});

function toSavedList(row: unknown): SavedList {
  const r = RowSchema.parse(row);
  return { id: r.id, createdAt: r.created_at, savedBy: r.saved_by, list: SanctionsListSchema.parse(JSON.parse(r.list_json)) };
}

function prepare(db: Database.Database) {
  return {
    list: db.prepare(
      `SELECT id, list_name, publisher, publication_date, entry_count, file_names_json, created_at, saved_by FROM sanctions_lists
       ORDER BY created_at DESC, id LIMIT ? OFFSET ?`,
    ),
    count: db.prepare('SELECT count(*) AS total FROM sanctions_lists').pluck(),
    get: db.prepare('SELECT id, created_at, saved_by, list_json FROM sanctions_lists WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO sanctions_lists (id, list_name, publisher, publication_date, entry_count, file_names_json, created_at, saved_by, list_json)
       VALUES (@id, @listName, @publisher, @publicationDate, @entryCount, @fileNamesJson, @createdAt, @savedBy, @listJson)
       RETURNING id, created_at, saved_by, list_json`,
    ),
    delete: db.prepare('DELETE FROM sanctions_lists WHERE id = ?'),
  };
}

const statements = statementsPerDatabase(prepare);

/** Summaries of saved sanctions lists (publisher, publication date, vessel count, who saved it), newest first. */
export function listSavedLists(options: { limit?: number; offset?: number } = {}, db: Database.Database = getDatabase()): SavedListList {
  const { limit, offset } = pageOf(options, DEFAULT_SAVED_LIST_LIMIT, MAX_SAVED_LIST_LIMIT);
  const s = statements(db);
  return db.transaction(() => {
    const lists = s.list.all(limit, offset).map((row) => {
      const r = SummaryRowSchema.parse(row);
      return {
        id: r.id,
        listName: r.list_name,
        publisher: r.publisher,
        publicationDate: r.publication_date,
        entryCount: r.entry_count,
        fileNames: z.array(z.string()).parse(JSON.parse(r.file_names_json)),
        createdAt: r.created_at,
        savedBy: r.saved_by,
      };
    });
    return { lists, total: z.number().parse(s.count.get()) };
  }).deferred();
}

/** The saved list with this id, or null (a malformed id included). */
export function getSavedList(id: string, db: Database.Database = getDatabase()): SavedList | null {
  if (!SavedListIdSchema.safeParse(id).success) return null;
  const row = statements(db).get.get(id);
  return row === undefined ? null : toSavedList(row);
}

/** Saves a loaded list under a fresh UUID, recording `savedBy` (the signed-in name), and returns it. */
export function createSavedList(input: SavedListInput, db: Database.Database = getDatabase(), savedBy: string = LOCAL_USER): SavedList {
  // Parsed again so that extra properties on the object never reach the row.
  const { list } = SavedListInputSchema.parse(input);
  const row = statements(db).insert.get({
    id: randomUUID(),
    listName: list.listName,
    publisher: list.publisher,
    publicationDate: list.publicationDate ?? null,
    entryCount: list.entries.length,
    fileNamesJson: JSON.stringify(list.fileNames),
    createdAt: new Date().toISOString(),
    savedBy,
    listJson: JSON.stringify(list),
  });
  return toSavedList(row);
}

/** Deletes saved list `id`; false if there was none. */
export function deleteSavedList(id: string, db: Database.Database = getDatabase()): boolean {
  if (!SavedListIdSchema.safeParse(id).success) return false;
  return statements(db).delete.run(id).changes === 1;
}
