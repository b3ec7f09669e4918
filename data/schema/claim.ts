import { z } from 'zod';
import { idSchema, sourceIdsSchema } from './common';

export const CLAIM_STATUSES = ['corroborated', 'disputed', 'unverified'] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

/** Human labels for claim statuses. */
export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  corroborated: 'Corroborated',
  disputed: 'Disputed',
  unverified: 'Unverified',
};

/**
 * One claim from a seed article, with the evidence for or against it. A disputed claim is shown with its
 * contrary evidence and both sources; the product never repeats it as fact.
 */
export const claimSchema = z.strictObject({
  id: idSchema,
  /** Bibliography id of the seed article (kind `seed-article`). */
  seedSourceId: idSchema,
  /** The claim, quoted (in quotation marks) or closely paraphrased. */
  claim: z.string().min(1),
  status: claimStatusSchema,
  /** What the sources show, in a sentence or two. */
  evidence: z.string().min(1),
  /** Sources for the evidence (not the seed itself). */
  sourceIds: sourceIdsSchema,
  featureIds: z.array(idSchema).optional(),
});
export type Claim = z.infer<typeof claimSchema>;

export const claimsFileSchema = z.array(claimSchema);
