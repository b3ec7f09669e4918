import { openSync, readSync, closeSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { resolveAisColumns } from '../../../../geo/analysis/ais/parse-ais-row';
import { sqlIdentifier, sqlString } from './sql-templates';

/** What a file turned out to be, and how it is read as `ais_source(mmsi, t_sec, lat, lon, sog, sog_text_bad, name, imo)`. */
export interface AisSource {
  path: string;
  format: 'noaa-csv' | 'dma-csv' | 'parquet' | 'geoparquet';
  select: string;
}

/** A file that cannot be read, with one sentence that says why. */
export class AisSourceError extends Error {}

const CSV_OPTIONS = 'header = true, all_varchar = true, null_padding = true, strict_mode = false';

function isParquet(path: string): boolean {
  if (/\.(geo)?parquet$|\.pq$/i.test(path)) return true;
  if (/\.(csv|txt|tsv)(\.gz|\.zst)?$/i.test(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.toString('latin1') === 'PAR1';
  } finally {
    closeSync(fd);
  }
}

async function describe(connection: DuckDBConnection, from: string): Promise<{ name: string; type: string }[]> {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`);
  return reader.getRowObjectsJS().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
const col = (name: string | undefined): string => (name === undefined ? 'NULL' : `trim(CAST(${sqlIdentifier(name)} AS VARCHAR))`);

/** SOG as text: empty means "not reported", anything that is not a number is a bad speed. */
function speedFromText(expr: string): string {
  return `ais_to_double(NULLIF(${expr}, '')) AS sog, (NULLIF(${expr}, '') IS NOT NULL AND ais_to_double(NULLIF(${expr}, '')) IS NULL) AS sog_text_bad`;
}

async function csvSource(connection: DuckDBConnection, path: string): Promise<AisSource> {
  const from = `read_csv(${sqlString(path)}, ${CSV_OPTIONS})`;
  let columns: { name: string }[];
  try {
    columns = await describe(connection, from);
  } catch (error) {
    throw new AisSourceError(`${path}: not a CSV file DuckDB can read (${firstLine(error)}).`);
  }
  const names = columns.map((c) => c.name);
  const layout = resolveAisColumns(names);
  if (layout === null) {
    throw new AisSourceError(
      `${path}: not an AIS file we know: a CSV needs the NOAA MarineCadastre header (MMSI, BaseDateTime, LAT, LON, …) or the Danish Maritime Authority one (# Timestamp, MMSI, Latitude, Longitude, …), and this one is ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}.`,
    );
  }
  const time = layout.layout === 'noaa' ? `ais_noaa_seconds(${col(layout.time)})` : `ais_dma_seconds(${col(layout.time)})`;
  const sog = layout.sog === undefined ? 'CAST(NULL AS DOUBLE) AS sog, false AS sog_text_bad' : speedFromText(col(layout.sog));
  return {
    path,
    format: layout.layout === 'noaa' ? 'noaa-csv' : 'dma-csv',
    select:
      `SELECT ${col(layout.mmsi)} AS mmsi, ${time} AS t_sec, ais_to_double(${col(layout.lat)}) AS lat, ` +
      `ais_to_double(${col(layout.lon)}) AS lon, ${sog}, ${col(layout.name)} AS name, ${col(layout.imo)} AS imo FROM ${from}`,
  };
}

const NUMERIC = /^(DOUBLE|FLOAT|REAL|DECIMAL|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)/i;
const norm = (s: string): string => s.replace(/^\uFEFF/, '').replace(/^#/, '').trim().replace(/[\s_]+/g, '').toLowerCase();
const PARQUET_NAMES = {
  mmsi: ['mmsi'],
  time: ['basedatetime', 'timestamp', 'time', 'datetime', 'timestamputc'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'longitude', 'lng'],
  sog: ['sog', 'speedoverground'],
  name: ['vesselname', 'name', 'shipname'],
  imo: ['imo'],
} as const;

async function parquetSource(connection: DuckDBConnection, path: string): Promise<AisSource> {
  const from = `read_parquet(${sqlString(path)})`;
  let columns: { name: string; type: string }[];
  try {
    columns = await describe(connection, from);
  } catch (error) {
    throw new AisSourceError(`${path}: not a Parquet file DuckDB can read (${firstLine(error)}).`);
  }
  const find = (key: keyof typeof PARQUET_NAMES) => columns.find((c) => (PARQUET_NAMES[key] as readonly string[]).includes(norm(c.name)));
  const mmsi = find('mmsi');
  const time = find('time');
  const geometry = columns.find((c) => /^GEOMETRY/i.test(c.type)) ?? columns.find((c) => /^(geometry|geom|wkb_geometry)$/i.test(c.name) && c.type === 'BLOB');
  const lat = find('lat');
  const lon = find('lon');
  const names = columns.map((c) => c.name).join(', ');
  if (mmsi === undefined || time === undefined || (geometry === undefined && (lat === undefined || lon === undefined))) {
    throw new AisSourceError(`${path}: a Parquet file of AIS needs MMSI, time and either lat/lon columns or a point geometry; it has ${names}.`);
  }
  const q = (c: { name: string }) => sqlIdentifier(c.name);
  const mmsiSql = /INT/i.test(mmsi.type) ? `CASE WHEN ${q(mmsi)} BETWEEN 1 AND 999999999 THEN lpad(CAST(${q(mmsi)} AS VARCHAR), 9, '0') ELSE CAST(${q(mmsi)} AS VARCHAR) END` : col(mmsi.name);
  let timeSql: string;
  if (/^TIMESTAMP/i.test(time.type)) timeSql = `ais_timestamp_seconds(${q(time)})`;
  else if (/^VARCHAR/i.test(time.type)) timeSql = `COALESCE(ais_noaa_seconds(${col(time.name)}), ais_dma_seconds(${col(time.name)}))`;
  else throw new AisSourceError(`${path}: its time column ${time.name} is ${time.type}; it must be a TIMESTAMP or ISO text.`);
  const point = geometry === undefined ? null : geometry.type === 'BLOB' ? `ais_wkb_geometry(${q(geometry)})` : q(geometry);
  const number = (c: { name: string; type: string }) => (NUMERIC.test(c.type) ? `CAST(${q(c)} AS DOUBLE)` : `ais_to_double(${col(c.name)})`);
  const latSql = point === null ? number(lat!) : `ais_point_lat(${point})`;
  const lonSql = point === null ? number(lon!) : `ais_point_lon(${point})`;
  const sogCol = find('sog');
  const sog =
    sogCol === undefined
      ? 'CAST(NULL AS DOUBLE) AS sog, false AS sog_text_bad'
      : NUMERIC.test(sogCol.type)
        ? `CAST(${q(sogCol)} AS DOUBLE) AS sog, false AS sog_text_bad`
        : speedFromText(col(sogCol.name));
  const nameCol = find('name');
  const imoCol = find('imo');
  return {
    path,
    format: point === null ? 'parquet' : 'geoparquet',
    select:
      `SELECT ${mmsiSql} AS mmsi, ${timeSql} AS t_sec, ${latSql} AS lat, ${lonSql} AS lon, ${sog}, ` +
      `${col(nameCol?.name)} AS name, ${col(imoCol?.name)} AS imo FROM ${from}`,
  };
}

/** Inspects each file (CSV by its header, Parquet by its schema) and says how to read it, or why it cannot be. */
export async function planAisSources(connection: DuckDBConnection, paths: readonly string[]): Promise<AisSource[]> {
  const out: AisSource[] = [];
  for (const path of paths) out.push(isParquet(path) ? await parquetSource(connection, path) : await csvSource(connection, path));
  return out;
}

/** Expands globs (DuckDB's glob(), so `data/2024-*.parquet` works the same everywhere); a name that matches nothing is an error. */
export async function expandAisPaths(connection: DuckDBConnection, patterns: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    const reader = await connection.runAndReadAll(`SELECT file FROM glob(${sqlString(pattern)}) ORDER BY file`);
    const files = reader.getRowObjectsJS().map((r) => String(r.file));
    if (files.length === 0) throw new AisSourceError(`${pattern}: no such file.`);
    out.push(...files);
  }
  return out;
}
