import type { AisLayout, AisPosition, AisRowResult } from './types';

/** Header names of the columns a parser needs, as they are spelled in the file. */
export interface AisColumns {
  layout: AisLayout;
  mmsi: string;
  time: string;
  lat: string;
  lon: string;
  sog?: string;
  name?: string;
  imo?: string;
}

/** "# Timestamp " → "timestamp": DMA files start their header with a comment mark; case and spaces vary. */
function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').replace(/^#/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

const LAYOUT_COLUMNS: Record<AisLayout, Record<'mmsi' | 'time' | 'lat' | 'lon' | 'sog' | 'name' | 'imo', string>> = {
  noaa: { mmsi: 'mmsi', time: 'basedatetime', lat: 'lat', lon: 'lon', sog: 'sog', name: 'vesselname', imo: 'imo' },
  dma: { mmsi: 'mmsi', time: 'timestamp', lat: 'latitude', lon: 'longitude', sog: 'sog', name: 'name', imo: 'imo' },
};

/**
 * Maps a header row to the columns of a known AIS layout: NOAA MarineCadastre (`MMSI,BaseDateTime,LAT,LON,...`)
 * or Danish Maritime Authority (`# Timestamp,Type of mobile,MMSI,Latitude,Longitude,...`). Case, a leading `#`
 * and a byte-order mark are ignored. Returns null when the header is neither.
 */
export function resolveAisColumns(headers: readonly string[]): AisColumns | null {
  const byName = new Map<string, string>();
  for (const h of headers) {
    const key = normaliseHeader(h);
    if (!byName.has(key)) byName.set(key, h);
  }
  for (const layout of ['noaa', 'dma'] as const) {
    const names = LAYOUT_COLUMNS[layout];
    const mmsi = byName.get(names.mmsi);
    const time = byName.get(names.time);
    const lat = byName.get(names.lat);
    const lon = byName.get(names.lon);
    if (mmsi === undefined || time === undefined || lat === undefined || lon === undefined) continue;
    const columns: AisColumns = { layout, mmsi, time, lat, lon };
    const sog = byName.get(names.sog);
    const name = byName.get(names.name);
    const imo = byName.get(names.imo);
    if (sog !== undefined) columns.sog = sog;
    if (name !== undefined) columns.name = name;
    if (imo !== undefined) columns.imo = imo;
    return columns;
  }
  return null;
}

/** Which AIS layout a header row belongs to, or null when it is not an AIS file we know. */
export function detectAisLayout(headers: readonly string[]): AisLayout | null {
  return resolveAisColumns(headers)?.layout ?? null;
}

/** AIS "speed not available" (ITU-R M.1371: 1023 tenths of a knot). */
export const SOG_NOT_AVAILABLE_KNOTS = 102.3;

const NOAA_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z?$/;
const DMA_TIME = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;
/** Tracks are stored as unsigned 32-bit seconds, so times must fall between 1970 and 2106. */
const MAX_EPOCH_MS = 0xffffffff * 1000;

function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  if (new Date(ms).getUTCDate() !== d || ms < 0 || ms > MAX_EPOCH_MS) return null;
  return ms;
}

/**
 * Parses an AIS timestamp as UTC epoch milliseconds: ISO `2023-01-01T00:00:05` for NOAA (no zone: it is UTC,
 * which `Date.parse` would not assume), `dd/mm/yyyy hh:mm:ss` for DMA. Returns null for anything else.
 */
export function parseAisTimestamp(text: string, layout: AisLayout): number | null {
  if (layout === 'noaa') {
    const m = NOAA_TIME.exec(text);
    return m ? utcMs(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : null;
  }
  const m = DMA_TIME.exec(text);
  return m ? utcMs(+m[3]!, +m[2]!, +m[1]!, +m[4]!, +m[5]!, +m[6]!) : null;
}

function cell(record: Readonly<Record<string, unknown>>, key: string | undefined): string {
  if (key === undefined) return '';
  const v = record[key];
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

function parseNumber(text: string): number {
  return text === '' ? NaN : Number(text);
}

const MMSI = /^\d{9}$/;
const IMO = /^(?:IMO)?\s*(\d{7})$/i;

/**
 * Turns one parsed CSV record (header → cell, as papaparse gives with `header: true`) into an AIS position,
 * or says why it cannot be used. Checks, in order: MMSI (exactly nine digits, not all zeros), timestamp,
 * coordinates (in range, not the AIS "not available" 91/181, not 0,0), speed (empty or 102.3 means not
 * available and is kept as missing; text, negative or above 102.3 is `bad-speed`).
 */
export function parseAisRow(record: Readonly<Record<string, unknown>>, columns: AisColumns): AisRowResult {
  const mmsi = cell(record, columns.mmsi);
  if (!MMSI.test(mmsi) || mmsi === '000000000') return { ok: false, reason: 'bad-mmsi' };

  const t = parseAisTimestamp(cell(record, columns.time), columns.layout);
  if (t === null) return { ok: false, reason: 'bad-timestamp' };

  const lat = parseNumber(cell(record, columns.lat));
  const lon = parseNumber(cell(record, columns.lon));
  if (
    !Number.isFinite(lat) ||
    !Number.isFinite(lon) ||
    lat < -90 ||
    lat > 90 ||
    lon < -180 ||
    lon > 180 ||
    (lat === 0 && lon === 0)
  ) {
    // 91 and 181 (AIS "not available") fall outside the ranges above.
    return { ok: false, reason: 'bad-coordinates' };
  }

  const position: AisPosition = { mmsi, t, lon, lat };
  const sogText = cell(record, columns.sog);
  if (sogText !== '') {
    const sog = Number(sogText);
    if (!Number.isFinite(sog) || sog < 0 || sog > SOG_NOT_AVAILABLE_KNOTS) return { ok: false, reason: 'bad-speed' };
    if (sog !== SOG_NOT_AVAILABLE_KNOTS) position.sogKnots = sog;
  }

  const name = cell(record, columns.name);
  if (name !== '' && name.toLowerCase() !== 'unknown') position.name = name;
  const imo = IMO.exec(cell(record, columns.imo))?.[1];
  if (imo !== undefined && imo !== '0000000') position.imo = imo;

  return { ok: true, position };
}
