import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import { densityToFile } from '../../../geo/analysis/ais/density-file';
import type { DensityGrid } from '../../../geo/analysis/ais/density-grid';
import { eventsToCsv, eventsToGeoJson, flattenEvent } from '../../../geo/analysis/ais/export-events';
import type { AisEvent } from '../../../geo/analysis/ais/types';
import { EVENTS_TABLE_DDL, eventsExportSelect, sqlCellsFromFlatRecord, type SqlCell } from './duckdb/event-rows';
import { readSql, sqlString } from './duckdb/sql-templates';
import type { EngineResult } from './engines';

export function writeEventsGeoJson(events: readonly AisEvent[], path: string): void {
  writeFileSync(path, JSON.stringify(eventsToGeoJson(events)));
}

export function writeEventsCsv(events: readonly AisEvent[], path: string): void {
  writeFileSync(path, eventsToCsv(events));
}

function append(appender: DuckDBAppender, cell: SqlCell): void {
  if (cell.value === null) appender.appendNull();
  else if (cell.type === 'BOOLEAN') appender.appendBoolean(cell.value);
  else if (cell.type === 'VARCHAR') appender.appendVarchar(cell.value);
  else if (cell.type === 'BIGINT') appender.appendBigInt(BigInt(cell.value));
  else appender.appendDouble(cell.value);
}

/** A scratch in-memory DuckDB with the dialect loaded, for outputs of the stream engine. */
async function scratch<T>(f: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const statements = await connection.extractStatements(readSql('dialect-duckdb'));
    for (let i = 0; i < statements.count; i++) await (await statements.prepare(i)).run();
    return await f(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Events as (Geo)Parquet: the export's columns and ISO times, plus a point `geometry`. The DuckDB engine copies
 * its events table; the stream engine's events go through the same table definition first, so both write one schema.
 */
export async function writeEventsParquet(result: EngineResult, path: string): Promise<void> {
  const copy = `COPY (${eventsExportSelect()}) TO ${sqlString(path)} (FORMAT parquet)`;
  if (result.run !== undefined) {
    await result.run.exec('output', copy);
    return;
  }
  await scratch(async (c) => {
    await c.run(EVENTS_TABLE_DDL.replace('CREATE TABLE events', 'CREATE TABLE events_typed'));
    const appender = await c.createAppender('events_typed');
    for (const e of result.events) {
      for (const cell of sqlCellsFromFlatRecord(flattenEvent(e))) append(appender, cell);
      appender.endRow();
    }
    appender.closeSync();
    await c.run(`CREATE VIEW events AS SELECT * FROM events_typed`);
    await c.run(copy);
  });
}

const DENSITY_HEADER = ['lon', 'lat', 'binStart', 'positions', 'vessels', 'vesselHours'];

/** The density grid by the file's extension: JSON (what the app imports), CSV, or Parquet. */
export async function writeDensity(grid: DensityGrid, path: string, inputs: readonly string[]): Promise<void> {
  if (/\.json$/i.test(path)) {
    writeFileSync(path, JSON.stringify(densityToFile(grid, inputs.map((p) => basename(p)))));
    return;
  }
  const rows = grid.cells.map((c) => [c.lon, c.lat, new Date(c.binStart).toISOString(), c.positions, c.vessels, c.vesselHours]);
  if (/\.csv$/i.test(path)) {
    writeFileSync(path, Papa.unparse({ fields: DENSITY_HEADER, data: rows }, { newline: '\n' }));
    return;
  }
  if (!/\.parquet$/i.test(path)) throw new Error(`--density ${path}: write .json (for the app), .csv or .parquet`);
  await scratch(async (c) => {
    await c.run('CREATE TABLE density (lon DOUBLE, lat DOUBLE, bin_start_ms BIGINT, positions BIGINT, vessels BIGINT, vessel_hours DOUBLE)');
    const appender = await c.createAppender('density');
    for (const cell of grid.cells) {
      appender.appendDouble(cell.lon);
      appender.appendDouble(cell.lat);
      appender.appendBigInt(BigInt(cell.binStart));
      appender.appendBigInt(BigInt(cell.positions));
      appender.appendBigInt(BigInt(cell.vessels));
      appender.appendDouble(cell.vesselHours);
      appender.endRow();
    }
    appender.closeSync();
    await c.run(
      `COPY (SELECT lon, lat, make_timestamp(bin_start_ms * 1000) AS "binStart", positions, vessels, vessel_hours AS "vesselHours" FROM density) TO ${sqlString(path)} (FORMAT parquet)`,
    );
  });
}
