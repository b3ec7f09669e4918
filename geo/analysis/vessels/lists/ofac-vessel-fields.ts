import { flagCode } from '../identity/country-names';
import { imoDigits, isValidImo } from '../identity/imo';
import { cleanField, pushUnique } from './limits';
import type { ListParty, ListSkipCounts, SanctionsEntry } from './types';

export const OFAC_PUBLISHER = 'U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)';

/** "OFAC SDN list", or the consolidated non-SDN list when the file name says so (it shares the layout). */
export function ofacListName(fileName: string): string {
  return /cons/i.test(fileName) ? 'OFAC Consolidated Sanctions List (non-SDN)' : 'OFAC SDN List';
}

/** What OFAC states about one vessel, gathered from sdn.xml elements or CSV columns before it becomes an entry. */
export interface OfacVesselDraft {
  entryId: string;
  names: string[];
  programmes: string[];
  imoTexts: string[];
  mmsiTexts: string[];
  callSign?: string;
  vesselType?: string;
  flag?: string;
  otherFlags: string[];
  owner?: string;
  remarks?: string;
  linkedTo: string[];
}

export function emptyOfacDraft(entryId: string): OfacVesselDraft {
  return { entryId, names: [], programmes: [], imoTexts: [], mmsiTexts: [], otherFlags: [], linkedTo: [] };
}

/**
 * Reads the identifiers OFAC writes into a vessel's remarks, one per "; "-separated part: "Vessel Registration
 * Identification IMO 8914934", "MMSI 445123000", "Linked To: SOME SHIPPING CO., LTD.", "Other Vessel Flag
 * Mongolia", "Former Vessel Flag Cambodia".
 */
export function readOfacRemarks(draft: OfacVesselDraft, remarks: string, skipped: ListSkipCounts): void {
  for (const rawPart of remarks.split(';')) {
    const part = rawPart.trim().replace(/\.$/, '');
    let m: RegExpExecArray | null;
    if ((m = /^(?:Vessel Registration Identification\s+)?IMO\s*(\d{7})\b/i.exec(part))) pushUnique(draft.imoTexts, m[1], skipped);
    else if ((m = /^MMSI\s*(\d{9})\b/i.exec(part))) pushUnique(draft.mmsiTexts, m[1], skipped);
    else if ((m = /^Linked To:\s*(.+)$/i.exec(part))) pushUnique(draft.linkedTo, cleanField(m[1], skipped), skipped);
    else if ((m = /^(?:Other|Former) Vessel Flag\s+(.+)$/i.exec(part))) pushUnique(draft.otherFlags, cleanField(m[1], skipped), skipped);
  }
}

/** The entry a draft becomes, or null when it has no name. Identifiers are checked here, once. */
export function ofacDraftToEntry(
  draft: OfacVesselDraft,
  list: { listName: string; publisher: string; publicationDate?: string },
): SanctionsEntry | null {
  if (draft.names.length === 0) return null;
  const imos = draft.imoTexts.map((t) => imoDigits(t)).filter((d): d is string => d !== null);
  const validImo = imos.find(isValidImo);
  const mmsi = draft.mmsiTexts.map((t) => t.replace(/^MMSI\s*/i, '').trim()).find((t) => /^\d{9}$/.test(t));
  const parties: ListParty[] = [];
  if (draft.owner !== undefined) parties.push({ role: 'owner', name: draft.owner });
  for (const name of draft.linkedTo) if (name !== draft.owner) parties.push({ role: 'linked', name });
  const entry: SanctionsEntry = {
    listName: list.listName,
    publisher: list.publisher,
    entryId: draft.entryId,
    names: draft.names,
    programmes: draft.programmes,
    parties,
  };
  if (list.publicationDate !== undefined) entry.publicationDate = list.publicationDate;
  if (validImo !== undefined) entry.imo = validImo;
  else if (imos[0] !== undefined) entry.invalidImo = imos[0];
  if (mmsi !== undefined) entry.mmsi = mmsi;
  if (draft.callSign !== undefined) entry.callSign = draft.callSign;
  if (draft.vesselType !== undefined) entry.vesselType = draft.vesselType;
  if (draft.flag !== undefined) {
    entry.flag = draft.flag;
    const iso2 = flagCode(draft.flag);
    if (iso2 !== null) entry.flagIso2 = iso2;
  }
  if (draft.otherFlags.length > 0) entry.otherFlags = draft.otherFlags;
  if (draft.remarks !== undefined) entry.remarks = draft.remarks;
  return entry;
}

/** OFAC dates are MM/DD/YYYY; ISO YYYY-MM-DD, or undefined when the text is not a real date. */
export function ofacDateToIso(text: string | undefined): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text?.trim() ?? '');
  if (!m) return undefined;
  const [, mo, d, y] = m;
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}
