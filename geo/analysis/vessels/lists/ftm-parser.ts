import { flagCode } from '../identity/country-names';
import { imoDigits, isValidImo } from '../identity/imo';
import { asEntity, isObject, ownString, propRefs, propStrings, type JsonObject } from './ftm-entity';
import { FtmEarlyBuffer, type FtmPartySummary, type FtmRelationSummary } from './ftm-early-buffer';
import { cleanField, countSkip, ListFormatError, MAX_ENTRIES, MAX_LINE_CHARS, pushUnique } from './limits';
import { READ_AGAIN, type ListChunkParser, type ParsedListFile } from './list-chunk-parser';
import type { ListDesignation, ListParty, ListSkipCounts, SanctionsEntry } from './types';

export const OPENSANCTIONS_PUBLISHER = 'OpenSanctions';
/** Default budget of the early buffer, in characters of summaries (measured: about 4 bytes of heap a character). */
export const DEFAULT_EARLY_BUFFER_CHARS = 4 * 1024 * 1024;
/** The file is read at most this many times: once, again for relations and owners dropped, once more for their owners. */
const MAX_PASSES = 3;

const PARTY_SCHEMAS = new Set(['LegalEntity', 'Company', 'Organization', 'Person', 'PublicBody']);
const ROLE_ORDER: Record<ListParty['role'], number> = { owner: 0, operator: 1, linked: 2 };
/** Nested entities are followed this deep (vessel → ownership → owner). */
const MAX_NESTING = 3;

export interface FtmParserOptions {
  /** Characters of early summaries kept (see {@link FtmEarlyBuffer}). */
  earlyBufferChars?: number;
}

/**
 * Streams OpenSanctions' FollowTheMoney entities (JSON lines) and keeps the vessels (schema `Vessel`) with their
 * owners and operators (`owner` / `operator` properties, `Ownership` and `UnknownLink` relations) and
 * designations (`Sanction` entities), whichever order the file puts them in. Memory: the vessels kept, the
 * parties and relations linked to them, one line (at most {@link MAX_LINE_CHARS}), and the early buffer of
 * entities read before a vessel named them, which has a fixed budget. Everything else is read and dropped.
 * When the early buffer had to drop entities, the file is read again (at most {@link MAX_PASSES} times in all)
 * to find the relations and owners it dropped: memory stays bounded and no link is lost.
 */
