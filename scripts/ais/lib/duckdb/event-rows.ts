import type { EventColumn, FlatEventRecord } from '../../../../geo/analysis/ais/export-events';

/** The events table's columns (events.sql) and the export column each becomes. Times are UTC seconds there. */
const SQL_TO_EVENT: readonly (readonly [sql: string, column: EventColumn, kind: 'text' | 'number' | 'time' | 'flag'])[] = [
  ['id', 'id', 'text'],
  ['kind', 'kind', 'text'],
  ['start_sec', 'start', 'time'],
  ['end_sec', 'end', 'time'],
  ['duration_minutes', 'durationMinutes', 'number'],
  ['lon', 'lon', 'number'],
  ['lat', 'lat', 'number'],
  ['vessel1_mmsi', 'vessel1Mmsi', 'text'],
  ['vessel1_name', 'vessel1Name', 'text'],
  ['vessel1_imo', 'vessel1Imo', 'text'],
  ['vessel2_mmsi', 'vessel2Mmsi', 'text'],
  ['vessel2_name', 'vessel2Name', 'text'],
  ['vessel2_imo', 'vessel2Imo', 'text'],
  ['median_distance_m', 'medianDistanceMeters', 'number'],
  ['median_speed_kn', 'medianSpeedKnots', 'number'],
  ['port_distance_km', 'portDistanceKm', 'number'],
  ['off_sec', 'offTime', 'time'],
  ['off_lon', 'offLon', 'number'],
  ['off_lat', 'offLat', 'number'],
  ['on_sec', 'onTime', 'time'],
  ['on_lon', 'onLon', 'number'],
  ['on_lat', 'onLat', 'number'],
  ['distance_km', 'distanceKm', 'number'],
  ['implied_speed_kn', 'impliedSpeedKnots', 'number'],
  ['port_id', 'portId', 'text'],
  ['port_name', 'portName', 'text'],
  ['stopped', 'stopped', 'flag'],
  ['silent', 'silent', 'flag'],
];

export const EVENT_SQL_COLUMNS: readonly string[] = SQL_TO_EVENT.map(([sql]) => sql);

/** A row of the events table as the flat record the exports use (ISO times, export column names). */
export function flatRecordFromSqlRow(row: Readonly<Record<string, unknown>>): FlatEventRecord {
  const out = {} as FlatEventRecord;
  for (const [sql, column, kind] of SQL_TO_EVENT) {
    const v = row[sql];
    if (v === null || v === undefined) out[column] = null;
    else if (kind === 'time') out[column] = new Date(Number(v) * 1000).toISOString();
    else if (kind === 'number') out[column] = Number(v);
    else if (kind === 'flag') out[column] = Boolean(v);
    else out[column] = String(v);
  }
  return out;
}

/**
 * A SELECT of the events table with the export's column names and ISO times, plus a GeoParquet point `geometry`:
 * what `--parquet` writes, so the CSV, GeoJSON and Parquet outputs have the same columns.
 */
export function eventsExportSelect(table = 'events'): string {
  const cols = SQL_TO_EVENT.map(([sql, column, kind]) => (kind === 'time' ? `ais_iso_time(${sql}) AS "${column}"` : `${sql} AS "${column}"`));
  return `SELECT ${cols.join(', ')}, CAST('POINT(' || lon || ' ' || lat || ')' AS GEOMETRY) AS geometry FROM ${table} ORDER BY start_sec, id`;
}

const SQL_TYPES = { text: 'VARCHAR', number: 'DOUBLE', time: 'BIGINT', flag: 'BOOLEAN' } as const;

/** The events table as events.sql makes it, for an engine that did not run it (the stream engine's Parquet output). */
export const EVENTS_TABLE_DDL = `CREATE TABLE events (${SQL_TO_EVENT.map(([sql, , kind]) => `${sql} ${SQL_TYPES[kind]}`).join(', ')})`;

export type SqlCell =
  | { type: 'VARCHAR'; value: string | null }
  | { type: 'DOUBLE'; value: number | null }
  | { type: 'BIGINT'; value: number | null }
  | { type: 'BOOLEAN'; value: boolean | null };

/** A flat record as typed cells of {@link EVENTS_TABLE_DDL}, in order (times back to UTC seconds). */
export function sqlCellsFromFlatRecord(record: FlatEventRecord): SqlCell[] {
  return SQL_TO_EVENT.map(([, column, kind]): SqlCell => {
    const v = record[column];
    if (kind === 'time') return { type: 'BIGINT', value: v === null ? null : Math.round(Date.parse(String(v)) / 1000) };
    if (kind === 'number') return { type: 'DOUBLE', value: v === null ? null : Number(v) };
    if (kind === 'flag') return { type: 'BOOLEAN', value: v === null ? null : Boolean(v) };
    return { type: 'VARCHAR', value: v === null ? null : String(v) };
  });
}
