import { z } from 'zod';

/**
 * How sure the dataset is of a figure, a claim or a feature's involvement.
 * - `reported`: stated by an official or first-hand source (government, UN, customs, wire report).
 * - `estimated`: derived or approximate; the accompanying note says how it was derived.
 * - `alleged`: single-source or denied by the party concerned.
 * - `unverified`: no archived source was found for the value (fact sheet "verified: no").
 * - `disputed`: contradicted by better evidence.
 */
export const CONFIDENCE_LEVELS = ['reported', 'estimated', 'alleged', 'unverified', 'disputed'] as const;

export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof confidenceSchema>;

/** Human labels for the confidence levels, for legends and tooltips. */
export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  reported: 'Reported',
  estimated: 'Estimated',
  alleged: 'Alleged',
  unverified: 'Unverified',
  disputed: 'Disputed',
};

/** One-line explanations of the confidence levels, for a legend. */
export const CONFIDENCE_DESCRIPTIONS: Readonly<Record<Confidence, string>> = {
  reported: 'Stated by an official or first-hand source',
  estimated: 'Derived or approximate; the note says how',
  alleged: 'Single source, or denied by the party concerned',
  unverified: 'No source found that states it; shown with the reason',
  disputed: 'Contradicted by better evidence',
};

/**
 * Confidence levels that must carry a note saying why (how a value was derived, why it is unverified,
 * what contradicts it). Enforced by the schemas.
 */
export const CONFIDENCE_NEEDING_NOTE: ReadonlySet<Confidence> = new Set<Confidence>([
  'estimated',
  'alleged',
  'unverified',
  'disputed',
]);

/**
 * How faithfully a geometry follows the real thing.
 * - `surveyed`: coordinates stated by a source for the thing itself.
 * - `approximate`: a nearby or proxy point (town for its port), or derived from a stated distance and bearing.
 * - `schematic`: drawn to show a connection or an area, not a position; the geometry note says how.
 */
export const GEOMETRY_PRECISIONS = ['surveyed', 'approximate', 'schematic'] as const;

export const geometryPrecisionSchema = z.enum(GEOMETRY_PRECISIONS);
export type GeometryPrecision = z.infer<typeof geometryPrecisionSchema>;

/** Human labels for the geometry precisions. */
export const GEOMETRY_PRECISION_LABELS: Readonly<Record<GeometryPrecision, string>> = {
  surveyed: 'Surveyed position',
  approximate: 'Approximate position',
  schematic: 'Schematic (not a position)',
};