export function createFtmParser(fileName: string, options: FtmParserOptions = {}): ListChunkParser {
  const skipped: ListSkipCounts = {};
  const listName = `OpenSanctions entities (${fileName})`;
  const vessels = new Map<string, { entry: SanctionsEntry }>();
  /** Relations already applied, so a second reading does not apply them twice. */
  const applied = new Set<string>();
  /** Party ids first wanted during the current pass (a party read before them needs one more pass). */
  let wantedThisPass = new Set<string>();
  let pass = 1;
  const wanted = new Set<string>();
  const parties = new Map<string, FtmPartySummary>();
  const early = new FtmEarlyBuffer(options.earlyBufferChars ?? DEFAULT_EARLY_BUFFER_CHARS);
  let partial = '';
  let overlong = false;
  let recordsRead = 0;
  let goodLines = 0;
  let badLines = 0;

  const field = (v: string | undefined) => cleanField(v, skipped);

  const link = (vesselId: string, partyId: string, role: ListParty['role'], note?: string): void => {
    const v = vessels.get(vesselId);
    if (v === undefined || partyId === vesselId) return;
    const existing = v.entry.parties.find((p) => p.id === partyId && p.role === role);
    if (existing) return;
    if (v.entry.parties.length >= 100) return countSkip(skipped, 'too-many-values');
    v.entry.parties.push({ role, id: partyId, ...(note !== undefined ? { note } : {}) });
    if (!wanted.has(partyId)) wantedThisPass.add(partyId);
    wanted.add(partyId);
    const held = early.takeParty(partyId);
    if (held !== undefined) parties.set(partyId, held);
  };

  const applyRelation = (r: FtmRelationSummary, vesselId: string): void => {
    const v = vessels.get(vesselId);
    if (v === undefined) return;
    applied.add(r.id);
    if (r.schema === 'Sanction') {
      const d: ListDesignation = {};
      if (r.authority !== undefined) d.authority = r.authority;
      if (r.programme !== undefined) d.programme = r.programme;
      if (r.startDate !== undefined) d.startDate = r.startDate;
      const designations = (v.entry.designations ??= []);
      if (designations.length < 100) designations.push(d);
      pushUnique(v.entry.programmes, r.programme, skipped);
      return;
    }
    const role: ListParty['role'] = r.schema === 'Ownership' ? 'owner' : /operat|manag/i.test(r.role ?? '') ? 'operator' : 'linked';
    for (const partyId of r.partyIds) if (partyId !== vesselId) link(vesselId, partyId, role, r.role);
  };

  const addVessel = (id: string, props: JsonObject, raw: JsonObject, depth: number): void => {
    if (vessels.has(id)) return countSkip(skipped, 'duplicate-entry');
    if (vessels.size >= MAX_ENTRIES) throw new ListFormatError(`This file names more than ${MAX_ENTRIES.toLocaleString('en')} vessels, more than one list is expected to hold.`);
    const names: string[] = [];
    for (const key of ['name', 'alias', 'previousName']) for (const n of propStrings(props, key)) pushUnique(names, field(n), skipped);
    const entry: SanctionsEntry = { listName, publisher: OPENSANCTIONS_PUBLISHER, entryId: id, names, programmes: [], parties: [] };
    const imos = propStrings(props, 'imoNumber').map(imoDigits).filter((d): d is string => d !== null);
    const imo = imos.find(isValidImo);
    if (imo !== undefined) entry.imo = imo;
    else if (imos[0] !== undefined) entry.invalidImo = imos[0];
    const mmsi = propStrings(props, 'mmsi').map((m) => m.trim()).find((m) => /^\d{9}$/.test(m));
    if (mmsi !== undefined) entry.mmsi = mmsi;
    const callSign = field(propStrings(props, 'callSign')[0]);
    if (callSign !== undefined) entry.callSign = callSign;
    const flag = field(propStrings(props, 'flag')[0]);
    if (flag !== undefined) {
      entry.flag = flag;
      const iso2 = flagCode(flag);
      if (iso2 !== null) entry.flagIso2 = iso2;
    }
    const otherFlags: string[] = [];
    for (const f of propStrings(props, 'pastFlags')) pushUnique(otherFlags, field(f), skipped);
    if (otherFlags.length > 0) entry.otherFlags = otherFlags;
    const type = field(propStrings(props, 'type')[0]);
    if (type !== undefined) entry.vesselType = type;
    const topics: string[] = [];
    for (const t of propStrings(props, 'topics')) pushUnique(topics, field(t), skipped);
    if (topics.length > 0) entry.topics = topics;
    const datasets: string[] = [];
    const rawDatasets = raw['datasets'];
    if (Array.isArray(rawDatasets)) for (const d of rawDatasets) if (typeof d === 'string') pushUnique(datasets, field(d), skipped);
    if (datasets.length > 0) entry.datasets = datasets;
    const firstSeen = field(ownString(raw, 'first_seen'));
    if (firstSeen !== undefined) entry.firstSeen = firstSeen;
    const lastSeen = field(ownString(raw, 'last_seen'));
    if (lastSeen !== undefined) entry.lastSeen = lastSeen;
    vessels.set(id, { entry });

    for (const [key, role] of [['owner', 'owner'], ['operator', 'operator']] as const) {
      for (const ref of propRefs(props, key)) {
        if (ref.nested) take(ref.nested, depth + 1);
        link(id, ref.id, role);
      }
    }
    for (const r of early.takeRelations(id)) applyRelation(r, id);
    // Nested export: relations hang off the vessel (`ownershipAsset`, `sanctions`) without naming it again.
    for (const value of Object.values(props)) {
      if (!Array.isArray(value)) continue;
      for (const x of value) if (isObject(x) && ownString(x, 'schema') !== undefined) take(x, depth + 1, id);
    }
  };

  const addRelation = (schema: FtmRelationSummary['schema'], id: string, props: JsonObject, depth: number, parentVessel?: string): void => {
    const refs = (key: string) => propRefs(props, key);
    const r: FtmRelationSummary = { id, schema, vesselSide: [], partyIds: [] };
    const ends: { id: string; nested?: JsonObject }[][] =
      schema === 'Ownership' ? [refs('asset'), refs('owner')] : schema === 'Sanction' ? [refs('entity'), []] : [[...refs('subject'), ...refs('object')], []];
    r.vesselSide = ends[0]!.map((e) => e.id);
    r.partyIds = schema === 'UnknownLink' ? [...r.vesselSide] : ends[1]!.map((e) => e.id);
    if (parentVessel !== undefined && !r.vesselSide.includes(parentVessel)) r.vesselSide.push(parentVessel);
    for (const e of [...ends[0]!, ...ends[1]!]) if (e.nested) take(e.nested, depth + 1);
    const role = field(propStrings(props, schema === 'Ownership' ? 'ownershipType' : 'role')[0] ?? propStrings(props, 'role')[0]);
    if (role !== undefined) r.role = role;
    if (schema === 'Sanction') {
      const programme = field(propStrings(props, 'program')[0] ?? propStrings(props, 'programId')[0]);
      const authority = field(propStrings(props, 'authority')[0]);
      const startDate = field(propStrings(props, 'startDate')[0] ?? propStrings(props, 'listingDate')[0]);
      if (programme !== undefined) r.programme = programme;
      if (authority !== undefined) r.authority = authority;
      if (startDate !== undefined) r.startDate = startDate;
    }
    if (applied.has(id)) return;
    const known = r.vesselSide.filter((v) => vessels.has(v));
    if (known.length > 0) for (const v of known) applyRelation(r, v);
    else if (r.vesselSide.length > 0 && pass === 1) early.addRelation(r);
  };

  /** One entity, top-level or nested; returns false when the value is not an entity. */
  const take = (value: unknown, depth: number, parentVessel?: string): boolean => {
    const e = asEntity(value);
    if (e === null) return false;
    if (depth > MAX_NESTING) return true;
    if (e.schema === 'Vessel') {
      if (pass === 1) addVessel(e.id, e.props, e.raw, depth);
    } else if (PARTY_SCHEMAS.has(e.schema)) {
      const party: FtmPartySummary = { id: e.id, schema: e.schema };
      const name = field(propStrings(e.props, 'name')[0]);
      if (name !== undefined) party.name = name;
      if (wanted.has(e.id)) parties.set(e.id, party);
      else if (pass === 1) early.addParty(party);
    } else if (e.schema === 'Ownership' || e.schema === 'UnknownLink' || e.schema === 'Sanction') {
      addRelation(e.schema, e.id, e.props, depth, parentVessel);
    }
    return true;
  };

  const readLine = (line: string, isLast: boolean): void => {
    if (line.trim() === '') return;
    if (pass > 1) {
      // Read again for links only: the first pass counted and checked every line.
      try {
        take(JSON.parse(line), 0);
      } catch {
        // Counted in the first pass.
      }
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (isLast) throw new ListFormatError('This file ends in the middle of an entity: it is truncated (download it again).');
      if (goodLines === 0) throw new ListFormatError('This file is not FollowTheMoney JSON lines: its first line is not JSON.');
      badLines++;
      return countSkip(skipped, 'bad-json');
    }
    recordsRead++;
    if (!take(value, 0)) {
      if (goodLines === 0) throw new ListFormatError('This file is not FollowTheMoney JSON lines: its first line is not an entity with "schema" and "properties".');
      return countSkip(skipped, 'not-an-entity');
    }
    goodLines++;
  };

  return {
    push(text) {
      let start = 0;
      for (;;) {
        const nl = text.indexOf('\n', start);
        const piece = nl < 0 ? text.slice(start) : text.slice(start, nl);
        if (!overlong) {
          if (partial.length + piece.length > MAX_LINE_CHARS) {
            overlong = true;
            partial = '';
            if (pass === 1) countSkip(skipped, 'entity-too-large');
          } else partial += piece;
        }
        if (nl < 0) break;
        if (!overlong) readLine(partial, false);
        partial = '';
        overlong = false;
        start = nl + 1;
      }
    },
    end(): ParsedListFile | typeof READ_AGAIN {
      if (!overlong && partial !== '') readLine(partial, true);
      partial = '';
      overlong = false;
      if (goodLines === 0) throw new ListFormatError('This file holds no FollowTheMoney entity.');
      if (badLines > 10 && badLines > goodLines / 10) throw new ListFormatError(`This file is broken: ${badLines.toLocaleString('en')} of its lines are not JSON.`);
      // Pass 1 dropped early entities: read again for them. Pass 2 wanted new owners: read again for those.
      const again = pass === 1 ? early.dropped > 0 && vessels.size > 0 : [...wantedThisPass].some((id) => !parties.has(id));
      if (again && pass < MAX_PASSES) {
        if (pass === 1) early.clear();
        pass++;
        wantedThisPass = new Set();
        return READ_AGAIN;
      }
      const entries: SanctionsEntry[] = [];
      for (const { entry } of vessels.values()) {
        if (entry.names.length === 0) {
          countSkip(skipped, 'no-name');
          continue;
        }
        // Owners, operators, other links, each by id: the same whatever order the file (or a second reading) gave.
        entry.parties.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || ((a.id ?? '') < (b.id ?? '') ? -1 : 1));
        for (const p of entry.parties) {
          const party = p.id === undefined ? undefined : parties.get(p.id);
          if (party?.name !== undefined) p.name = party.name;
          if (party !== undefined) p.schema = party.schema;
          else countSkip(skipped, 'unresolved-link');
        }
        entries.push(entry);
      }
      return { kind: 'list', listName, publisher: OPENSANCTIONS_PUBLISHER, entries, recordsRead, skipped };
    },
    get recordsRead() {
      return recordsRead;
    },
    get entriesKept() {
      return vessels.size;
    },
  };
}
