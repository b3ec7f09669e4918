import { vesselDisplayName, type VesselRecord } from '@/data';
import {
  buildSanctionsIndex,
  identityRedFlags,
  matchVessels,
  statedFlagsFromMatches,
  type AisRedFlag,
  type AisVesselIdentity,
  type MatchableVessel,
  type SanctionsEntry,
  type SanctionsList,
  type StatedFlag,
  type VesselListMatch,
} from '@/geo/analysis/vessels';

/** Matches of the loaded lists against the curated vessels and the vessels of the user's AIS, and who is listed. */
export interface ListMatches {
  /** By vessel record id. */
  curated: ReadonlyMap<string, readonly VesselListMatch[]>;
  /** By MMSI. */
  ais: ReadonlyMap<string, readonly VesselListMatch[]>;
  /** Curated vessels a list names by IMO or MMSI (exact): these carry the map's "listed" mark. */
  listedVesselIds: ReadonlySet<string>;
  /** AIS vessels a list names by IMO or MMSI (exact). */
  listedMmsis: ReadonlySet<string>;
}

/** A curated record as matching takes it: every name it bore, its IMO and MMSI when a source gives them. */
export function curatedMatchable(v: VesselRecord): MatchableVessel {
  return {
    id: v.id,
    names: v.names.map((n) => n.name),
    ...(v.imo ? { imo: v.imo.value } : {}),
    ...(v.mmsi ? { mmsi: v.mmsi.value } : {}),
    flags: v.flags.map((f) => f.country),
  };
}

/**
 * AIS vessels as matching takes them, one per MMSI: the same MMSI in several imported files is one vessel, with
 * every name and IMO number any of them reported.
 */
export function aisMatchables(identities: readonly AisVesselIdentity[]): MatchableVessel[] {
  const byMmsi = new Map<string, { names: Set<string>; imos: Set<string> }>();
  for (const identity of identities) {
    let v = byMmsi.get(identity.mmsi);
    if (!v) byMmsi.set(identity.mmsi, (v = { names: new Set(), imos: new Set() }));
    for (const o of identity.names) v.names.add(o.value);
    for (const o of identity.imos) v.imos.add(o.value);
  }
  return [...byMmsi].map(([mmsi, v]) => ({ id: mmsi, mmsi, names: [...v.names], imo: [...v.imos] }));
}

function groupByVessel(matches: readonly VesselListMatch[]): Map<string, VesselListMatch[]> {
  const out = new Map<string, VesselListMatch[]>();
  for (const m of matches) {
    const list = out.get(m.vesselId);
    if (list) list.push(m);
    else out.set(m.vesselId, [m]);
  }
  return out;
}

const exactIds = (matches: readonly VesselListMatch[]) => new Set(matches.filter((m) => m.certainty === 'exact').map((m) => m.vesselId));

export const NO_LIST_MATCHES: ListMatches = { curated: new Map(), ais: new Map(), listedVesselIds: new Set(), listedMmsis: new Set() };

/**
 * Every loaded list against the curated vessels and the AIS vessels: IMO exact (valid check digits), MMSI exact,
 * names normalised and scored as possible matches (never counted as listed). One index over all lists' entries.
 */
export function matchLoadedLists(
  lists: readonly SanctionsList[],
  curated: readonly VesselRecord[],
  identities: readonly AisVesselIdentity[],
): ListMatches {
  const entries = lists.flatMap((l) => l.entries);
  if (entries.length === 0) return NO_LIST_MATCHES;
  const index = buildSanctionsIndex(entries);
  const curatedMatches = matchVessels(index, curated.map(curatedMatchable));
  const aisMatches = matchVessels(index, aisMatchables(identities));
  return {
    curated: groupByVessel(curatedMatches),
    ais: groupByVessel(aisMatches),
    listedVesselIds: exactIds(curatedMatches),
    listedMmsis: exactIds(aisMatches),
  };
}

/** The label under which curated records are matched against AIS. */
export const DATASET_LIST_NAME = 'Route Atlas vessel records';

/** A curated record as a list entry, so that the list matcher can tell which AIS vessels may be it. */
function recordAsEntry(v: VesselRecord): SanctionsEntry {
  return {
    listName: DATASET_LIST_NAME,
    publisher: 'Route Atlas',
    entryId: v.id,
    names: v.names.map((n) => n.name),
    ...(v.imo ? { imo: v.imo.value } : {}),
    ...(v.mmsi ? { mmsi: v.mmsi.value } : {}),
    programmes: [],
    parties: [],
  };
}

/**
 * Which AIS vessels may be which curated vessels, by the same rules as the lists (IMO and MMSI exact; names as
 * possible matches, never merged). Each match's `entry.entryId` is the record id, `vesselId` the MMSI.
 */
export function linkAisToCurated(curated: readonly VesselRecord[], identities: readonly AisVesselIdentity[]): VesselListMatch[] {
  if (identities.length === 0) return [];
  return matchVessels(buildSanctionsIndex(curated.map(recordAsEntry)), aisMatchables(identities));
}

/**
 * Flags stated elsewhere for each AIS vessel matched exactly: by a list entry (its current flag) or by a curated
 * record (its flags with no end date that no source disputes).
 */
export function statedFlagsByMmsi(
  listMatches: ListMatches,
  curatedLinks: readonly VesselListMatch[],
  curated: readonly VesselRecord[],
): Map<string, StatedFlag[]> {
  const stated = statedFlagsFromMatches([...listMatches.ais.values()].flat());
  const byId = new Map(curated.map((v) => [v.id, v]));
  for (const link of curatedLinks) {
    const record = link.certainty === 'exact' ? byId.get(link.entry.entryId) : undefined;
    if (!record) continue;
    const flags = record.flags.filter((f) => f.to === undefined && f.confidence !== 'disputed');
    if (flags.length === 0) continue;
    const list = stated.get(link.vesselId) ?? [];
    for (const f of flags) list.push({ flag: f.country, statedBy: `Route Atlas record of ${vesselDisplayName(record)}` });
    stated.set(link.vesselId, list);
  }
  return stated;
}

/**
 * An AIS vessel's red flags: those the import worker computed from the file, plus the MID-against-flag ones that
 * flags stated by lists or curated records add (lists may be loaded after the AIS file).
 */
export function redFlagsWithStated(identity: AisVesselIdentity, fromImport: readonly AisRedFlag[], stated: readonly StatedFlag[]): AisRedFlag[] {
  if (stated.length === 0) return [...fromImport];
  const added = identityRedFlags(identity, stated).filter(
    (f) => f.kind === 'mid-flag-mismatch' && !fromImport.some((g) => g.kind === 'mid-flag-mismatch' && g.statedBy === f.statedBy && g.statedIso2 === f.statedIso2),
  );
  return [...fromImport, ...added];
}
