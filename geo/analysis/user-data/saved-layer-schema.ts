import { z } from 'zod';
import { MAX_PROPERTIES, MAX_PROPERTY_KEY_CHARS, MAX_PROPERTY_VALUE_CHARS } from './import-limits';

/**
 * Largest request body `POST /api/user-layers` accepts, in UTF-8 bytes (8 MiB). A user layer is saved as GeoJSON so a
 * briefing can reference it by id; a larger one is refused (413) and the client says so before sending.
 */
export const MAX_SAVED_LAYER_BODY_BYTES = 8 * 1024 * 1024;
/** Most features one saved user layer holds. */
export const MAX_SAVED_FEATURES = 50_000;
export const MAX_LAYER_NAME_CHARS = 200;

/** Server-assigned user layer id: a UUID from `crypto.randomUUID()`. */
export const SavedLayerIdSchema = z.uuid();

/** What was saved: the user's GeoJSON or CSV features, or the events found in their AIS (tracks are not saved). */
export const SAVED_LAYER_KINDS = ['geojson', 'csv', 'ais-events'] as const;

// A plain number list (GeoJSON's `Position` type), two long, each axis checked against its range.
const position = z
  .array(z.number().finite())
  .length(2)
  .superRefine(([lon, lat], ctx) => {
    if (lon !== undefined && (lon < -180 || lon > 180)) ctx.addIssue({ code: 'custom', path: [0], message: 'longitude must be from -180 to 180' });
    if (lat !== undefined && (lat < -90 || lat > 90)) ctx.addIssue({ code: 'custom', path: [1], message: 'latitude must be from -90 to 90' });
  });
const line = z.array(position).min(2);
const ring = z.array(position).min(4);

export const SavedGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(1) }),
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

const propertyValue = z.union([z.string().max(MAX_PROPERTY_VALUE_CHARS), z.number().finite(), z.boolean(), z.null()]);

export const SavedPropertiesSchema = z
  .record(z.string().max(MAX_PROPERTY_KEY_CHARS), propertyValue)
  .refine((p) => Object.keys(p).length <= MAX_PROPERTIES, { message: `at most ${MAX_PROPERTIES} properties per feature` });

export const SavedFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: SavedGeometrySchema,
  properties: SavedPropertiesSchema,
});

export const SavedFeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(SavedFeatureSchema).max(MAX_SAVED_FEATURES),
});

export const SavedLayerSourceSchema = z.object({
  fileName: z.string().max(255),
  rowsRead: z.int().min(0),
  skipped: z.record(z.string().max(40), z.int().min(0)),
  /** The property that gives each feature its time, if any. */
  timeField: z.string().max(MAX_PROPERTY_KEY_CHARS).nullable(),
});

/** Body of `POST /api/user-layers`. */
export const SavedLayerInputSchema = z.object({
  name: z.string().min(1).max(MAX_LAYER_NAME_CHARS),
  kind: z.enum(SAVED_LAYER_KINDS),
  source: SavedLayerSourceSchema,
  geojson: SavedFeatureCollectionSchema,
});

/** A saved user layer, as `GET /api/user-layers/:id` returns it. */
export const SavedLayerSchema = SavedLayerInputSchema.extend({
  id: SavedLayerIdSchema,
  createdAt: z.iso.datetime(),
  featureCount: z.int().min(0),
  /** Always true: saved user data, never part of the curated dataset. */
  userProvided: z.literal(true),
});

/** One row of `GET /api/user-layers`. */
export const SavedLayerSummarySchema = z.object({
  id: SavedLayerIdSchema,
  name: z.string(),
  kind: z.enum(SAVED_LAYER_KINDS),
  featureCount: z.int().min(0),
  byteSize: z.int().min(0),
  createdAt: z.iso.datetime(),
});

export const SavedLayerListSchema = z.object({
  userLayers: z.array(SavedLayerSummarySchema),
  total: z.int().min(0),
});

export type SavedLayerInput = z.infer<typeof SavedLayerInputSchema>;
export type SavedLayer = z.infer<typeof SavedLayerSchema>;
export type SavedLayerSummary = z.infer<typeof SavedLayerSummarySchema>;
export type SavedLayerList = z.infer<typeof SavedLayerListSchema>;
