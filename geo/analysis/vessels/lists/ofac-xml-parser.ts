import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { cleanField, countSkip, ListFormatError, MAX_ENTRIES, MAX_FIELD_CHARS, MAX_XML_TEXT_RUN_CHARS, pushUnique } from './limits';
import type { ListChunkParser, ParsedListFile } from './list-chunk-parser';
import { emptyOfacDraft, OFAC_PUBLISHER, ofacDateToIso, ofacDraftToEntry, ofacListName, readOfacRemarks, type OfacVesselDraft } from './ofac-vessel-fields';
import type { ListSkipCounts, SanctionsEntry } from './types';

/** Local name of an element: sdn.xml puts everything in one default namespace, some copies add a prefix. */
function localName(tag: string): string {
  const colon = tag.indexOf(':');
  return colon < 0 ? tag : tag.slice(colon + 1);
}

interface EntryState {
  draft: OfacVesselDraft;
  sdnType?: string;
  firstName?: string;
  lastName?: string;
  /** The `<id>` or `<aka>` being read. */
  idType?: string;
  idNumber?: string;
  akaFirst?: string;
  akaLast?: string;
}

/**
 * Streams OFAC's sdn.xml (sdnList > publshInformation, sdnEntry*) through saxes, a conforming streaming XML
 * parser, keeping only vessel entries (sdnType "Vessel"). Memory: the entry being read (fields capped at
 * {@link MAX_FIELD_CHARS}) plus the vessels kept; never the text. Text is decoded by the XML parser, so markup
 * written in a name (`&lt;b&gt;`) stays text. A file that is not well-formed XML, or that ends before its root
 * closes, throws {@link ListFormatError}.
 */
