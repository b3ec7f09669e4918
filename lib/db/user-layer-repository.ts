// Server only (better-sqlite3): imported by the `app/api/user-layers` route handlers, never by client code.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getDatabase } from '@/lib/db/get-database';
import { utf8ByteLength } from '@/lib/utf8-byte-length';
import {
  SavedLayerIdSchema,
  SavedLayerInputSchema,
  SavedLayerSourceSchema,
  SAVED_LAYER_KINDS,
  SavedFeatureCollectionSchema,
  type SavedLayerInput,
  type SavedLayer,
  type SavedLayerList,
} from '@/geo/analysis/user-data/saved-layer-schema';
import { pageOf, statementsPerDatabase } from './statements';

export const DEFAULT_LAYER_LIST_LIMIT = 200;
export const MAX_LAYER_LIST_LIMIT = 1000;

// Rows are parsed, not cast: a damaged or hand-edited database fails loudly here instead of reaching a client.
const RowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SAVED_LAYER_KINDS),
  created_at: z.string(),
  feature_count: z.number(),
  source_json: z.string(),
  geojson: z.string(),
});

const SummaryRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SAVED_LAYER_KINDS),
  created_at: z.string(),
  feature_count: z.number(),
  byte_size: z.number(),
});

function toSavedLayer(row: unknown): SavedLayer {
  const r = RowSchema.parse(row);
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    createdAt: r.created_at,
    featureCount: r.feature_count,
    userProvided: true,
    source: SavedLayerSourceSchema.parse(JSON.parse(r.source_json)),
    geojson: SavedFeatureCollectionSchema.parse(JSON.parse(r.geojson)),
  };
}

function prepare(db: Database.Database) {
  return {
    list: db.prepare(
      `SELECT id, name, kind, created_at, feature_count, byte_size FROM user_datasets
       ORDER BY created_at DESC, id LIMIT ? OFFSET ?`,
    ),
    count: db.prepare('SELECT count(*) AS total FROM user_datasets').pluck(),
    get: db.prepare('SELECT id, name, kind, created_at, feature_count, source_json, geojson FROM user_datasets WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO user_datasets (id, name, kind, created_at, feature_count, byte_size, source_json, geojson)
       VALUES (@id, @name, @kind, @createdAt, @featureCount, @byteSize, @sourceJson, @geojson)
       RETURNING id, name, kind, created_at, feature_count, source_json, geojson`,
    ),
    delete: db.prepare('DELETE FROM user_datasets WHERE id = ?'),
  };
}

const statements = statementsPerDatabase(prepare);

/** Summaries of saved user layers, newest first, and how many there are. */
export function listSavedLayers(options: { limit?: number; offset?: number } = {}, db: Database.Database = getDatabase()): SavedLayerList {
  const { limit, offset } = pageOf(options, DEFAULT_LAYER_LIST_LIMIT, MAX_LAYER_LIST_LIMIT);
  const s = statements(db);
  return db.transaction(() => {
    const userLayers = s.list.all(limit, offset).map((row) => {
      const r = SummaryRowSchema.parse(row);
      return { id: r.id, name: r.name, kind: r.kind, featureCount: r.feature_count, byteSize: r.byte_size, createdAt: r.created_at };
    });
    return { userLayers, total: z.number().parse(s.count.get()) };
  }).deferred();
}

/** The saved user layer with this id, or null (a malformed id included). */
export function getSavedLayer(id: string, db: Database.Database = getDatabase()): SavedLayer | null {
  if (!SavedLayerIdSchema.safeParse(id).success) return null;
  const row = statements(db).get.get(id);
  return row === undefined ? null : toSavedLayer(row);
}

/** Saves a user layer under a fresh UUID and returns it. */
export function createSavedLayer(input: SavedLayerInput, db: Database.Database = getDatabase()): SavedLayer {
  // Parsed again so that extra properties on the object never reach the row.
  const { name, kind, source, geojson } = SavedLayerInputSchema.parse(input);
  const geojsonText = JSON.stringify(geojson);
  const row = statements(db).insert.get({
    id: randomUUID(),
    name,
    kind,
    createdAt: new Date().toISOString(),
    featureCount: geojson.features.length,
    byteSize: utf8ByteLength(geojsonText),
    sourceJson: JSON.stringify(source),
    geojson: geojsonText,
  });
  return toSavedLayer(row);
}

/** Deletes saved user layer `id`; false if there was none. */
export function deleteSavedLayer(id: string, db: Database.Database = getDatabase()): boolean {
  if (!SavedLayerIdSchema.safeParse(id).success) return false;
  return statements(db).delete.run(id).changes === 1;
}
