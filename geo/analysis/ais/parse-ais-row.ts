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

/** UTC midnight of the last date seen per layout: AIS files hold a day or a few, so most rows hit it. */
const lastDay: Record<AisLayout, { prefix: string; ms: number }> = { noaa: { prefix: '', ms: 0 }, dma: { prefix: '', ms: 0 } };

function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Parses an AIS timestamp as UTC epoch milliseconds: ISO `2023-01-01T00:00:05` for NOAA (no zone: it is UTC,
 * which `Date.parse` would not assume), `dd/mm/yyyy hh:mm:ss` for DMA. Returns null for anything else.
 */
export function parseAisTimestamp(text: string, layout: AisLayout): number | null {
  // Fast path, same day as the previous row: only the time of day is read.
  const day = lastDay[layout];
  if (text.length === 19 && day.prefix !== '' && text.startsWith(day.prefix)) {
    const sep = text.charCodeAt(10);
    if ((sep === 32 || (sep === 84 && layout === 'noaa')) && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58) {
      const h = twoDigits(text, 11);
      const mi = twoDigits(text, 14);
      const s = twoDigits(text, 17);
      if (h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59) return day.ms + (h * 3600 + mi * 60 + s) * 1000;
    }
  }
  let ms: number | null = null;
  let midnight: number | null = null;
  if (layout === 'noaa') {
    const m = NOAA_TIME.exec(text);
    if (m) {
      ms = utcMs(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
      midnight = utcMs(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0);
    }
  } else {
    const m = DMA_TIME.exec(text);
    if (m) {
      ms = utcMs(+m[3]!, +m[2]!, +m[1]!, +m[4]!, +m[5]!, +m[6]!);
      midnight = utcMs(+m[3]!, +m[2]!, +m[1]!, 0, 0, 0);
    }
  }
  if (ms !== null && midnight !== null) {
    day.prefix = text.slice(0, 10);
    day.ms = midnight;
  }
  return ms;
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
  return parseAisCells(
    columns.layout,
    cell(record, columns.mmsi),
    cell(record, columns.time),
    cell(record, columns.lat),
    cell(record, columns.lon),
    cell(record, columns.sog),
    cell(record, columns.name),
    cell(record, columns.imo),
  );
}

/** Positions of the needed columns in a row of values (-1 where the file has no such column). */
export interface AisColumnIndexes {
  layout: AisLayout;
  mmsi: number;
  time: number;
  lat: number;
  lon: number;
  sog: number;
  name: number;
  imo: number;
}

export function aisColumnIndexes(headers: readonly string[], columns: AisColumns): AisColumnIndexes {
  const at = (name: string | undefined): number => (name === undefined ? -1 : headers.indexOf(name));
  return {
    layout: columns.layout,
    mmsi: at(columns.mmsi),
    time: at(columns.time),
    lat: at(columns.lat),
    lon: at(columns.lon),
    sog: at(columns.sog),
    name: at(columns.name),
    imo: at(columns.imo),
  };
}

/** {@link parseAisRow} for a row of values (papaparse without `header`), which skips building an object a row. */
export function parseAisValues(values: readonly string[], ix: AisColumnIndexes): AisRowResult {
  return parseAisCells(
    ix.layout,
    valueAt(values, ix.mmsi),
    valueAt(values, ix.time),
    valueAt(values, ix.lat),
    valueAt(values, ix.lon),
    valueAt(values, ix.sog),
    valueAt(values, ix.name),
    valueAt(values, ix.imo),
  );
}

// A module-level function, not a closure: this runs for every row of multi-gigabyte files.
function valueAt(values: readonly string[], i: number): string {
  return i < 0 ? '' : (values[i] ?? '').trim();
}

function parseAisCells(
  layout: AisLayout,
  mmsi: string,
  timeText: string,
  latText: string,
  lonText: string,
  sogText: string,
  name: string,
  imoText: string,
): AisRowResult {
  if (!MMSI.test(mmsi) || mmsi === '000000000') return { ok: false, reason: 'bad-mmsi' };

  const t = parseAisTimestamp(timeText, layout);
  if (t === null) return { ok: false, reason: 'bad-timestamp' };

  const lat = parseNumber(latText);
  const lon = parseNumber(lonText);
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
  if (sogText !== '') {
    const sog = Number(sogText);
    if (!Number.isFinite(sog) || sog < 0 || sog > SOG_NOT_AVAILABLE_KNOTS) return { ok: false, reason: 'bad-speed' };
    if (sog !== SOG_NOT_AVAILABLE_KNOTS) position.sogKnots = sog;
  }

  if (name !== '' && name.toLowerCase() !== 'unknown') position.name = name;
  if (imoText !== '') {
    const imo = IMO.exec(imoText)?.[1];
    if (imo !== undefined && imo !== '0000000') position.imo = imo;
  }

  return { ok: true, position };
}