export function createOfacXmlParser(fileName: string): ListChunkParser {
  const skipped: ListSkipCounts = {};
  const listName = ofacListName(fileName);
  const drafts: OfacVesselDraft[] = [];
  const ids = new Set<string>();
  const path: string[] = [];
  let text = '';
  let textOverflow = false;
  let sawRoot = false;
  let publicationDate: string | undefined;
  let recordsRead = 0;
  let entry: EntryState | null = null;
  let runSinceTag = 0;

  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('opentag', (node: SaxesTagPlain) => {
    const name = localName(node.name);
    if (path.length === 0) {
      if (name !== 'sdnList') throw new ListFormatError(`This XML file is not OFAC's sdn.xml: its root element is <${name}>, not <sdnList>.`);
      sawRoot = true;
    }
    path.push(name);
    text = '';
    textOverflow = false;
    if (name === 'sdnEntry' && path.length === 2) entry = { draft: emptyOfacDraft('') };
  });
  const onText = (t: string): void => {
    if (text.length + t.length > MAX_FIELD_CHARS + 1) {
      text = (text + t).slice(0, MAX_FIELD_CHARS + 1);
      textOverflow = true;
    } else text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (node: SaxesTagPlain) => {
    const name = localName(node.name);
    const parent = path[path.length - 2];
    const value = cleanField(textOverflow ? text + '…' : text, skipped);
    path.pop();
    text = '';
    textOverflow = false;
    if (parent === 'publshInformation' && name === 'Publish_Date') publicationDate = ofacDateToIso(value);
    if (entry === null) return;
    if (name === 'sdnEntry' && path.length === 1) {
      closeEntry(entry);
      entry = null;
      return;
    }
    readEntryField(entry, parent, name, value);
  });

  const readEntryField = (e: EntryState, parent: string | undefined, name: string, value: string | undefined): void => {
    const d = e.draft;
    if (parent === 'sdnEntry') {
      if (name === 'uid') d.entryId = value ?? '';
      else if (name === 'sdnType') e.sdnType = value;
      else if (name === 'firstName') e.firstName = value;
      else if (name === 'lastName') e.lastName = value;
      else if (name === 'remarks' && value !== undefined) {
        d.remarks = value;
        readOfacRemarks(d, value, skipped);
      }
    } else if (parent === 'programList' && name === 'program') pushUnique(d.programmes, value, skipped);
    else if (parent === 'id') {
      if (name === 'idType') e.idType = value;
      else if (name === 'idNumber') e.idNumber = value;
    } else if (name === 'id' && parent === 'idList') {
      readId(d, e.idType ?? '', e.idNumber);
      e.idType = e.idNumber = undefined;
    } else if (parent === 'aka') {
      if (name === 'firstName') e.akaFirst = value;
      else if (name === 'lastName') e.akaLast = value;
    } else if (name === 'aka' && parent === 'akaList') {
      pushUnique(d.names, joinName(e.akaFirst, e.akaLast), skipped);
      e.akaFirst = e.akaLast = undefined;
    } else if (parent === 'vesselInfo') {
      if (name === 'callSign') d.callSign = value;
      else if (name === 'vesselType') d.vesselType = value;
      else if (name === 'vesselFlag') d.flag = value;
      else if (name === 'vesselOwner') d.owner = value;
    }
  };

  const readId = (d: OfacVesselDraft, idType: string, idNumber: string | undefined): void => {
    if (idNumber === undefined) return;
    if (/vessel registration identification|^imo$/i.test(idType)) pushUnique(d.imoTexts, idNumber, skipped);
    else if (/^mmsi$/i.test(idType)) pushUnique(d.mmsiTexts, idNumber, skipped);
    else if (/^call sign$/i.test(idType)) d.callSign ??= idNumber;
    else if (/^(other|former) vessel flag$/i.test(idType)) pushUnique(d.otherFlags, idNumber, skipped);
  };

  const closeEntry = (e: EntryState): void => {
    recordsRead++;
    if (e.sdnType?.toLowerCase() !== 'vessel') return;
    const primary = joinName(e.firstName, e.lastName);
    if (primary !== undefined) e.draft.names.unshift(primary);
    if (e.draft.entryId === '') e.draft.entryId = `entry-${recordsRead}`;
    if (ids.has(e.draft.entryId)) return countSkip(skipped, 'duplicate-entry');
    ids.add(e.draft.entryId);
    if (drafts.length >= MAX_ENTRIES) throw new ListFormatError(`This file names more than ${MAX_ENTRIES.toLocaleString('en')} vessels, more than one list is expected to hold.`);
    drafts.push(e.draft);
  };

  const write = (chunk: string): void => {
    // saxes holds a text node whole until its end tag: a file that never opens another tag would grow it forever.
    const lastTag = chunk.lastIndexOf('<');
    runSinceTag = lastTag < 0 ? runSinceTag + chunk.length : chunk.length - lastTag;
    if (runSinceTag > MAX_XML_TEXT_RUN_CHARS) throw new ListFormatError('This XML file is broken: it has more than 1 MB of text without a tag.');
    try {
      parser.write(chunk);
    } catch (error) {
      throw asFormatError(error);
    }
  };

  return {
    push: write,
    end(): ParsedListFile {
      try {
        parser.close();
      } catch (error) {
        throw asFormatError(error, true);
      }
      if (!sawRoot) throw new ListFormatError("This XML file has no <sdnList> root element: it is not OFAC's sdn.xml.");
      const list = { listName, publisher: OFAC_PUBLISHER, ...(publicationDate !== undefined ? { publicationDate } : {}) };
      const entries: SanctionsEntry[] = [];
      for (const d of drafts) {
        const entry = ofacDraftToEntry(d, list);
        if (entry === null) countSkip(skipped, 'no-name');
        else entries.push(entry);
      }
      return { kind: 'list', ...list, entries, recordsRead, skipped };
    },
    get recordsRead() {
      return recordsRead;
    },
    get entriesKept() {
      return drafts.length;
    },
  };
}

function joinName(first: string | undefined, last: string | undefined): string | undefined {
  const name = [first, last].filter((s) => s !== undefined).join(' ');
  return name === '' ? undefined : name;
}

function asFormatError(error: unknown, atEnd = false): Error {
  if (error instanceof ListFormatError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (atEnd && /unclosed|end of|premature/i.test(detail)) {
    return new ListFormatError('This XML file ends before its elements close: it is truncated (download it again).');
  }
  const reason = detail.replace(/\.$/, '');
  return new ListFormatError(`This XML file is broken (${reason.slice(0, 160)}).`);
}
