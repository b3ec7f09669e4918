import { cleanField, countSkip, ListFormatError, MAX_ENTRIES, pushUnique } from './limits';
import { createCsvRowStream } from './csv-rows';
import type { ListChunkParser, ParsedListFile, ParsedListSupplement } from './list-chunk-parser';
import { emptyOfacDraft, OFAC_PUBLISHER, ofacDraftToEntry, ofacListName, readOfacRemarks, type OfacVesselDraft } from './ofac-vessel-fields';
import type { ListLayout, ListSkipCounts, SanctionsEntry } from './types';

/** sdn.csv columns (OFAC data specification; no header row). */
const SDN = { id: 0, name: 1, type: 2, program: 3, title: 4, callSign: 5, vesselType: 6, tonnage: 7, grt: 8, flag: 9, owner: 10, remarks: 11 } as const;
const COLUMNS: Record<Exclude<ListLayout, 'ofac-sdn-xml' | 'opensanctions-ftm'>, number> = {
  'ofac-sdn-csv': 12,
  'ofac-alt-csv': 5,
  'ofac-add-csv': 6,
  'ofac-comments-csv': 2,
};
const FILE_NAMES: Record<keyof typeof COLUMNS, string> = {
  'ofac-sdn-csv': 'sdn.csv',
  'ofac-alt-csv': 'alt.csv',
  'ofac-add-csv': 'add.csv',
  'ofac-comments-csv': 'sdn_comments.csv',
};

export type OfacCsvLayout = keyof typeof COLUMNS;

/** Program cells list several programmes separated by "] [" or ";" ("[DPRK3] [DPRK4]" or "DPRK3; DPRK4"). */
function programmes(cell: string): string[] {
  return cell
    .split(/\]\s*\[|;/)
    .map((p) => p.replace(/^\s*\[|\]\s*$/g, '').trim())
    .filter((p) => p !== '' && p !== '-0-');
}

/**
 * Streams one of OFAC's legacy CSV files: sdn.csv (one row an entry, vessels have SDN_Type "vessel"; IMO and
 * MMSI are in Remarks) or a companion file keyed by ent_num: alt.csv (aliases), sdn_comments.csv (remarks
 * continued), add.csv (addresses, which say nothing about a vessel's identity and are only counted). A header
 * row starting "ent_num" is tolerated. Memory: vessel drafts only (sdn.csv) or the companion values of every
 * entry (a few MB for the whole list), filtered later to the vessels.
 */
export function createOfacCsvParser(layout: OfacCsvLayout, fileName: string): ListChunkParser {
  const skipped: ListSkipCounts = {};
  const expected = COLUMNS[layout];
  const drafts: OfacVesselDraft[] = [];
  const ids = new Set<string>();
  const byEntry = new Map<string, string[]>();
  let recordsRead = 0;

  const onRow = (raw: string[], isLast: boolean): void => {
    const fields = raw.length === expected + 1 && raw[expected]!.trim() === '' ? raw.slice(0, expected) : raw;
    if (recordsRead === 0 && /^ent_num$/i.test(fields[0]?.trim() ?? '')) return;
    if (fields.length !== expected) {
      if (isLast && fields.length < expected) {
        throw new ListFormatError(`This ${FILE_NAMES[layout]} ends in the middle of a row: it is truncated (download it again).`);
      }
      return countSkip(skipped, 'wrong-field-count');
    }
    recordsRead++;
    const id = fields[0]!.trim();
    if (layout === 'ofac-sdn-csv') return readSdnRow(id, fields);
    if (layout === 'ofac-add-csv') return;
    const value = cleanField(layout === 'ofac-alt-csv' ? fields[3] : fields[1], skipped);
    if (value === undefined) return;
    let values = byEntry.get(id);
    if (values === undefined) byEntry.set(id, (values = []));
    pushUnique(values, value, skipped);
  };

  const readSdnRow = (id: string, f: string[]): void => {
    if (f[SDN.type]!.trim().toLowerCase() !== 'vessel') return;
    if (ids.has(id)) return countSkip(skipped, 'duplicate-entry');
    ids.add(id);
    const d = emptyOfacDraft(id);
    pushUnique(d.names, cleanField(f[SDN.name], skipped), skipped);
    for (const p of programmes(f[SDN.program]!)) pushUnique(d.programmes, cleanField(p, skipped), skipped);
    d.callSign = cleanField(f[SDN.callSign], skipped);
    d.vesselType = cleanField(f[SDN.vesselType], skipped);
    d.flag = cleanField(f[SDN.flag], skipped);
    d.owner = cleanField(f[SDN.owner], skipped);
    d.remarks = cleanField(f[SDN.remarks], skipped);
    if (d.remarks !== undefined) readOfacRemarks(d, d.remarks, skipped);
    if (drafts.length >= MAX_ENTRIES) throw new ListFormatError(`This file names more than ${MAX_ENTRIES.toLocaleString('en')} vessels, more than one list is expected to hold.`);
    drafts.push(d);
  };

  const rows = createCsvRowStream(onRow);
  return {
    push: (text) => rows.push(text),
    end(): ParsedListFile {
      rows.end();
      if (recordsRead === 0) throw new ListFormatError(`This ${FILE_NAMES[layout]} has no rows.`);
      if (layout !== 'ofac-sdn-csv') {
        return { kind: 'supplement', layout, byEntry, recordsRead, skipped } satisfies ParsedListSupplement;
      }
      const list = { listName: ofacListName(fileName), publisher: OFAC_PUBLISHER };
      return { kind: 'list', ...list, entries: finishDrafts(drafts, list, skipped), recordsRead, skipped };
    },
    get recordsRead() {
      return recordsRead;
    },
    get entriesKept() {
      return drafts.length;
    },
  };
}

