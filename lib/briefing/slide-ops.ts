import {
  BriefingInputSchema,
  MAX_ANNOTATION_TEXT_CHARS,
  MAX_ANNOTATIONS_PER_SLIDE,
  MAX_BRIEFING_BODY_BYTES,
  MAX_NOTES_CHARS,
  MAX_QUERY_CHARS,
  MAX_SLIDES,
  MAX_TITLE_CHARS,
  type Annotation,
  type Briefing,
  type BriefingInput,
  type Slide,
} from './briefing-schema';
import { parseWithMessage, type ParseResult } from '../zod-message';
import { utf8ByteLength } from '@/lib/utf8-byte-length';

/**
 * The briefing open in the dashboard: what the user edits. `saved` is the server copy it was read from or last
 * written as; an unsaved (new or imported) draft has none.
 */
export interface BriefingDraft {
  title: string;
  slides: Slide[];
  saved?: { id: string; version: number };
}

export type OpResult = ParseResult<BriefingDraft>;

/** Makes a new unique id. Injected in tests; the default works in insecure contexts too (see {@link newItemId}). */
export type IdFactory = () => string;

/**
 * A random UUID for a slide or an annotation. `crypto.randomUUID` only exists in secure contexts (https, localhost),
 * and a colleague may open the app over plain http on a LAN address; `getRandomValues` exists everywhere.
 */
export function newItemId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An empty, unsaved briefing. */
export function emptyDraft(title = ''): BriefingDraft {
  return { title, slides: [] };
}

/** The editable copy of a briefing read from the server. */
export function draftFromBriefing(briefing: Briefing): BriefingDraft {
  return { title: briefing.title, slides: briefing.slides, saved: { id: briefing.id, version: briefing.version } };
}

/** The editable copy of an imported briefing: unsaved, since the file's briefing is not on this server. */
export function draftFromInput(input: BriefingInput): BriefingDraft {
  return { title: input.title, slides: input.slides };
}

const ok = (value: BriefingDraft): OpResult => ({ ok: true, value });
const fail = (message: string): OpResult => ({ ok: false, message });

function checkTitle(title: string, what: string): string | null {
  if (title.length > MAX_TITLE_CHARS) return `The ${what} is too long (at most ${MAX_TITLE_CHARS} characters).`;
  return null;
}

function checkNotes(notes: string): string | null {
  return notes.length > MAX_NOTES_CHARS ? `The speaker notes are too long (at most ${MAX_NOTES_CHARS} characters).` : null;
}

function checkQuery(query: string): string | null {
  return query.length > MAX_QUERY_CHARS ? `This view is too complex to store in a slide (its link is over ${MAX_QUERY_CHARS} characters).` : null;
}

function withSlide(draft: BriefingDraft, slideId: string, change: (slide: Slide) => Slide | string): OpResult {
  const index = draft.slides.findIndex((s) => s.id === slideId);
  if (index < 0) return fail('That slide is no longer in the briefing.');
  const changed = change(draft.slides[index]!);
  if (typeof changed === 'string') return fail(changed);
  const slides = draft.slides.slice();
  slides[index] = changed;
  return ok({ ...draft, slides });
}

/** Sets the briefing's title as typed (saving trims it). An empty title is allowed while editing; saving asks for one. */
export function renameBriefing(draft: BriefingDraft, title: string): OpResult {
  const error = checkTitle(title, 'briefing title');
  return error ? fail(error) : ok({ ...draft, title });
}

export interface NewSlide {
  /** The serialized dashboard state of the view the slide shows. */
  query: string;
  /** Trimmed; an empty title becomes "Slide N". */
  title: string;
  notes: string;
}

/** Appends a slide showing `query`, with a fresh id and no annotations. */
export function addSlide(draft: BriefingDraft, slide: NewSlide, newId: IdFactory = newItemId): OpResult {
  if (draft.slides.length >= MAX_SLIDES) return fail(`A briefing holds at most ${MAX_SLIDES} slides.`);
  const title = slide.title.trim() || `Slide ${draft.slides.length + 1}`;
  const error = checkTitle(title, 'slide title') ?? checkNotes(slide.notes) ?? checkQuery(slide.query);
  if (error) return fail(error);
  return ok({ ...draft, slides: [...draft.slides, { id: newId(), title, notes: slide.notes, query: slide.query, annotations: [] }] });
}

/** Renames a slide; the title is trimmed and may not be empty. */
export function renameSlide(draft: BriefingDraft, slideId: string, title: string): OpResult {
  const trimmed = title.trim();
  if (trimmed === '') return fail('A slide needs a title.');
  return withSlide(draft, slideId, (slide) => checkTitle(trimmed, 'slide title') ?? { ...slide, title: trimmed });
}

