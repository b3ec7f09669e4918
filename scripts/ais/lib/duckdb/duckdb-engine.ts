import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { emptySkipCounts, type SkipCounts } from '../../../../geo/analysis/ais/ais-row-sink';
import type { DensityGrid } from '../../../../geo/analysis/ais/density-grid';
import { sortEvents } from '../../../../geo/analysis/ais/detect-ais-events';
import type { AisDetectionParams } from '../../../../geo/analysis/ais/detection-params';
import { eventFromFlatRecord } from '../../../../geo/analysis/ais/export-events';
import { SKIP_REASONS, type AisEvent, type PortPoint, type SkipReason } from '../../../../geo/analysis/ais/types';
import { expandAisPaths, planAisSources, type AisSource } from './ais-sources';
import { EVENT_SQL_COLUMNS, flatRecordFromSqlRow } from './event-rows';
import { readSql, renderSql, SQL_STAGES, sqlString, type SqlStage, type SqlValues } from './sql-templates';

export interface DuckDbOptions {
  /** Files or globs: NOAA or DMA CSV, Parquet with lat/lon columns, GeoParquet points. */
  files: readonly string[];
  ports: readonly PortPoint[];
  params: AisDetectionParams;
  /** DuckDB's memory_limit, e.g. "4GB": past it, sorts and joins spill to `tempDirectory`. */
  memoryLimit: string;
  /** Where DuckDB spills; created if missing, and its files removed on close. */
  tempDirectory?: string;
  threads?: number;
  /** Called after each statement, e.g. for a progress line. */
  onStep?: (step: StepTiming) => void;
}

export interface StepTiming {
  stage: string;
  ms: number;
}

export interface DuckDbCounts {
  rowsRead: number;
  accepted: number;
  skipped: SkipCounts;
  /** Reports after one a second a vessel (the rest dropped as duplicates). */
  positions: number;
  vessels: number;
}

export interface DuckDbMemory {
  limit: string;
  /** Largest memory DuckDB's buffer manager held after any statement. */
  peakBufferBytes: number;
  /** Largest size its spill files reached after any statement. */
  peakTempBytes: number;
}

/**
 * One detection run on embedded DuckDB: the SQL files of geo/analysis/ais/sql, stage by stage, over the given files.
 * Open it, `run()` it, write what you need, `close()` it.
 */
