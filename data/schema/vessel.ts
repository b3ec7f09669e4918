import { z } from 'zod';
import { isValidImoNumber } from '../imo-number';
import { confidenceSchema } from './confidence';
import { countryCodeSchema, idSchema, isoDateSchema, requireNoteForConfidence, sourceIdsSchema } from './common';
import { factSchema } from './fact';

/**
 * Vessel records: one per ship the data names. Every field carries its own sources and confidence, because a ship's
 * identity is assembled from many reports (a Japanese notification gives the IMO number, a Treasury release the
 * owner, a UN press release the designation). A field no source states is left out, never guessed.
 */

const sourced = {
  sourceIds: sourceIdsSchema,
  confidence: confidenceSchema,
  /** Why the confidence is what it is (required unless `reported`), or what else a reader should know. */
  note: z.string().min(1).optional(),
};

/** When a name, flag or operator applied, where a source dates it; either end may be open. */
const span = {
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};

const withNote = <T extends { confidence: z.infer<typeof confidenceSchema>; note?: string | undefined }>(v: T, ctx: z.RefinementCtx) =>
  requireNoteForConfidence(v, ctx);

/** A name the ship bore or was reported under, including disguises ("Song Hae", "Chong Du San"). */
export const vesselNameSchema = z.strictObject({ name: z.string().min(1), ...span, ...sourced }).superRefine(withNote);
export type VesselName = z.infer<typeof vesselNameSchema>;

/** Seven digits whose last is the IMO check digit; a wrong number fails `data:check` naming the vessel record. */
export const imoNumberSchema = z
  .string()
  .regex(/^\d{7}$/, 'an IMO number is seven digits')
  .refine(isValidImoNumber, 'fails the IMO check digit (weights 7–2 on the first six digits)');

export const vesselImoSchema = z.strictObject({ value: imoNumberSchema, ...sourced }).superRefine(withNote);
export const vesselMmsiSchema = z
  .strictObject({ value: z.string().regex(/^\d{9}$/, 'an MMSI is nine digits'), ...sourced })
  .superRefine(withNote);
export const vesselCallSignSchema = z
  .strictObject({ value: z.string().regex(/^[A-Z0-9]{3,9}$/, 'a call sign is 3–9 capital letters or digits'), ...sourced })
  .superRefine(withNote);

/** A flag the ship flew. A false flag (a registry that denies the ship) is kept with confidence `disputed`. */
export const vesselFlagSchema = z.strictObject({ country: countryCodeSchema, ...span, ...sourced }).superRefine(withNote);
export type VesselFlag = z.infer<typeof vesselFlagSchema>;

/** What kind of ship, in the words of the source: "tanker", "ro-ro cargo ship", "bulk carrier". */
export const vesselTypeSchema = z.strictObject({ value: z.string().min(1), ...sourced }).superRefine(withNote);

export const DESIGNATION_AUTHORITIES = [
  'UN Security Council',
  'UN 1718 Committee',
  'US OFAC',
  'US State Department',
  /** A US listing where the source does not name the agency. */
  'US Government',
  'EU',
  'UK',
  'Japan',
  'ROK',
  'Ukraine',
] as const;
export const designationAuthoritySchema = z.enum(DESIGNATION_AUTHORITIES);
export type DesignationAuthority = z.infer<typeof designationAuthoritySchema>;

/** One listing of the ship by one authority, only where a source states it. */
export const designationSchema = z
  .strictObject({
    authority: designationAuthoritySchema,
    date: isoDateSchema.optional(),
    /** The sanctions programme or legal basis, e.g. "DPRK (UNSCR 1718)", "Russia-related (EO 14024)". */
    programme: z.string().min(1).optional(),
    /** Press release or document symbol, e.g. "SC/13273", "S/RES/2270 (2016) annex III". */
    reference: z.string().min(1).optional(),
    /** What the listing does, as stated: "assets freeze and port-entry ban", "port-entry ban". */
    measures: z.string().min(1).optional(),
    ...sourced,
  })
  .superRefine(withNote);
export type Designation = z.infer<typeof designationSchema>;

/** An owner, operator or manager, in the role a source gives. */
export const vesselOperatorSchema = z
  .strictObject({
    name: z.string().min(1),
    /** "registered owner", "owner", "operator", "technical manager", "DOC holder", "charterer"… */
    role: z.string().min(1),
    ...span,
    ...sourced,
  })
  .superRefine(withNote);
export type VesselOperator = z.infer<typeof vesselOperatorSchema>;

/**
 * One ship. `names[0]` is the name the atlas shows; the others are earlier names and disguises. `facts` hold the
 * other sourced particulars (tonnage, year built, length). `sourceIds`/`confidence` are for the record as a whole:
 * that this ship exists and is involved as the data describe.
 */
export const vesselRecordSchema = z
  .strictObject({
    id: idSchema.regex(/^vessel-/, 'a vessel id starts with "vessel-"'),
    names: z.array(vesselNameSchema).min(1, 'a vessel record needs at least one name'),
    imo: vesselImoSchema.optional(),
    mmsi: vesselMmsiSchema.optional(),
    callSign: vesselCallSignSchema.optional(),
    flags: z.array(vesselFlagSchema),
    type: vesselTypeSchema.optional(),
    designations: z.array(designationSchema),
    operators: z.array(vesselOperatorSchema).optional(),
    facts: z.array(factSchema).optional(),
    description: z.string().min(1).optional(),
    ...sourced,
    /**
     * Why the record exists though no incident, route or timeline event refers to it. A record nothing refers to
     * and nothing justifies fails `data:check`.
     */
    unreferencedReason: z.string().min(1).optional(),
  })
  .superRefine(withNote);
export type VesselRecord = z.infer<typeof vesselRecordSchema>;

export const vesselsFileSchema = z.array(vesselRecordSchema);
