import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/** What kind of publisher a source is. The product always cites the original publisher, never a mirror. */
export const SOURCE_KINDS = [
  'un-document',
  'government',
  'wire',
  'newspaper',
  'think-tank',
  'reference',
  'seed-article',
  'ngo',
  'company',
] as const;

export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/**
 * One bibliography entry. `title` is the headline where it is known; where the headline was not recorded the
 * title is a bracketed description, e.g. "[Report on 2013 DPRK trade (headline not recorded)]".
 */
export const sourceSchema = z.strictObject({
  id: idSchema,
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: isoDateSchema.optional(),
  author: z.string().min(1).optional(),
  url: z.url().optional(),
  kind: sourceKindSchema,
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.array(sourceSchema);
