import { imoDigits, isValidImo } from '../identity/imo';
import { normalisedNameScore, normaliseVesselName } from '../identity/vessel-name';
import type { SanctionsEntry } from '../lists/types';
import { trigramsOf, type SanctionsIndex } from './sanctions-index';

/**
 * A vessel to look up in the lists: a curated record (`{ id, names, imo, mmsi, flags }`) or a vessel of
 * imported AIS (id = MMSI, the names and IMO numbers it reported). Several IMO or MMSI values are allowed.
 * `flags` are not matched on (a flag names a register, not a ship); they are carried for the caller.
 */
export interface MatchableVessel {
  id: string;
  names: readonly string[];
  imo?: string | readonly string[];
  mmsi?: string | readonly string[];
  flags?: readonly string[];
}

export type MatchMethod = 'imo' | 'mmsi' | 'name';

/** One identifier that agreed between a vessel and a list entry. */
export interface MatchEvidence {
  method: MatchMethod;
  /** The value as the vessel has it (IMO digits, MMSI, the name as written). */
  vesselValue: string;
  /** The value as the list has it. */
  entryValue: string;
  /** 1 for IMO and MMSI; the name score otherwise. */
  score: number;
}

/**
 * A vessel and a list entry that may be the same ship. `certainty` is `exact` when an identifier (IMO with a
 * valid check digit, or MMSI) is equal, `possible` when only a name is alike: a possible match is shown with its
 * score and never merged.
 */
export interface VesselListMatch {
  vesselId: string;
  entry: SanctionsEntry;
  /** The strongest identifier that matched: imo, then mmsi, then name. */
  method: MatchMethod;
  score: number;
  certainty: 'exact' | 'possible';
  /** Every identifier that agreed, strongest first. */
  evidence: MatchEvidence[];
  /** Identifiers both sides state and that differ (a name match with another IMO is probably another ship). */
  conflicts: ('imo' | 'mmsi')[];
}

export interface MatchOptions {
  /** Lowest name score reported as a possible match, 0–1. Default 0.85. */
  minNameScore?: number;
}

export const DEFAULT_MIN_NAME_SCORE = 0.85;
const METHOD_RANK: Record<MatchMethod, number> = { imo: 0, mmsi: 1, name: 2 };

function list(v: string | readonly string[] | undefined): readonly string[] {
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

/** Valid IMO numbers of a vessel (digits with a right check digit; "IMO 1234567" accepted). */
function validImos(v: MatchableVessel): string[] {
  return [...new Set(list(v.imo).map((t) => imoDigits(t)).filter((d): d is string => d !== null && isValidImo(d)))];
}

function mmsis(v: MatchableVessel): string[] {
  return [...new Set(list(v.mmsi).map((m) => m.trim()).filter((m) => /^\d{9}$/.test(m)))];
}

/**
 * Best name score per entry for one vessel name, comparing only with list names that share enough three-letter
 * sequences to reach `minScore` (q-gram bound: a name within edit distance d shares at least n − 2 − 3d of the
 * n − 2 trigrams of the other).
 */
function nameCandidates(index: SanctionsIndex, name: string, minScore: number): Map<number, { score: number; listName: string }> {
  const best = new Map<number, { score: number; listName: string }>();
  const normalised = normaliseVesselName(name);
  const compact = normalised.replace(/ /g, '');
  if (compact === '') return best;
  const consider = (nameAt: number): void => {
    const n = index.names[nameAt]!;
    const score = normalisedNameScore(normalised, n.normalised);
    if (score < minScore) return;
    const prev = best.get(n.entry);
    if (prev === undefined || score > prev.score) best.set(n.entry, { score, listName: n.original });
  };
  if (compact.length < 3) {
    for (const at of index.byCompactName.get(compact) ?? []) consider(at);
    return best;
  }
  const grams = trigramsOf(compact);
  const maxEdits = Math.floor(((1 - minScore) * compact.length) / Math.max(minScore, 0.01));
  const needed = Math.max(1, grams.length - 3 * maxEdits);
  const shared = new Map<number, number>();
  for (const g of grams) for (const at of index.trigrams.get(g) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
  for (const [at, count] of shared) if (count >= needed) consider(at);
  return best;
}

/**
 * Matches vessels against indexed list entries: IMO exact (valid check digits on both sides), MMSI exact, and
 * names normalised and scored (`vesselNameScore`) at or above `minNameScore` as possible matches. One
 * result per vessel and entry, with every identifier that agreed and any that disagree.
 *
 * @returns matches sorted by vessel id, then exact before possible, then score (highest first).
 */
export function matchVessels(index: SanctionsIndex, vessels: Iterable<MatchableVessel>, options: MatchOptions = {}): VesselListMatch[] {
  const minScore = options.minNameScore ?? DEFAULT_MIN_NAME_SCORE;
  const out: VesselListMatch[] = [];
  for (const vessel of vessels) {
    const byEntry = new Map<number, MatchEvidence[]>();
    const note = (entry: number, e: MatchEvidence): void => {
      const list = byEntry.get(entry);
      if (list === undefined) byEntry.set(entry, [e]);
      else if (!list.some((x) => x.method === e.method)) list.push(e);
      else {
        const i = list.findIndex((x) => x.method === e.method);
        if (e.score > list[i]!.score) list[i] = e;
      }
    };
    const imos = validImos(vessel);
    const ownMmsis = mmsis(vessel);
    for (const imo of imos) for (const i of index.byImo.get(imo) ?? []) note(i, { method: 'imo', vesselValue: imo, entryValue: imo, score: 1 });
    for (const m of ownMmsis) for (const i of index.byMmsi.get(m) ?? []) note(i, { method: 'mmsi', vesselValue: m, entryValue: m, score: 1 });
    for (const name of new Set(vessel.names)) {
      for (const [i, { score, listName }] of nameCandidates(index, name, minScore)) {
        note(i, { method: 'name', vesselValue: name, entryValue: listName, score });
      }
    }
    for (const [i, evidence] of byEntry) {
      evidence.sort((a, b) => METHOD_RANK[a.method] - METHOD_RANK[b.method]);
      const entry = index.entries[i]!;
      const strongest = evidence[0]!;
      const conflicts: ('imo' | 'mmsi')[] = [];
      if (entry.imo !== undefined && imos.length > 0 && !imos.includes(entry.imo)) conflicts.push('imo');
      if (entry.mmsi !== undefined && ownMmsis.length > 0 && !ownMmsis.includes(entry.mmsi)) conflicts.push('mmsi');
      out.push({
        vesselId: vessel.id,
        entry,
        method: strongest.method,
        score: strongest.score,
        certainty: strongest.method === 'name' ? 'possible' : 'exact',
        evidence,
        conflicts,
      });
    }
  }
  return out.sort(
    (a, b) =>
      (a.vesselId < b.vesselId ? -1 : a.vesselId > b.vesselId ? 1 : 0) ||
      METHOD_RANK[a.method] - METHOD_RANK[b.method] ||
      b.score - a.score ||
      (a.entry.entryId < b.entry.entryId ? -1 : 1),
  );
}
