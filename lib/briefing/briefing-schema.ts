import { z } from 'zod';
import { parseWithMessage, type ParseResult } from '../zod-message';
import { utf8ByteLength } from '@/lib/utf8-byte-length';

export type { ParseResult } from '../zod-message';

// Lengths are counted in UTF-16 code units (JavaScript's `string.length`), the same unit as an HTML
// `maxLength` attribute, so a field the UI accepted is never refused here.
export const MAX_TITLE_CHARS = 200;
export const MAX_NOTES_CHARS = 5000;
export const MAX_QUERY_CHARS = 4000;
export const MAX_ANNOTATION_TEXT_CHARS = 280;
export const MAX_ANNOTATIONS_PER_SLIDE = 50;
export const MAX_SLIDES = 100;
export const MAX_ITEM_ID_CHARS = 100;

/** Identifies a briefing export file; anything else is refused on import. */
export const BRIEFING_FILE_FORMAT = 'route-atlas-briefing';
/** The export format this build writes and reads. */
export const BRIEFING_FILE_FORMAT_VERSION = 1;
/** Largest briefing file accepted on import, in bytes (2 MiB). */
export const MAX_BRIEFING_FILE_BYTES = 2 * 1024 * 1024;
/**
 * Largest request body the briefings API accepts, in UTF-8 bytes (1 MiB). The field limits above multiply to more
 * than this (100 slides of 5,000-character notes), so a client should check `JSON.stringify(body)` before saving.
 */
export const MAX_BRIEFING_BODY_BYTES = 1024 * 1024;

const itemIdSchema = z.string().min(1).max(MAX_ITEM_ID_CHARS);

/** Server-assigned briefing id: a UUID from `crypto.randomUUID()`. */
export const BriefingIdSchema = z.uuid();

