import { formatMegabytes, MAX_CSV_FILE_BYTES, MAX_GEOJSON_FILE_BYTES } from './import-limits';

export type SniffedKind = 'geojson' | 'csv';

export type SniffResult = { ok: true; kind: SniffedKind } | { ok: false; message: string };

const NOT_UTF8 = 'This is not a UTF-8 text file';

/** Extensions that say what a file is; anything else is decided by its first characters. */
function kindFromName(fileName: string): SniffedKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  return null;
}

/** True when a UTF-8 decode of `head` fails for a reason other than a sequence cut at its end. */
function hasInvalidUtf8(head: Uint8Array, headIsWholeFile: boolean): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    // stream: true leaves an incomplete sequence at the end pending instead of calling it an error.
    decoder.decode(head, { stream: !headIsWholeFile });
    return false;
  } catch {
    return true;
  }
}

/** Share of bytes in `head` that are C0 controls other than tab, line feed and carriage return. */
function controlShare(head: Uint8Array): number {
  let controls = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
  return head.length === 0 ? 0 : controls / head.length;
}

/** Common binary formats by their first bytes, for a precise message. */
function binaryFormatOf(head: Uint8Array): string | null {
  const startsWith = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) return 'a ZIP archive (an .xlsx, .kmz or zipped file?)';
  if (startsWith(0x1f, 0x8b)) return 'a gzip archive';
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return 'a PDF';
  if (startsWith(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (startsWith(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Office file (.xls?)';
  if (startsWith(0x53, 0x51, 0x4c, 0x69, 0x74, 0x65)) return 'an SQLite database';
  return null;
}

/**
 * Decides from a file's name, size and first bytes whether it can be imported at all, and as what. Never throws.
 * Refuses, with one sentence for the user: an empty file, a file over the size limit of its kind, UTF-16 (by its
 * byte-order mark or its NUL bytes), binary data (known signatures, NUL or control bytes), bytes that are not
 * UTF-8, and text that is neither JSON nor delimited. `head` is the first bytes (up to `SNIFF_BYTES`).
 */
export function sniffFile(fileName: string, size: number, head: Uint8Array): SniffResult {
  if (size === 0) return { ok: false, message: 'The file is empty.' };
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return { ok: false, message: `${NOT_UTF8}: it is UTF-16. Save it as UTF-8 and import it again.` };
  }
  const binary = binaryFormatOf(head);
  if (binary) return { ok: false, message: `This is not a text file: it looks like ${binary}. Import GeoJSON or CSV.` };
  if (head.includes(0)) {
    return { ok: false, message: `${NOT_UTF8}: it contains NUL bytes (binary data, or UTF-16 without a byte-order mark).` };
  }
  if (controlShare(head) > 0.01) return { ok: false, message: 'This is not a text file: it looks like binary data. Import GeoJSON or CSV.' };
  if (hasInvalidUtf8(head, head.length >= size)) {
    return { ok: false, message: `${NOT_UTF8}: it contains bytes that are not UTF-8 (Latin-1 or Windows-1252?). Save it as UTF-8.` };
  }

  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  if (text.trim() === '' && head.length >= size) return { ok: false, message: 'The file is empty (only blank space).' };
  const first = text.trimStart()[0];
  const kind = kindFromName(fileName) ?? (first === '{' || first === '[' ? 'geojson' : 'csv');

  const limit = kind === 'geojson' ? MAX_GEOJSON_FILE_BYTES : MAX_CSV_FILE_BYTES;
  if (size > limit) {
    const hint = kind === 'csv' ? ' For larger AIS files, run `npm run detect -- <file.csv>` on the server.' : '';
    return {
      ok: false,
      message: `The file is ${formatMegabytes(size)}; the limit for ${kind === 'geojson' ? 'GeoJSON' : 'CSV'} is ${formatMegabytes(limit)}.${hint}`,
    };
  }
  if (kind === 'geojson' && first !== undefined && first !== '{' && first !== '[') {
    return { ok: false, message: 'This is not GeoJSON: a GeoJSON file starts with "{".' };
  }
  if (kind === 'csv' && (first === '{' || first === '[')) {
    return { ok: false, message: 'This looks like JSON, not CSV. Give it a .geojson or .json name to import it as GeoJSON.' };
  }
  if (kind === 'csv' && /^\s*</.test(text)) {
    return { ok: false, message: 'This looks like HTML or XML (KML?), not CSV. Import GeoJSON or CSV.' };
  }
  return { ok: true, kind };
}
