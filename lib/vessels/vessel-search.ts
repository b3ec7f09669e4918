import { vesselDisplayName, type VesselRecord } from '@/data';
import { normalizeForSearch } from '@/lib/search-features';

/** A vessel the search box can find: a curated record, or a vessel of the user's imported AIS (by MMSI). */
export interface SearchableVessel {
  /** The record id (`vessel-…`) of a curated vessel; the MMSI of an AIS vessel. */
  key: string;
  kind: 'curated' | 'ais';
  /** The name shown in results. */
  label: string;
  /** Every name, past and present (a record's names, or every name the MMSI reported). */
  names: readonly string[];
  imos: readonly string[];
  mmsis: readonly string[];
  callSigns: readonly string[];
  /** For an AIS vessel: the user layer it was imported in. */
  userLayerId?: string;
}

export interface VesselSearchResult {
  vessel: SearchableVessel;
  /** What matched: a name as written, or "IMO 8660313", "MMSI 999000001", "call sign …". */
  matched: string;
  /** 0: the whole name or number, or its start; 1: inside it. */
  rank: 0 | 1;
}

/** A curated record as the search box takes it. */
export function curatedSearchable(v: VesselRecord): SearchableVessel {
  return {
    key: v.id,
    kind: 'curated',
    label: vesselDisplayName(v),
    names: v.names.map((n) => n.name),
    imos: v.imo ? [v.imo.value] : [],
    mmsis: v.mmsi ? [v.mmsi.value] : [],
    callSigns: v.callSign ? [v.callSign.value] : [],
  };
}

/** Names compared without punctuation: "Billions No. 18" is found by "billions no 18", "Maia-1" by "maia 1". */
const loose = (text: string): string => normalizeForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Digits of a query that names a number: "8660313", "IMO 8660313", "mmsi: 999 000 001". */
function numberQuery(query: string): string | null {
  const stripped = query.trim().replace(/^(imo|mmsi)\s*[:#]?\s*/i, '').replace(/\s+/g, '');
  return /^\d{3,9}$/.test(stripped) ? stripped : null;
}

function matchVessel(v: SearchableVessel, q: string, digits: string | null): Omit<VesselSearchResult, 'vessel'> | null {
  let best: Omit<VesselSearchResult, 'vessel'> | null = null;
  const consider = (matched: string, at: number) => {
    if (at < 0) return;
    const rank = at === 0 ? 0 : 1;
    if (best === null || rank < best.rank) best = { matched, rank };
  };
  for (const name of v.names) consider(name, loose(name).indexOf(q));
  for (const sign of v.callSigns) consider(`call sign ${sign}`, sign.toLowerCase() === q.replace(/\s+/g, '') ? 0 : -1);
  if (digits !== null) {
    for (const imo of v.imos) consider(`IMO ${imo}`, imo.indexOf(digits));
    for (const mmsi of v.mmsis) consider(`MMSI ${mmsi}`, mmsi.indexOf(digits));
  }
  return best;
}

/**
 * Vessels found by any past or present name (case, diacritics and punctuation ignored), by IMO number or MMSI (a
 * number of three or more digits, "IMO" or "MMSI" before it allowed), or by a whole call sign. Matches at the start
 * rank first; ties keep the given order.
 */
export function searchVessels(vessels: readonly SearchableVessel[], query: string, limit = 12): VesselSearchResult[] {
  const q = loose(query);
  if (q === '') return [];
  const digits = numberQuery(query);
  const found: VesselSearchResult[] = [];
  for (const vessel of vessels) {
    const m = matchVessel(vessel, q, digits);
    if (m) found.push({ vessel, ...m });
  }
  // Array.prototype.sort is stable: equal ranks keep the given order.
  return found.sort((a, b) => a.rank - b.rank).slice(0, limit);
}