export const AnnotationSchema = z.object({
  id: itemIdSchema,
  text: z.string().min(1).max(MAX_ANNOTATION_TEXT_CHARS),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

export const SlideSchema = z.object({
  id: itemIdSchema,
  title: z.string().min(1).max(MAX_TITLE_CHARS),
  notes: z.string().max(MAX_NOTES_CHARS),
  /** The dashboard state as a URL query string; parsed by `lib/dashboard-state.ts`, opaque here. */
  query: z.string().max(MAX_QUERY_CHARS),
  annotations: z
    .array(AnnotationSchema)
    .max(MAX_ANNOTATIONS_PER_SLIDE)
    .superRefine((annotations, ctx) => reportDuplicateIds(annotations, 'annotation', ctx)),
});

/** The slides of one briefing, in presentation order; slide ids are unique within it. */
export const SlidesSchema = z
  .array(SlideSchema)
  .max(MAX_SLIDES)
  .superRefine((slides, ctx) => reportDuplicateIds(slides, 'slide', ctx));

const briefingTitleSchema = z.string().min(1).max(MAX_TITLE_CHARS);

export const BriefingSchema = z.object({
  id: BriefingIdSchema,
  title: briefingTitleSchema,
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Who saved this version: the name given at sign-in, or "local" on a server without sign-in. */
  savedBy: z.string().min(1).max(200),
  slides: SlidesSchema,
});

/** Body of `POST /api/briefings`. */
export const BriefingInputSchema = z.object({
  title: briefingTitleSchema,
  slides: SlidesSchema,
});

/** Body of `PUT /api/briefings/:id`; `version` is the version the client last read. */
export const BriefingUpdateSchema = z.object({
  title: briefingTitleSchema,
  slides: SlidesSchema,
  version: z.int().min(1),
});

/** One row of `GET /api/briefings`. */
export const BriefingSummarySchema = z.object({
  id: BriefingIdSchema,
  title: briefingTitleSchema,
  version: z.int().min(1),
  updatedAt: z.iso.datetime(),
  savedBy: z.string().min(1).max(200),
  slideCount: z.int().min(0),
});

/** Body of `GET /api/briefings`: the page of summaries, newest first, and how many briefings exist. */
export const BriefingListSchema = z.object({
  briefings: z.array(BriefingSummarySchema),
  total: z.int().min(0),
});

export const BriefingFileSchema = z.object({
  format: z.literal(BRIEFING_FILE_FORMAT),
  formatVersion: z.literal(BRIEFING_FILE_FORMAT_VERSION),
  // A colleague's tool may write a local offset; accept it, this field is informational.
  exportedAt: z.iso.datetime({ offset: true }),
  briefing: BriefingInputSchema,
});

export type Annotation = z.infer<typeof AnnotationSchema>;
export type Slide = z.infer<typeof SlideSchema>;
export type Briefing = z.infer<typeof BriefingSchema>;
export type BriefingInput = z.infer<typeof BriefingInputSchema>;
export type BriefingUpdate = z.infer<typeof BriefingUpdateSchema>;
export type BriefingSummary = z.infer<typeof BriefingSummarySchema>;
export type BriefingList = z.infer<typeof BriefingListSchema>;
export type BriefingFile = z.infer<typeof BriefingFileSchema>;


function reportDuplicateIds(items: readonly { id: string }[], noun: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate ${noun} id "${item.id}"` });
    }
    seen.add(item.id);
  });
}

const NOT_UTF8 = 'not a UTF-8 text file';
const FILE_TOO_LARGE = `file too large (the limit is ${MAX_BRIEFING_FILE_BYTES / (1024 * 1024)} MB)`;
// C0 controls other than tab, line feed and carriage return never appear in a JSON text outside escapes.
const BINARY_CHARS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f]/;

function decodeFileBytes(bytes: Uint8Array): ParseResult<string> {
  if (bytes.byteLength > MAX_BRIEFING_FILE_BYTES) return { ok: false, message: FILE_TOO_LARGE };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: `${NOT_UTF8} (it is UTF-16; save it as UTF-8)` };
  }
  if (bytes.includes(0)) return { ok: false, message: `${NOT_UTF8} (it contains NUL bytes: binary data or UTF-16)` };
  try {
    // fatal: an invalid byte sequence is refused instead of being replaced; the UTF-8 BOM is dropped.
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `${NOT_UTF8} (it contains bytes that are not UTF-8)` };
  }
}

function checkFileText(raw: string): ParseResult<string> {
  // text.length <= bytes <= 3 * text.length, so the exact count is only needed near the limit.
  if (raw.length > MAX_BRIEFING_FILE_BYTES) return { ok: false, message: FILE_TOO_LARGE };
  if (raw.length * 3 > MAX_BRIEFING_FILE_BYTES && utf8ByteLength(raw) > MAX_BRIEFING_FILE_BYTES) {
    return { ok: false, message: FILE_TOO_LARGE };
  }
  const text = raw.startsWith('\ufeff') ? raw.slice(1) : raw;
  // A UTF-16 byte-order mark read as UTF-8 becomes two U+FFFD; read as Latin-1 it becomes "ÿþ" or "þÿ".
  if (/^(\ufffd\ufffd|\ufffe|\u00ff\u00fe|\u00fe\u00ff)/.test(text)) {
    return { ok: false, message: `${NOT_UTF8} (it is UTF-16; save it as UTF-8)` };
  }
  if (text.includes('\u0000')) return { ok: false, message: `${NOT_UTF8} (it contains NUL bytes: binary data or UTF-16)` };
  return { ok: true, value: text };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quoteShort(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Reads a briefing export file. Never throws: every refusal comes back as `{ ok: false, message }` with a short,
 * lower-case reason that names the problem or the field (`briefing.slides[2].title: too long (at most 200
 * characters)`), for the UI to show after its own "Could not import <file>:". Pass the file's bytes
 * (`new Uint8Array(await file.arrayBuffer())`) when you have them: encoding problems are then detected exactly.
 * Text (as from `file.text()`) is also accepted. Titles, notes and annotation text are returned unchanged.
 */
export function parseBriefingFile(input: string | Uint8Array): ParseResult<BriefingFile> {
  const decoded = typeof input === 'string' ? { ok: true as const, value: input } : decodeFileBytes(input);
  if (!decoded.ok) return decoded;
  const checked = checkFileText(decoded.value);
  if (!checked.ok) return checked;
  const text = checked.value;
  if (text.trim() === '') return { ok: false, message: 'the file is empty' };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Binary data decoded as text fails here too; say so instead of blaming the JSON.
    if (text.includes('\ufffd') || BINARY_CHARS.test(text)) {
      return { ok: false, message: `${NOT_UTF8} (it looks like binary data)` };
    }
    const detail = error instanceof Error ? `: ${error.message.slice(0, 160)}` : '';
    return { ok: false, message: `not valid JSON; the file may be truncated or damaged${detail}` };
  }

  if (!isPlainObject(data)) return { ok: false, message: 'not a Route Atlas briefing file (expected a JSON object)' };
  if (data.format !== BRIEFING_FILE_FORMAT) {
    return {
      ok: false,
      message:
        data.format === undefined
          ? 'not a Route Atlas briefing file (no "format" field)'
          : `not a Route Atlas briefing file (format is ${quoteShort(data.format)})`,
    };
  }
  if (data.formatVersion !== BRIEFING_FILE_FORMAT_VERSION) {
    const found = data.formatVersion;
    if (typeof found === 'number' && Number.isInteger(found) && found > BRIEFING_FILE_FORMAT_VERSION) {
      return {
        ok: false,
        message: `made by a newer version of Route Atlas (formatVersion ${found}); this version reads formatVersion ${BRIEFING_FILE_FORMAT_VERSION}`,
      };
    }
    return {
      ok: false,
      message: `unsupported formatVersion ${found === undefined ? '(missing)' : quoteShort(found)}; this version reads formatVersion ${BRIEFING_FILE_FORMAT_VERSION}`,
    };
  }
  return parseWithMessage(BriefingFileSchema, data);
}

/**
 * Writes `briefing` (its title and slides; id and version stay on this server) as an export file: pretty-printed
 * JSON with a trailing newline, readable by `parseBriefingFile`.
 */
export function serializeBriefingFile(
  briefing: Pick<Briefing, 'title' | 'slides'>,
  exportedAt: Date = new Date(),
): string {
  const file: BriefingFile = {
    format: BRIEFING_FILE_FORMAT,
    formatVersion: BRIEFING_FILE_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    briefing: {
      title: briefing.title,
      slides: briefing.slides.map((slide) => ({
        id: slide.id,
        title: slide.title,
        notes: slide.notes,
        query: slide.query,
        annotations: slide.annotations.map(({ id, text, lon, lat }) => ({ id, text, lon, lat })),
      })),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
