import { z } from 'zod';
import { commoditySchema } from './commodity';
import { geometryPrecisionSchema } from './confidence';
import { countryCodeSchema, datePrecisionSchema, idSchema, isoDateSchema } from './common';
import { baseProperties, featureCollectionSchema, featureSchema, pointSchema, requireConfidenceNotes } from './feature-base';

// ---------------------------------------------------------------------------------------------------------------
// STS incidents

/**
 * A ship as an incident's source names it. Identity (flag, IMO number, designations) lives in the vessel record
 * `vesselId` points to, with its own sources; a ship the source does not identify ("a small vessel of unknown
 * nationality") is `unidentified` and has no record.
 */
export const incidentVesselSchema = z
  .strictObject({
    /** The name or marking exactly as the incident's source gives it. */
    name: z.string().min(1),
    /** Id of the vessel record (`data/vessels.json`). */
    vesselId: idSchema.optional(),
    /** True where the source does not identify the ship; then there is no record to point to. */
    unidentified: z.literal(true).optional(),
    role: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.vesselId === undefined) === (v.unidentified === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['vesselId'],
        message: 'a vessel needs either a vesselId (a record in data/vessels.json) or unidentified: true, not both',
      });
    }
  });
export type IncidentVessel = z.infer<typeof incidentVesselSchema>;

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
    vessels: z.array(incidentVesselSchema).min(1),
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