/** Replaces a slide's speaker notes. */
export function setSlideNotes(draft: BriefingDraft, slideId: string, notes: string): OpResult {
  return withSlide(draft, slideId, (slide) => checkNotes(notes) ?? { ...slide, notes });
}

/** Moves a slide one place earlier (`-1`) or later (`1`); a move past either end leaves the order as it is. */
export function moveSlide(draft: BriefingDraft, slideId: string, step: -1 | 1): OpResult {
  const index = draft.slides.findIndex((s) => s.id === slideId);
  if (index < 0) return fail('That slide is no longer in the briefing.');
  const target = index + step;
  if (target < 0 || target >= draft.slides.length) return ok(draft);
  const slides = draft.slides.slice();
  [slides[index], slides[target]] = [slides[target]!, slides[index]!];
  return ok({ ...draft, slides });
}

/** Makes a slide show `query` (the current view) instead; title, notes and annotations stay. */
export function updateSlideQuery(draft: BriefingDraft, slideId: string, query: string): OpResult {
  return withSlide(draft, slideId, (slide) => checkQuery(query) ?? { ...slide, query });
}

/** Removes a slide. */
export function deleteSlide(draft: BriefingDraft, slideId: string): OpResult {
  if (!draft.slides.some((s) => s.id === slideId)) return fail('That slide is no longer in the briefing.');
  return ok({ ...draft, slides: draft.slides.filter((s) => s.id !== slideId) });
}

/** Longitude in [-180, 180]: a click on a repeated world copy reports e.g. 490°. */
export function wrapLongitude(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

export interface NewAnnotation {
  /** Trimmed; may not be empty. */
  text: string;
  /** Degrees; wrapped into [-180, 180]. */
  lon: number;
  /** Degrees, within [-90, 90]. */
  lat: number;
}

/** Pins a short text to a map position on one slide. */
export function addAnnotation(
  draft: BriefingDraft,
  slideId: string,
  annotation: NewAnnotation,
  newId: IdFactory = newItemId,
): OpResult {
  const text = annotation.text.trim();
  if (text === '') return fail('An annotation needs some text.');
  if (text.length > MAX_ANNOTATION_TEXT_CHARS) {
    return fail(`The annotation is too long (at most ${MAX_ANNOTATION_TEXT_CHARS} characters).`);
  }
  if (!Number.isFinite(annotation.lon) || !Number.isFinite(annotation.lat) || Math.abs(annotation.lat) > 90) {
    return fail('That point is not on the map.');
  }
  const pinned: Annotation = { id: newId(), text, lon: wrapLongitude(annotation.lon), lat: annotation.lat };
  return withSlide(draft, slideId, (slide) =>
    slide.annotations.length >= MAX_ANNOTATIONS_PER_SLIDE
      ? `A slide holds at most ${MAX_ANNOTATIONS_PER_SLIDE} annotations.`
      : { ...slide, annotations: [...slide.annotations, pinned] },
  );
}

/** Removes one annotation from a slide. */
export function removeAnnotation(draft: BriefingDraft, slideId: string, annotationId: string): OpResult {
  return withSlide(draft, slideId, (slide) => ({ ...slide, annotations: slide.annotations.filter((a) => a.id !== annotationId) }));
}

/**
 * The body to save (`{ title, slides }`), validated as the server will validate it and checked against the API's
 * body-size limit, so that the user gets the reason before a request is made.
 */
export function draftForSave(draft: BriefingDraft): ParseResult<BriefingInput> {
  const title = draft.title.trim();
  if (title === '') return { ok: false, message: 'Give the briefing a title before saving it.' };
  const parsed = parseWithMessage(BriefingInputSchema, { title, slides: draft.slides });
  if (!parsed.ok) return { ok: false, message: `The briefing cannot be saved: ${parsed.message}.` };
  // The update body adds `"version":N`; leave room for it.
  if (utf8ByteLength(JSON.stringify(parsed.value)) + 32 > MAX_BRIEFING_BODY_BYTES) {
    return {
      ok: false,
      message: `The briefing is too large to save (the limit is ${MAX_BRIEFING_BODY_BYTES / (1024 * 1024)} MB); shorten the notes or split it.`,
    };
  }
  return parsed;
}

/** The same title and slides: used to tell whether a draft has changes that are not saved. */
export function sameContent(a: Pick<BriefingDraft, 'title' | 'slides'>, b: Pick<BriefingDraft, 'title' | 'slides'>): boolean {
  return a.title === b.title && JSON.stringify(a.slides) === JSON.stringify(b.slides);
}
