import { z } from 'zod';
import { commoditySchema } from './commodity';
import { countryCodeSchema, idSchema, positionSchema } from './common';
import {
  baseProperties,
  featureCollectionSchema,
  featureSchema,
  lineStringSchema,
  pointSchema,
  polygonSchema,
  requireConfidenceNotes,
} from './feature-base';

export * from './sts-incident';

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

/** `shuttle`: repeated runs of named ships between two ports (the 2023–2025 Rajin–Dunai/Vostochny ro-ro runs). */
export const ROUTE_KINDS = ['ferry', 'coal-transshipment', 'fuel-run', 'approach', 'shuttle'] as const;
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
    /** Vessel records of the ships the route's sources name as sailing it, where any are named. */
    vesselIds: z.array(idSchema).optional(),
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
