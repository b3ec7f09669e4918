import Papa from 'papaparse';
import { resolveAisColumns } from '../../ais/parse-ais-row';
import type { ListLayout } from './types';

export type ListSniffResult = { ok: true; layout: ListLayout } | { ok: false; message: string };

const EXPECTED =
  "Load OFAC's sdn.xml or SDN CSV files (sdn.csv, alt.csv, add.csv, sdn_comments.csv), or an OpenSanctions entities file (FollowTheMoney JSON lines).";

function binaryKind(head: Uint8Array): string | null {
  const startsWith = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) return 'a ZIP archive (unzip it first)';
  if (startsWith(0x1f, 0x8b)) return 'a gzip archive (unpack it first)';
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return 'a PDF';
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Office file';
  return null;
}

/** The first line of a CSV text, split into fields by papaparse (quotes honoured). */
function firstCsvRow(text: string): string[] {
  const line = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return (Papa.parse<string[]>(line, { delimiter: ',' }).data[0] ?? []).map((f) => f.trim());
}

function ofacCsvLayout(fields: readonly string[]): ListLayout | null {
  const id = fields[0] ?? '';
  const numbered = /^\d+$/.test(id) || /^ent_num$/i.test(id);
  if (!numbered) return null;
  if (fields.length === 12) return 'ofac-sdn-csv';
  const second = fields[1] ?? '';
  const secondNumbered = /^\d+$/.test(second) || /^(alt|add)_num$/i.test(second);
  if (fields.length === 5 && secondNumbered) return 'ofac-alt-csv';
  if (fields.length === 6 && secondNumbered) return 'ofac-add-csv';
  if (fields.length === 2) return 'ofac-comments-csv';
  return null;
}

/**
 * Decides from a file's first bytes (up to {@link LIST_SNIFF_BYTES}) which list layout it is in, or says in
 * one sentence why it is none: empty, binary, UTF-16, not UTF-8, an XML or JSON file of another kind, an AIS or
 * other CSV. Never throws.
 */
export function sniffListLayout(head: Uint8Array, size: number): ListSniffResult {
  if (size === 0 || head.length === 0) return { ok: false, message: 'The file is empty.' };
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || (head.length > 1 && head[1] === 0)) {
    return { ok: false, message: 'This file is UTF-16 text: save it as UTF-8 and load it again.' };
  }
  const binary = binaryKind(head);
  if (binary) return { ok: false, message: `This is not a list file: it looks like ${binary}.` };
  if (head.includes(0)) return { ok: false, message: `This is not a text file: it contains binary data. ${EXPECTED}` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < size });
  } catch {
    return { ok: false, message: 'This file is not UTF-8 text (Latin-1 or Windows-1252?): save it as UTF-8 and load it again.' };
  }
  text = text.replace(/^\uFEFF/, '').trimStart();
  if (text === '') return { ok: false, message: 'The file is empty (only blank space).' };

  if (text.startsWith('<')) {
    if (/<(?:\w+:)?sdnList[\s>]/.test(text)) return { ok: true, layout: 'ofac-sdn-xml' };
    if (/<(?:\w+:)?Sanctions[\s>]/.test(text)) {
      return { ok: false, message: "This is OFAC's advanced XML (sdn_advanced.xml), which is not read here: load sdn.xml or the SDN CSV files." };
    }
    return { ok: false, message: `This XML file is not OFAC's sdn.xml (its root element is not sdnList). ${EXPECTED}` };
  }
  if (text.startsWith('{') || text.startsWith('[')) {
    if (text.startsWith('[')) return { ok: false, message: `This is a JSON array, not JSON lines of FollowTheMoney entities. ${EXPECTED}` };
    if (/"type"\s*:\s*"FeatureCollection"/.test(text.slice(0, 2000))) {
      return { ok: false, message: 'This is GeoJSON, not a sanctions list: import it as data instead.' };
    }
    const firstLine = text.split(/\r?\n/, 1)[0]!;
    if (/"schema"\s*:/.test(firstLine) && /"properties"\s*:/.test(firstLine)) return { ok: true, layout: 'opensanctions-ftm' };
    if (firstLine.length === text.length && head.length < size) {
      // The first entity is longer than the sniffed bytes: let the parser judge it line by line.
      if (/"schema"\s*:/.test(text)) return { ok: true, layout: 'opensanctions-ftm' };
    }
    return { ok: false, message: `This JSON is not FollowTheMoney entities (each line an object with "schema" and "properties"). ${EXPECTED}` };
  }
  const fields = firstCsvRow(text);
  const layout = ofacCsvLayout(fields);
  if (layout) return { ok: true, layout };
  if (resolveAisColumns(fields) !== null) return { ok: false, message: 'This is an AIS file, not a sanctions list: load it as AIS data.' };
  return { ok: false, message: `This file is in no list layout known here. ${EXPECTED}` };
}