export class DuckDbAisRun {
  readonly steps: StepTiming[] = [];
  readonly memory: DuckDbMemory;
  sources: AisSource[] = [];

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    private readonly options: DuckDbOptions,
    private readonly tempDirectory: string,
  ) {
    this.memory = { limit: options.memoryLimit, peakBufferBytes: 0, peakTempBytes: 0 };
  }

  static async open(options: DuckDbOptions): Promise<DuckDbAisRun> {
    // A folder of its own (two runs in one process must not share, or the first to close empties the other's).
    const tempDirectory = options.tempDirectory === undefined ? mkdtempSync(join(tmpdir(), 'route-atlas-duckdb-')) : options.tempDirectory;
    mkdirSync(tempDirectory, { recursive: true });
    const instance = await DuckDBInstance.create(':memory:', {
      memory_limit: options.memoryLimit,
      temp_directory: tempDirectory,
      // Rows keep the order they were read in: of two reports in one second, the first read is kept.
      preserve_insertion_order: 'true',
      ...(options.threads !== undefined ? { threads: String(options.threads) } : {}),
    });
    const connection = await instance.connect();
    const run = new DuckDbAisRun(instance, connection, options, tempDirectory);
    await run.exec('dialect', readSql('dialect-duckdb'));
    return run;
  }

  /** Runs every stage; returns the counts. Events and the density grid are then read with the methods below. */
  async run(): Promise<DuckDbCounts> {
    const { params, ports } = this.options;
    this.sources = await planAisSources(this.connection, await expandAisPaths(this.connection, this.options.files));
    await this.exec('sources', `CREATE VIEW ais_source AS ${this.sources.map((s) => s.select).join('\nUNION ALL\n')}`);
    await this.loadPorts(ports);
    const values = (resample: Record<string, number | string>): SqlValues => ({
      ...(params as unknown as SqlValues),
      resample,
      dialect: { rowOrder: 'rowid' },
    });
    const encounterGrid = { table: 'samples_encounter', resampleMinutes: params.encounter.resampleMinutes, maxGapMinutes: params.encounter.maxGapMinutes };
    const loiteringGrid = { table: 'samples_loitering', resampleMinutes: params.loitering.resampleMinutes, maxGapMinutes: params.loitering.maxGapMinutes };
    for (const stage of SQL_STAGES) {
      if (stage === 'resample') {
        await this.stage('resample', values(encounterGrid));
        const same = encounterGrid.resampleMinutes === loiteringGrid.resampleMinutes && encounterGrid.maxGapMinutes === loiteringGrid.maxGapMinutes;
        if (same) await this.exec('resample', 'CREATE VIEW samples_loitering AS SELECT * FROM samples_encounter');
        else await this.stage('resample', values(loiteringGrid));
        continue;
      }
      await this.stage(stage, values(encounterGrid));
      if (stage === 'tracks' && (await this.scalar('SELECT COUNT(*) FROM track_points WHERE prev_t = t')) > 0) {
        await this.stage('tracks-dedup', values(encounterGrid));
      }
    }
    return this.counts();
  }

  private async counts(): Promise<DuckDbCounts> {
    const skipped = emptySkipCounts();
    const reader = await this.connection.runAndReadAll('SELECT reason, n FROM skip_counts');
    for (const r of reader.getRowObjectsJS()) {
      if ((SKIP_REASONS as readonly string[]).includes(String(r.reason))) skipped[r.reason as SkipReason] = Number(r.n);
    }
    return {
      rowsRead: await this.scalar('SELECT rows_read FROM row_counts'),
      accepted: await this.scalar('SELECT accepted FROM row_counts'),
      skipped,
      positions: await this.scalar('SELECT COUNT(*) FROM track_points'),
      vessels: await this.scalar('SELECT COUNT(DISTINCT mmsi) FROM track_points'),
    };
  }

  /** Every event, sorted by start then id, parsed by the same schema that reads exported files back. */
  async events(): Promise<AisEvent[]> {
    const reader = await this.connection.runAndReadAll(`SELECT ${EVENT_SQL_COLUMNS.join(', ')} FROM events`);
    const events: AisEvent[] = [];
    for (const row of reader.getRowObjectsJS()) {
      const event = eventFromFlatRecord(flatRecordFromSqlRow(row));
      if (event === null) throw new Error(`DuckDB engine: event ${String(row.id)} does not fit the event schema`);
      events.push(event);
    }
    return sortEvents(events);
  }

  async density(): Promise<DensityGrid> {
    const p = this.options.params;
    const reader = await this.connection.runAndReadAll('SELECT lon, lat, bin_start_sec, positions, vessels, vessel_hours FROM density ORDER BY bin, iy, ix');
    return {
      cellDegrees: p.density.cellDegrees,
      binHours: p.density.binHours,
      resampleMinutes: p.encounter.resampleMinutes,
      cells: reader.getRowObjectsJS().map((r) => ({
        lon: Number(r.lon),
        lat: Number(r.lat),
        binStart: Number(r.bin_start_sec) * 1000,
        positions: Number(r.positions),
        vessels: Number(r.vessels),
        vesselHours: Number(r.vessel_hours),
      })),
    };
  }

  /** Runs a COPY (or any statement) against the finished tables, e.g. a Parquet export. */
  async exec(stage: string, sql: string): Promise<void> {
    const statements = await this.connection.extractStatements(sql);
    for (let i = 0; i < statements.count; i++) {
      const t0 = performance.now();
      const prepared = await statements.prepare(i);
      await prepared.run();
      const step = { stage, ms: performance.now() - t0 };
      this.steps.push(step);
      await this.sampleMemory();
      this.options.onStep?.(step);
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
    const dir = this.tempDirectory;
    rmSync(dir, { recursive: true, force: true });
    // DuckDB may touch its spill folder again when the instance is finally freed.
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }

  private async stage(stage: SqlStage, values: SqlValues): Promise<void> {
    await this.exec(stage, renderSql(readSql(stage), values));
  }

  private async scalar(sql: string): Promise<number> {
    const reader = await this.connection.runAndReadAll(sql);
    return Number(reader.getRows()[0]?.[0] ?? 0);
  }

  private async sampleMemory(): Promise<void> {
    const buffers = await this.scalar('SELECT COALESCE(SUM(memory_usage_bytes), 0) FROM duckdb_memory()');
    const temp = await this.scalar('SELECT COALESCE(SUM(size), 0) FROM duckdb_temporary_files()');
    this.memory.peakBufferBytes = Math.max(this.memory.peakBufferBytes, buffers);
    this.memory.peakTempBytes = Math.max(this.memory.peakTempBytes, temp);
  }

  private async loadPorts(ports: readonly PortPoint[]): Promise<void> {
    await this.exec('ports', 'CREATE TABLE ports (port_id VARCHAR, port_name VARCHAR, lon DOUBLE, lat DOUBLE)');
    if (ports.length === 0) return;
    const rows = ports.map((p) => `(${p.id === undefined ? 'NULL' : sqlString(p.id)}, ${p.name === undefined ? 'NULL' : sqlString(p.name)}, ${p.lon}, ${p.lat})`);
    await this.exec('ports', `INSERT INTO ports VALUES ${rows.join(', ')}`);
  }
}

export { sqlString };
