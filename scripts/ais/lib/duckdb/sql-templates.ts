import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The detection SQL, one file a stage: the same definitions on any engine that provides the dialect functions. */
export const SQL_DIR = fileURLToPath(new URL('../../../../geo/analysis/ais/sql/', import.meta.url));

/** Stages in the order they run; each reads the tables the ones before it made. */
export const SQL_STAGES = ['clean', 'tracks', 'resample', 'encounters', 'loitering', 'gaps', 'port-visits', 'density', 'events'] as const;
export type SqlStage = (typeof SQL_STAGES)[number] | 'tracks-dedup' | 'dialect-duckdb';

export function readSql(stage: SqlStage): string {
  return readFileSync(`${SQL_DIR}${stage}.sql`, 'utf8');
}

/** A value a template may take: a finite number (a threshold) or a plain identifier (a table or column name). */
export type SqlValue = number | string;
export type SqlValues = Readonly<Record<string, Readonly<Record<string, SqlValue>>>>;

const PLACEHOLDER = /\$\{([A-Za-z]+)\.([A-Za-z]+)\}/g;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Every `${group.name}` a template uses. */
export function sqlPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => `${m[1]}.${m[2]}`))];
}

/**
 * Fills `${group.name}` with `values[group][name]`. Whole numbers are written as integers and the rest with an
 * exponent (0.1 as 1e-1): DuckDB reads 0.1 as an exact DECIMAL, while 1e-1 is a double in every engine, as in
 * the TypeScript engine. Identifiers go in as they are; anything else, or a name with no value, throws: a
 * template never runs half filled.
 */
export function renderSql(text: string, values: SqlValues): string {
  return text.replace(PLACEHOLDER, (_all, group: string, name: string) => {
    const v = values[group]?.[name];
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new RangeError(`SQL parameter ${group}.${name} is not a finite number (${v})`);
      return Number.isInteger(v) ? String(v) : v.toExponential();
    }
    if (typeof v === 'string' && IDENTIFIER.test(v)) return v;
    throw new Error(`SQL parameter ${group}.${name} has no usable value`);
  });
}

/** A literal SQL string: single quotes doubled. */
export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier: double quotes doubled. */
export function sqlIdentifier(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}
