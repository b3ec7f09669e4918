import { z } from 'zod';
import { BriefingIdSchema, MAX_TITLE_CHARS, SlidesSchema } from './briefing-schema';
import type { BriefingDraft } from './slide-ops';

/**
 * An unsaved briefing as the browser keeps it (IndexedDB) between a change and the next save, so that a reload,
 * a crash or a closed tab loses nothing. One record per page load (`pageId`), so that a reloaded page finds the
 * record of the page before it instead of overwriting it.
 */
export interface DraftRecord {
  format: typeof DRAFT_FORMAT;
  pageId: string;
  /** When the record was last written (ms since 1970): what the restore question names. */
  savedAtMs: number;
  draft: BriefingDraft;
}

export const DRAFT_FORMAT = 'route-atlas-draft-1';

const DraftRecordSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  pageId: z.string().min(1).max(100),
  savedAtMs: z.number().finite().nonnegative(),
  draft: z.object({
    // A draft's title may still be empty; saving asks for one.
    title: z.string().max(MAX_TITLE_CHARS),
    slides: SlidesSchema,
    saved: z.object({ id: BriefingIdSchema, version: z.int().min(1) }).optional(),
  }),
});

/** A stored record, checked: a damaged or foreign entry is null (and never reaches the editor). */
export function parseDraftRecord(value: unknown): DraftRecord | null {
  const parsed = DraftRecordSchema.safeParse(value);
  if (!parsed.success) return null;
  const { draft, ...rest } = parsed.data;
  return { ...rest, draft: draft.saved ? { title: draft.title, slides: draft.slides, saved: draft.saved } : { title: draft.title, slides: draft.slides } };
}

export function draftRecord(pageId: string, draft: BriefingDraft, savedAtMs: number): DraftRecord {
  const copy: BriefingDraft = draft.saved ? { title: draft.title, slides: draft.slides, saved: draft.saved } : { title: draft.title, slides: draft.slides };
  return { format: DRAFT_FORMAT, pageId, savedAtMs, draft: copy };
}

const sameContent = (a: BriefingDraft, b: BriefingDraft) =>
  JSON.stringify([a.title, a.slides, a.saved ?? null]) === JSON.stringify([b.title, b.slides, b.saved ?? null]);

/**
 * The records to offer back, newest first: those of pages that are gone (reloaded, crashed, closed), not those a
 * live page is still editing, and not one identical to what is open already.
 */
export function draftsToOffer(records: readonly DraftRecord[], livePageIds: ReadonlySet<string>, open: BriefingDraft): DraftRecord[] {
  return records
    .filter((r) => !livePageIds.has(r.pageId) && !sameContent(r.draft, open))
    .sort((a, b) => b.savedAtMs - a.savedAtMs);
}
