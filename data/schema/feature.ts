import { z } from 'zod';
import { commoditySchema } from './commodity';
import { confidenceSchema, geometryPrecisionSchema } from './confidence';
import {
  countryCodeSchema,
  datePrecisionSchema,
  idSchema,
  isoDateSchema,
  nameSchema,
  periodSchema,
  positionSchema,
  sourceIdsSchema,
} from './common';
import { factSchema } from './fact';

// ---------------------------------------------------------------------------------------------------------------
// Geometries (2D WGS84 only)

export const pointSchema = z.strictObject({ type: z.literal('Point'), coordinates: positionSchema });
export const lineStringSchema = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(positionSchema).min(2, 'a line needs at least 2 vertices'),
});
const linearRingSchema = z
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

const baseProperties = {
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

function requireConfidenceNotes(
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

function featureSchema<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.strictObject({
    type: z.literal('Feature'),
    id: idSchema,
    geometry,
    properties,
  });
}

function featureCollectionSchema<F extends z.ZodType>(feature: F) {
  return z.strictObject({
    type: z.literal('FeatureCollection'),
    features: z.array(feature),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Places

export const PLACE_KINDS = ['port', 'station', 'border-crossing', 'city', 'pipeline-terminal'] as const;
export const placeKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof placeKindSchema>;

export const placePropertiesSchema = z
  .strictObject({
    kind: placeKindSchema,
    country: countryCodeSchema,
    /** Both countries, for border crossings. */
    countries: z.array(countryCodeSchema).optional(),
    /** Short phrase: "coal transshipment hub", "ferry terminal", "rail border crossing". */
    role: z.string().min(1).optional(),
    ...baseProperties,
  })
  .superRefine(requireConfidenceNotes);
export const placeFeatureSchema = featureSchema(pointSchema, placePropertiesSchema);
export const placeCollectionSchema = featureCollectionSchema(placeFeatureSchema);
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Rail links

export const railLinkPropertiesSchema = z
  .strictObject({
    kind: z.literal('rail-link'),
    countries: z.array(countryCodeSchema).min(1),
    /** Ids of border-crossing places on the line. */
    crossings: z.array(idSchema).optional(),
    /** Per vertex: true where the vertex is a sourced point, false where it is interpolated or estimated. */
    vertexVerified: z.array(z.boolean()).optional(),
    ...baseProperties,
  })
  .superRefine(requireConfidenceNotes);
export const railLinkFeatureSchema = featureSchema(lineStringSchema, railLinkPropertiesSchema).superRefine(
  (f, ctx) => {
    const flags = f.properties.vertexVerified;
    if (flags && flags.length !== f.geometry.coordinates.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['properties', 'vertexVerified'],
        message: `has ${flags.length} flags for ${f.geometry.coordinates.length} vertices`,
      });
    }
  },
);
export const railLinkCollectionSchema = featureCollectionSchema(railLinkFeatureSchema);
export type RailLinkFeature = z.infer<typeof railLinkFeatureSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Sea routes

export const ROUTE_KINDS = ['ferry', 'coal-transshipment', 'fuel-run', 'approach'] as const;
export const routeKindSchema = z.enum(ROUTE_KINDS);
export type RouteKind = z.infer<typeof routeKindSchema>;

export const seaRoutePropertiesSchema = z
  .strictObject({
    kind: z.literal('sea-route'),
    countries: z.array(countryCodeSchema).min(1),
    /**
     * Id of a place; or of a flow anchor where the real endpoint is unspecified, an STS zone where the route
     * starts or ends in a sea area, or an STS incident where it ends at a transfer. The geometry note says which.
     */
    fromId: idSchema,
    toId: idSchema,
    viaIds: z.array(idSchema).optional(),
    /** Primary commodity carried. */
    commodity: commoditySchema,
    routeKind: routeKindSchema,
    ...baseProperties,
  })
  .superRefine(requireConfidenceNotes);
export const seaRouteFeatureSchema = featureSchema(lineStringSchema, seaRoutePropertiesSchema);
export const seaRouteCollectionSchema = featureCollectionSchema(seaRouteFeatureSchema);
export type SeaRouteFeature = z.infer<typeof seaRouteFeatureSchema>;

// ---------------------------------------------------------------------------------------------------------------
// STS zones

/** The parameters an outline was generated from, so a test can regenerate and compare it. */
export const zoneOutlineSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('annulus-sector'),
    /** Centre the distances are measured from. */
    center: positionSchema,
    /** Place whose position `center` is, where it is one. */
    centerPlaceId: idSchema.optional(),
    /** 0 for a plain sector. */
    innerRadiusKm: z.number().nonnegative(),
    outerRadiusKm: z.number().positive(),
    /** Clockwise from north. */
    bearingStartDeg: z.number().min(-180).max(360),
    bearingEndDeg: z.number().min(-180).max(360),
  }),
  z.strictObject({
    method: z.literal('circle'),
    center: positionSchema,
    centerPlaceId: idSchema.optional(),
    radiusKm: z.number().positive(),
  }),
]);
export type ZoneOutline = z.infer<typeof zoneOutlineSchema>;

