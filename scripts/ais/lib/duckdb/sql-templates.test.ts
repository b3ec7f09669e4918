import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AIS_DETECTION_PARAMS } from '../../../../geo/analysis/ais/detection-params';
import { readSql, renderSql, SQL_DIR, SQL_STAGES, sqlPlaceholders, type SqlStage } from './sql-templates';

const files = readdirSync(SQL_DIR)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => f.replace(/\.sql$/, '') as SqlStage);
const used = new Set(files.flatMap((f) => sqlPlaceholders(readSql(f))));

describe('the SQL definitions and the one set of thresholds', () => {
  it('runs every SQL file of the folder (none forgotten)', () => {
    expect(files.sort()).toEqual([...SQL_STAGES, 'dialect-duckdb', 'tracks-dedup'].sort());
  });

  it('uses every threshold of detection-params.ts, by the same name', () => {
    for (const [group, params] of Object.entries(DEFAULT_AIS_DETECTION_PARAMS)) {
      for (const name of Object.keys(params)) {
        // Resampling thresholds reach resample.sql through its `resample` group.
        const direct = used.has(`${group}.${name}`);
        const viaResample = (name === 'resampleMinutes' || name === 'maxGapMinutes') && used.has(`resample.${name}`);
        expect(direct || viaResample, `${group}.${name}`).toBe(true);
      }
    }
  });

  it('uses no name that is not a threshold', () => {
    const known = new Set([
      ...Object.entries(DEFAULT_AIS_DETECTION_PARAMS).flatMap(([g, p]) => Object.keys(p).map((n) => `${g}.${n}`)),
      'resample.table',
      'resample.resampleMinutes',
      'resample.maxGapMinutes',
      'dialect.rowOrder',
    ]);
    expect([...used].filter((p) => !known.has(p))).toEqual([]);
  });

  it('writes whole numbers as integers and others with an exponent, and refuses anything unsafe', () => {
    expect(renderSql('${a.x} ${a.y} ${a.t}', { a: { x: 500, y: 0.1, t: 'samples_x' } })).toBe('500 1e-1 samples_x');
    expect(() => renderSql('${a.x}', { a: { x: Number.NaN } })).toThrow(/a\.x/);
    expect(() => renderSql('${a.t}', { a: { t: "x; DROP TABLE y" } })).toThrow(/a\.t/);
    expect(() => renderSql('${a.missing}', { a: {} })).toThrow(/a\.missing/);
  });
});
