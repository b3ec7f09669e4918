import { z } from 'zod';
import { MAX_FIELD_CHARS, MAX_VALUES_PER_FIELD, type SanctionsList } from '@/geo/analysis/vessels';

// A sanctions list the user loaded and saved: the vessels it names and where it came from, exactly as the list
// parsers kept them (only vessels and what is linked to them). Parsed, never cast: a hand-edited row or body that
// does not fit is refused naming the field.

/** Largest body of `POST /api/sanctions-lists`: OpenSanctions' vessels with their owners fit (about 1 KB a vessel). */
export const MAX_SAVED_LIST_BODY_BYTES = 48 * 1024 * 1024;
/** Most vessel entries one saved list holds (the parsers refuse more in one file). */
export const MAX_SAVED_LIST_ENTRIES = 200_000;

export const SavedListIdSchema = z.uuid();

const field = z.string().max(MAX_FIELD_CHARS);
const values = z.array(field).max(MAX_VALUES_PER_FIELD);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');

const PartySchema = z.object({
  role: z.enum(['owner', 'operator', 'linked']),
  name: field.optional(),
  id: field.optional(),
  schema: field.optional(),
  note: field.optional(),
});

const DesignationSchema = z.object({ authority: field.optional(), programme: field.optional(), startDate: field.optional() });

export const SanctionsEntrySchema = z.object({
  listName: field,
  publisher: field,
  publicationDate: isoDate.optional(),
  entryId: field.min(1),
  names: values.min(1),
  imo: z.string().regex(/^\d{7}$/).optional(),
  invalidImo: field.optional(),
  mmsi: z.string().regex(/^\d{9}$/).optional(),
  callSign: field.optional(),
  flag: field.optional(),
  flagIso2: z.string().regex(/^[A-Z]{2}$/).optional(),
  otherFlags: values.optional(),
  vesselType: field.optional(),
  programmes: values,
  designations: z.array(DesignationSchema).max(MAX_VALUES_PER_FIELD).optional(),
  parties: z.array(PartySchema).max(MAX_VALUES_PER_FIELD),
  remarks: field.optional(),
  topics: values.optional(),
  datasets: values.optional(),
  firstSeen: field.optional(),
  lastSeen: field.optional(),
});

const LAYOUTS = ['ofac-sdn-xml', 'ofac-sdn-csv', 'ofac-alt-csv', 'ofac-add-csv', 'ofac-comments-csv', 'opensanctions-ftm'] as const;

export const SanctionsListSchema = z.object({
  listName: z.string().min(1).max(200),
  publisher: z.string().min(1).max(200),
  publicationDate: isoDate.optional(),
  layouts: z.array(z.enum(LAYOUTS)).min(1).max(8),
  fileNames: z.array(z.string().min(1).max(255)).min(1).max(8),
  entries: z.array(SanctionsEntrySchema).min(1).max(MAX_SAVED_LIST_ENTRIES),
  recordsRead: z.int().min(0),
  skipped: z.record(z.string().max(40), z.int().min(0)),
}) satisfies z.ZodType<SanctionsList>;

/** Body of `POST /api/sanctions-lists`. */
export const SavedListInputSchema = z.object({ list: SanctionsListSchema });

/** A saved list, as `GET /api/sanctions-lists/:id` returns it. */
export const SavedListSchema = z.object({
  id: SavedListIdSchema,
  createdAt: z.iso.datetime(),
  /** Who saved it: the signed-in name on a team server, "local" on a single-user one. */
  savedBy: z.string().min(1).max(200),
  list: SanctionsListSchema,
});

/** One row of `GET /api/sanctions-lists`. */
export const SavedListSummarySchema = z.object({
  id: SavedListIdSchema,
  listName: z.string(),
  publisher: z.string(),
  publicationDate: z.string().nullable(),
  entryCount: z.int().min(0),
  fileNames: z.array(z.string()),
  createdAt: z.iso.datetime(),
  savedBy: z.string(),
});

export const SavedListListSchema = z.object({ lists: z.array(SavedListSummarySchema), total: z.int().min(0) });

export type SavedListInput = z.infer<typeof SavedListInputSchema>;
export type SavedList = z.infer<typeof SavedListSchema>;
export type SavedListSummary = z.infer<typeof SavedListSummarySchema>;
export type SavedListList = z.infer<typeof SavedListListSchema>;
