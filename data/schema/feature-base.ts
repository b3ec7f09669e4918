import { z } from 'zod';
import { commoditySchema } from './commodity';
import { confidenceSchema, geometryPrecisionSchema } from './confidence';
import { idSchema, nameSchema, periodSchema, positionSchema, sourceIdsSchema } from './common';
import { factSchema } from './fact';

/** What every feature schema shares: the geometries, the common properties and the feature and collection wrappers. */

// ---------------------------------------------------------------------------------------------------------------
// Geometries (2D WGS84 only)

export const pointSchema = z.strictObject({ type: z.literal('Point'), coordinates: positionSchema });
export const lineStringSchema = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(positionSchema).min(2, 'a line needs at least 2 vertices'),
});
export const linearRingSchema = z
  .array(positionSchema)
  .min(4, 'a polygon ring needs at least 4 positions')
  .refine((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'a polygon ring must be closed (first position equals last)');
export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(linearRingSchema).min(1),
});

// ---------------------------------------------------------------------------------------------------------------
// Properties shared by every map feature

/** Editorial rank used only for marker size / line weight: 3 = the design-brief ports and the Khasan–Rajin line. */
export const significanceSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const baseProperties = {
  name: nameSchema,
  significance: significanceSchema,
  commodities: z.array(commoditySchema),
  period: periodSchema,
  description: z.string().min(1),
  facts: z.array(factSchema),
  /** Sources for the feature itself: that it exists and is involved. */
  sourceIds: sourceIdsSchema,
  /** Confidence that the feature exists / is involved as described. */
  confidence: confidenceSchema,
  /** Why the confidence is what it is; required unless `reported`. */
  confidenceNote: z.string().min(1).optional(),
  geometryPrecision: geometryPrecisionSchema,
  /** How the geometry was derived (which gazetteer rows, which vertices are interpolated). */
  geometryNote: z.string().min(1),
  /** Sources for the coordinates themselves (often a gazetteer, not the source for the involvement). */
  geometrySourceIds: sourceIdsSchema,
  /** Confidence in the position itself, separate from the feature's involvement. */
  geometryConfidence: confidenceSchema,
};

export function requireConfidenceNotes(
  p: { confidence: string; confidenceNote?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (p.confidence !== 'reported' && !p.confidenceNote?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['confidenceNote'],
      message: `confidence "${p.confidence}" needs a confidenceNote saying why`,
    });
  }
}

export function featureSchema<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.strictObject({
    type: z.literal('Feature'),
    id: idSchema,
    geometry,
    properties,
  });
}

export function featureCollectionSchema<F extends z.ZodType>(feature: F) {
  return z.strictObject({
    type: z.literal('FeatureCollection'),
    features: z.array(feature),
  });
}

