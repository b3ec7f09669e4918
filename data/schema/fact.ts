import { z } from 'zod';
import { confidenceSchema } from './confidence';
import { isoDateSchema, requireNoteForConfidence, sourceIdsSchema } from './common';

/**
 * One sourced statement about a feature, e.g. `{ label: 'Length', value: '54 km', valueNumber: 54, unit: 'km' }`.
 * `key` is an optional machine name for facts the app looks up (e.g. `lengthKm`).
 */
export const factSchema = z
  .strictObject({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/).optional(),
    label: z.string().min(1),
    value: z.string().min(1),
    valueNumber: z.number().finite().optional(),
    unit: z.string().min(1).optional(),
    /** When the fact happened or applied, where it is one dated occurrence (a port call, a count on a day). */
    date: isoDateSchema.optional(),
    /** Last day where it spans days. */
    dateEnd: isoDateSchema.optional(),
    sourceIds: sourceIdsSchema,
    confidence: confidenceSchema,
    note: z.string().min(1).optional(),
  })
  .superRefine((fact, ctx) => {
    requireNoteForConfidence(fact, ctx);
    if (fact.dateEnd !== undefined && fact.date === undefined) {
      ctx.addIssue({ code: 'custom', path: ['dateEnd'], message: 'a fact with dateEnd needs a date' });
    }
    if (fact.valueNumber !== undefined && fact.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a fact with valueNumber needs a unit' });
    }
  });
export type Fact = z.infer<typeof factSchema>;
