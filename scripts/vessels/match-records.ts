import type { AisVesselIdentity, VesselListMatch } from '../../geo/analysis/vessels';

/** One line of `npm run match` output: an AIS vessel, a list entry, and why they may be the same ship. */
export interface MatchRecord {
  mmsi: string;
  /** The IMO number that matched, or the one the vessel reported most; null when it reported none. */
  imo: string | null;
  /** The name as seen in AIS: the one that matched, or the one reported most. */
  name: string | null;
  /** Every name the MMSI reported, in the order first seen. */
  namesSeen: string[];
  list: string;
  listPublisher: string;
  listPublicationDate: string | null;
  entryId: string;
  entryName: string;
  method: 'imo' | 'mmsi' | 'name';
  /** 1 for an IMO or MMSI match; the name score (0–1, three decimals) otherwise. */
  score: number;
  certainty: 'exact' | 'possible';
  evidence: { method: string; aisValue: string; listValue: string; score: number }[];
  conflicts: string[];
  programmes: string[];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function mostReported(values: AisVesselIdentity['names']): string | null {
  let best: AisVesselIdentity['names'][number] | null = null;
  for (const o of values) if (best === null || o.reports > best.reports) best = o;
  return best?.value ?? null;
}

export function toMatchRecord(match: VesselListMatch, identity: AisVesselIdentity): MatchRecord {
  const byMethod = (m: string) => match.evidence.find((e) => e.method === m)?.vesselValue;
  const entry = match.entry;
  return {
    mmsi: identity.mmsi,
    imo: byMethod('imo') ?? mostReported(identity.imos),
    name: byMethod('name') ?? mostReported(identity.names),
    namesSeen: identity.names.map((o) => o.value),
    list: entry.listName,
    listPublisher: entry.publisher,
    listPublicationDate: entry.publicationDate ?? null,
    entryId: entry.entryId,
    entryName: entry.names[0] ?? '',
    method: match.method,
    score: round(match.score),
    certainty: match.certainty,
    evidence: match.evidence.map((e) => ({ method: e.method, aisValue: e.vesselValue, listValue: e.entryValue, score: round(e.score) })),
    conflicts: match.conflicts,
    programmes: entry.programmes,
  };
}
