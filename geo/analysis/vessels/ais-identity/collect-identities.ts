import { parseAisTimestamp, resolveAisColumns, type AisColumns } from '../../ais/parse-ais-row';
import { imoDigits } from '../identity/imo';
import type { MatchableVessel } from '../matching/match-vessels';

/** One value a vessel reported (a name, call sign, IMO, flag) and when and where in the file it did. */
export interface IdentityObservation {
  value: string;
  /** Epoch ms of the first and last report of this value; null when those rows had no readable time. */
  firstSeenMs: number | null;
  lastSeenMs: number | null;
  /** 0-based data rows (header not counted) of the first and last report of this value. */
  firstRow: number;
  lastRow: number;
  reports: number;
}

/** What one MMSI said about itself across an AIS file. */
export interface AisVesselIdentity {
  mmsi: string;
  names: IdentityObservation[];
  callSigns: IdentityObservation[];
  /** IMO digits as reported, check digit right or wrong. */
  imos: IdentityObservation[];
  /** Flags, when the file has a flag column (NOAA and DMA files do not). */
  flags: IdentityObservation[];
  reports: number;
}

export interface AisIdentities {
  /** Sorted by MMSI. */
  vessels: AisVesselIdentity[];
  rowsRead: number;
  /** Rows without a nine-digit MMSI, and values past the cap per vessel. */
  skipped: { 'bad-mmsi': number; 'too-many-values': number };
}

/** Most distinct values kept per field and vessel; a vessel reporting more is itself suspicious and counted. */
export const MAX_IDENTITY_VALUES = 32;

/** Call-sign and flag columns, which the AIS row parser does not need (NOAA "CallSign", DMA "Callsign"). */
const EXTRA_COLUMNS = { callSign: ['callsign', 'call sign', 'call_sign'], flag: ['flag', 'flag state', 'flag_state', 'flagcode'] };

export interface AisIdentityCollector {
  /** The header row; returns false when it is not a known AIS layout (then every row is ignored). */
  setHeaders(headers: readonly string[]): boolean;
  /** One data row, its values in header order. */
  pushValues(values: readonly string[]): void;
  readonly rowsRead: number;
  finish(): AisIdentities;
}

function own(s: string): string {
  // A copy that does not keep the parser's whole input chunk alive (see vessel-tracks.ts).
  return (' ' + s).slice(1);
}

class VesselIdentityBuilder {
  readonly names = new Map<string, IdentityObservation>();
  readonly callSigns = new Map<string, IdentityObservation>();
  readonly imos = new Map<string, IdentityObservation>();
  readonly flags = new Map<string, IdentityObservation>();
  reports = 0;
  constructor(readonly mmsi: string) {}
}

/**
 * Collects, per MMSI, every name, call sign, IMO number and flag an AIS file reports, with the first and last
 * row and time of each: the evidence for "names seen over time" and for the identity red flags. Memory is per
 * vessel and per distinct value (at most {@link MAX_IDENTITY_VALUES} a field), never per row.
 */
export function createAisIdentityCollector(): AisIdentityCollector {
  const byMmsi = new Map<string, VesselIdentityBuilder>();
  const skipped = { 'bad-mmsi': 0, 'too-many-values': 0 };
  let columns: AisColumns | null = null;
  let ix = { mmsi: -1, time: -1, name: -1, imo: -1, callSign: -1, flag: -1 };
  let rowsRead = 0;

  const observe = (map: Map<string, IdentityObservation>, raw: string, t: number | null, row: number): void => {
    const value = raw.trim();
    if (value === '' || value.toLowerCase() === 'unknown') return;
    const o = map.get(value);
    if (o !== undefined) {
      o.reports++;
      o.lastRow = row;
      if (t !== null) {
        if (o.firstSeenMs === null || t < o.firstSeenMs) o.firstSeenMs = t;
        if (o.lastSeenMs === null || t > o.lastSeenMs) o.lastSeenMs = t;
      }
      return;
    }
    if (map.size >= MAX_IDENTITY_VALUES) {
      skipped['too-many-values']++;
      return;
    }
    const v = own(value);
    map.set(v, { value: v, firstSeenMs: t, lastSeenMs: t, firstRow: row, lastRow: row, reports: 1 });
  };

  return {
    setHeaders(headers) {
      columns = resolveAisColumns(headers);
      if (columns === null) return false;
      const lower = headers.map((h) => h.replace(/^\uFEFF/, '').replace(/^#/, '').trim().toLowerCase());
      const at = (name: string | undefined) => (name === undefined ? -1 : headers.indexOf(name));
      const find = (names: readonly string[]) => lower.findIndex((h) => names.includes(h));
      ix = { mmsi: at(columns.mmsi), time: at(columns.time), name: at(columns.name), imo: at(columns.imo), callSign: find(EXTRA_COLUMNS.callSign), flag: find(EXTRA_COLUMNS.flag) };
      return true;
    },
    pushValues(values) {
      if (columns === null) return;
      const row = rowsRead++;
      const mmsi = (values[ix.mmsi] ?? '').trim();
      if (!/^\d{9}$/.test(mmsi) || mmsi === '000000000') {
        skipped['bad-mmsi']++;
        return;
      }
      let v = byMmsi.get(mmsi);
      if (v === undefined) byMmsi.set(mmsi, (v = new VesselIdentityBuilder(own(mmsi))));
      v.reports++;
      const t = ix.time < 0 ? null : parseAisTimestamp((values[ix.time] ?? '').trim(), columns.layout);
      if (ix.name >= 0) observe(v.names, values[ix.name] ?? '', t, row);
      if (ix.callSign >= 0) observe(v.callSigns, values[ix.callSign] ?? '', t, row);
      if (ix.flag >= 0) observe(v.flags, values[ix.flag] ?? '', t, row);
      if (ix.imo >= 0) {
        const digits = imoDigits(values[ix.imo] ?? '');
        if (digits !== null && digits !== '0000000') observe(v.imos, digits, t, row);
      }
    },
    get rowsRead() {
      return rowsRead;
    },
    finish() {
      const byFirst = (m: Map<string, IdentityObservation>) => [...m.values()].sort((a, b) => a.firstRow - b.firstRow);
      const vessels = [...byMmsi.values()]
        .sort((a, b) => (a.mmsi < b.mmsi ? -1 : a.mmsi > b.mmsi ? 1 : 0))
        .map((b) => ({ mmsi: b.mmsi, names: byFirst(b.names), callSigns: byFirst(b.callSigns), imos: byFirst(b.imos), flags: byFirst(b.flags), reports: b.reports }));
      return { vessels, rowsRead, skipped: { ...skipped } };
    },
  };
}

/** An AIS vessel as matching takes it: id and MMSI the MMSI, every name and IMO number it reported. */
export function aisIdentityToMatchable(identity: AisVesselIdentity): MatchableVessel {
  return { id: identity.mmsi, mmsi: identity.mmsi, names: identity.names.map((o) => o.value), imo: identity.imos.map((o) => o.value) };
}