export const stsZonePropertiesSchema = z
  .strictObject({
    kind: z.literal('sts-zone'),
    countries: z.array(countryCodeSchema),
    outline: zoneOutlineSchema,
    /** Exactly how the outline was drawn from the stated distances/points. */
    outlineDerivation: z.string().min(1),
    ...baseProperties,
  })
  .superRefine(requireConfidenceNotes);
export const stsZoneFeatureSchema = featureSchema(polygonSchema, stsZonePropertiesSchema);
export const stsZoneCollectionSchema = featureCollectionSchema(stsZoneFeatureSchema);
export type StsZoneFeature = z.infer<typeof stsZoneFeatureSchema>;

// ---------------------------------------------------------------------------------------------------------------
// STS incidents

export const vesselSchema = z.strictObject({
  name: z.string().min(1),
  /** Flag as reported (ISO alpha-2), or left out where unknown. */
  flag: countryCodeSchema.optional(),
  imo: z.string().regex(/^\d{7}$/).optional(),
  role: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
export type Vessel = z.infer<typeof vesselSchema>;

/** How an incident's point was placed. */
export const PLACEMENT_METHODS = [
  'distance-bearing',
  'distance-only',
  'bearing-only',
  'area-only',
  'near-place',
] as const;
export const placementSchema = z.strictObject({
  method: z.enum(PLACEMENT_METHODS),
  /** Place id the stated distance/bearing is measured from, or the place it is near. */
  fromId: idSchema.optional(),
  /** Distance used (stated, or assumed where `distanceAssumed`). */
  distanceKm: z.number().positive().optional(),
  /** Bearing used, clockwise from north (stated, e.g. E = 90, or assumed where the note says so). */
  bearingDeg: z.number().min(0).max(360).optional(),
  /** True where the bearing was not published and was assumed to place the point. */
  bearingAssumed: z.boolean().optional(),
  /** True where the distance was not published and was assumed to place the point. */
  distanceAssumed: z.boolean().optional(),
});
export type Placement = z.infer<typeof placementSchema>;

export const stsIncidentPropertiesSchema = z
  .strictObject({
    kind: z.literal('sts-incident'),
    countries: z.array(countryCodeSchema),
    date: isoDateSchema,
    /** Last day where the report spans two days, e.g. "13–14 May 2019". */
    dateEnd: isoDateSchema.optional(),
    datePrecision: datePrecisionSchema,
    zoneId: idSchema,
    vessels: z.array(vesselSchema).min(1),
    counterpart: z.string().min(1).optional(),
    commodity: commoditySchema,
    /** The location exactly as the source describes it, e.g. "about 250 km E of Shanghai". */
    statedLocation: z.string().min(1),
    placement: placementSchema,
    positionDerivation: z.string().min(1),
    positionPrecision: geometryPrecisionSchema,
    ...baseProperties,
  })
  .superRefine(requireConfidenceNotes)
  .superRefine((p, ctx) => {
    if (p.positionPrecision !== p.geometryPrecision) {
      ctx.addIssue({
        code: 'custom',
        path: ['positionPrecision'],
        message: `differs from geometryPrecision ("${p.positionPrecision}" vs "${p.geometryPrecision}")`,
      });
    }
  });
export const stsIncidentFeatureSchema = featureSchema(pointSchema, stsIncidentPropertiesSchema);
export const stsIncidentCollectionSchema = featureCollectionSchema(stsIncidentFeatureSchema);
export type StsIncidentFeature = z.infer<typeof stsIncidentFeatureSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Flow anchors

export const flowAnchorPropertiesSchema = z
  .strictObject({
    kind: z.literal('flow-anchor'),
    country: countryCodeSchema,
    ...baseProperties,
    geometryPrecision: z.literal('schematic'),
  })
  .superRefine(requireConfidenceNotes);
export const flowAnchorFeatureSchema = featureSchema(pointSchema, flowAnchorPropertiesSchema);
export const flowAnchorCollectionSchema = featureCollectionSchema(flowAnchorFeatureSchema);
export type FlowAnchorFeature = z.infer<typeof flowAnchorFeatureSchema>;