function finishDrafts(drafts: OfacVesselDraft[], list: { listName: string; publisher: string }, skipped: ListSkipCounts): SanctionsEntry[] {
  const entries: SanctionsEntry[] = [];
  for (const d of drafts) {
    const entry = ofacDraftToEntry(d, list);
    if (entry === null) countSkip(skipped, 'no-name');
    else entries.push(entry);
  }
  return entries;
}

/**
 * Folds OFAC's companion files into the vessels of sdn.csv: aliases from alt.csv become names, extended
 * remarks from sdn_comments.csv are appended to the remarks and read for IMO, MMSI and "Linked To". Rows of
 * entries that are not vessels (people, companies: most rows) are dropped.
 */
export function applyOfacSupplements(entries: SanctionsEntry[], supplements: readonly ParsedListSupplement[], skipped: ListSkipCounts): SanctionsEntry[] {
  const drafts = new Map<string, OfacVesselDraft>();
  for (const e of entries) {
    const d = emptyOfacDraft(e.entryId);
    d.names = [...e.names];
    d.programmes = e.programmes;
    d.callSign = e.callSign;
    d.vesselType = e.vesselType;
    d.flag = e.flag;
    d.otherFlags = [...(e.otherFlags ?? [])];
    d.owner = e.parties.find((p) => p.role === 'owner')?.name;
    d.remarks = e.remarks;
    for (const imo of [e.imo, e.invalidImo]) if (imo !== undefined) d.imoTexts.push(imo);
    if (e.mmsi !== undefined) d.mmsiTexts.push(e.mmsi);
    if (e.remarks !== undefined) readOfacRemarks(d, e.remarks, skipped);
    drafts.set(e.entryId, d);
  }
  for (const s of supplements) {
    for (const [id, values] of s.byEntry) {
      const d = drafts.get(id);
      if (d === undefined) continue;
      for (const v of values) {
        if (s.layout === 'ofac-alt-csv') pushUnique(d.names, v, skipped);
        else if (s.layout === 'ofac-comments-csv') {
          d.remarks = cleanField(d.remarks === undefined ? v : `${d.remarks} ${v}`, skipped);
          readOfacRemarks(d, v, skipped);
        }
      }
    }
  }
  const first = entries[0];
  if (first === undefined) return [];
  const list = { listName: first.listName, publisher: first.publisher, ...(first.publicationDate ? { publicationDate: first.publicationDate } : {}) };
  return finishDrafts([...drafts.values()], list, skipped);
}
