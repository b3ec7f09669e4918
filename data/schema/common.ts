import { z } from 'zod';
import { CONFIDENCE_NEEDING_NOTE, type Confidence } from './confidence';

/** Stable kebab-case identifier, e.g. `port-rajin`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)');

/** One or more bibliography ids; an empty list is never allowed. */
export const sourceIdsSchema = z.array(idSchema).min(1, 'at least one source id is required');

/** ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** ISO date at year, month or day precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const datePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** Open-ended period; either end may be left out where the sources leave it open. */
export const periodSchema = z.strictObject({
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
});
export type Period = z.infer<typeof periodSchema>;

/** Names: English always, native names only where the source gives them. */
export const nameSchema = z.strictObject({
  en: z.string().min(1),
  ru: z.string().min(1).optional(),
  ko: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
});
export type Name = z.infer<typeof nameSchema>;

/** Longitude, latitude in WGS84 decimal degrees. */
export const positionSchema = z.tuple([
  z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180'),
  z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90'),
]);
export type LonLat = z.infer<typeof positionSchema>;

/**
 * Adds an issue at `path` when a value's confidence is anything but `reported` and no note says why.
 * Used by every schema that carries a confidence.
 */
export function requireNoteForConfidence(
  value: { confidence: Confidence; note?: string | undefined },
  ctx: z.RefinementCtx,
  path: (string | number)[] = ['note'],
): void {
  if (CONFIDENCE_NEEDING_NOTE.has(value.confidence) && !value.note?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `confidence "${value.confidence}" needs a note saying why (derivation, reason unverified, or contrary evidence)`,
    });
  }
}
