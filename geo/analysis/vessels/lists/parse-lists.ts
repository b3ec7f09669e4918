import { createFtmParser, type FtmParserOptions } from './ftm-parser';
import { countSkip, LIST_SNIFF_BYTES, ListFormatError } from './limits';
import { READ_AGAIN, type ListChunkParser, type ParsedListEntries, type ParsedListFile, type ParsedListSupplement } from './list-chunk-parser';
import { applyOfacSupplements, createOfacCsvParser } from './ofac-csv-parser';
import { createOfacXmlParser } from './ofac-xml-parser';
import { readHead, sourceChunks } from './read-source';
import { sniffListLayout } from './sniff-list';
import type { ListLayout, ListParseOptions, ListParseOutcome, ListSkipCounts, ListSource, SanctionsList } from './types';

/** Progress is reported at most this often. */
const PROGRESS_INTERVAL_MS = 100;

class ListParseCancelled extends Error {}

function parserFor(layout: ListLayout, fileName: string, ftm: FtmParserOptions): ListChunkParser {
  if (layout === 'ofac-sdn-xml') return createOfacXmlParser(fileName);
  if (layout === 'opensanctions-ftm') return createFtmParser(fileName, ftm);
  return createOfacCsvParser(layout, fileName);
}

/** Reads one file whose layout is known, decoding UTF-8 as it streams (invalid bytes anywhere refuse the file). */
async function readFile(source: ListSource, layout: ListLayout, options: ListParseOptions & FtmParserOptions): Promise<ParsedListFile> {
  const parser = parserFor(layout, source.name, options);
  for (let pass = 1; ; pass++) {
    const parsed = await readPass(source, parser, pass, options);
    if (parsed !== READ_AGAIN) return parsed;
  }
}

async function readPass(
  source: ListSource,
  parser: ListChunkParser,
  pass: number,
  options: ListParseOptions,
): Promise<ParsedListFile | typeof READ_AGAIN> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let bytesRead = 0;
  let lastReport = 0;
  const report = (force: boolean): void => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - lastReport < PROGRESS_INTERVAL_MS)) return;
    lastReport = now;
    options.onProgress({ fileName: source.name, pass, bytesRead, totalBytes: source.size, recordsRead: parser.recordsRead, entriesKept: parser.entriesKept });
  };
  for await (const chunk of sourceChunks(source)) {
    if (options.signal?.aborted) throw new ListParseCancelled();
    bytesRead += chunk.byteLength;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new ListFormatError('This file is not UTF-8 text throughout: save it as UTF-8 and load it again.');
    }
    parser.push(text);
    report(false);
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') parser.push(rest);
  } catch {
    throw new ListFormatError('This file ends in the middle of a character: it is truncated or not UTF-8.');
  }
  const parsed = parser.end();
  report(true);
  return parsed;
}

const SUPPLEMENT_NAMES: Partial<Record<ListLayout, string>> = {
  'ofac-alt-csv': 'alt.csv (aliases)',
  'ofac-add-csv': 'add.csv (addresses)',
  'ofac-comments-csv': 'sdn_comments.csv (remarks)',
};

function mergeSkips(into: ListSkipCounts, from: ListSkipCounts): void {
  for (const [reason, n] of Object.entries(from)) countSkip(into, reason, n);
}

function toList(parsed: ParsedListEntries, layouts: ListLayout[], fileNames: string[]): SanctionsList {
  const list: SanctionsList = {
    listName: parsed.listName,
    publisher: parsed.publisher,
    layouts,
    fileNames,
    entries: parsed.entries,
    recordsRead: parsed.recordsRead,
    skipped: parsed.skipped,
  };
  if (parsed.publicationDate !== undefined) list.publicationDate = parsed.publicationDate;
  return list;
}

/**
 * Loads sanctions lists from files the user chose: OFAC's sdn.xml, OFAC's CSV set (sdn.csv with any of alt.csv,
 * sdn_comments.csv, add.csv, joined on ent_num), or OpenSanctions FollowTheMoney JSON lines. Each file's layout
 * is read from its first bytes, whatever its name. Only vessels and what is linked to them are kept.
 * All or nothing: a file of another layout, a broken or truncated one, or a list with no vessel gives
 * `{ ok: false, message }` (one sentence, naming the file) and no list at all. Cancelling through `signal` gives
 * `{ ok: false, cancelled: true }`. Never throws.
 */
export async function parseSanctionsLists(
  sources: readonly ListSource[],
  options: ListParseOptions & FtmParserOptions = {},
): Promise<ListParseOutcome> {
  let current = '';
  try {
    if (sources.length === 0) return { ok: false, message: 'No file was given.' };
    const layouts: ListLayout[] = [];
    for (const source of sources) {
      current = source.name;
      const sniffed = sniffListLayout(await readHead(source, LIST_SNIFF_BYTES), source.size);
      if (!sniffed.ok) throw new ListFormatError(sniffed.message);
      layouts.push(sniffed.layout);
    }
    const csvMains = sources.filter((_, i) => layouts[i] === 'ofac-sdn-csv');
    const supplementAt = layouts.flatMap((l, i) => (SUPPLEMENT_NAMES[l] !== undefined ? [i] : []));
    if (supplementAt.length > 0 && csvMains.length !== 1) {
      current = sources[supplementAt[0]!]!.name;
      throw new ListFormatError(
        csvMains.length === 0
          ? `This is OFAC's ${SUPPLEMENT_NAMES[layouts[supplementAt[0]!]!]}, which completes sdn.csv: load it together with sdn.csv.`
          : "OFAC's companion files (alt.csv, sdn_comments.csv, add.csv) can go with one sdn.csv at a time: load one list's files together.",
      );
    }

    const lists: SanctionsList[] = [];
    const supplements: ParsedListSupplement[] = [];
    let csvMain: { parsed: ParsedListEntries; index: number } | null = null;
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i]!;
      current = source.name;
      const parsed = await readFile(source, layouts[i]!, options);
      if (parsed.kind === 'supplement') supplements.push(parsed);
      else if (layouts[i] === 'ofac-sdn-csv' && supplementAt.length > 0) csvMain = { parsed, index: i };
      else lists.push(toList(parsed, [layouts[i]!], [source.name]));
    }
    if (csvMain !== null) {
      const { parsed, index } = csvMain;
      current = sources[index]!.name;
      const skipped = { ...parsed.skipped };
      for (const s of supplements) mergeSkips(skipped, s.skipped);
      const entries = applyOfacSupplements(parsed.entries, supplements, skipped);
      const recordsRead = parsed.recordsRead + supplements.reduce((n, s) => n + s.recordsRead, 0);
      const fileIndexes = [index, ...supplementAt];
      lists.push(
        toList({ ...parsed, entries, recordsRead, skipped }, fileIndexes.map((j) => layouts[j]!), fileIndexes.map((j) => sources[j]!.name)),
      );
    }
    for (const list of lists) {
      if (list.entries.length === 0) {
        current = list.fileNames[0]!;
        throw new ListFormatError(`This ${list.listName} file names no vessel: nothing to load.`);
      }
    }
    return { ok: true, lists };
  } catch (error) {
    if (error instanceof ListParseCancelled) return { ok: false, cancelled: true, message: 'Loading the list was cancelled.' };
    const prefix = current === '' ? '' : `${current}: `;
    if (error instanceof ListFormatError) return { ok: false, message: prefix + error.message };
    const detail = error instanceof Error ? error.message.slice(0, 160) : String(error);
    return { ok: false, message: `${prefix}the file could not be read (${detail}).` };
  }
}
