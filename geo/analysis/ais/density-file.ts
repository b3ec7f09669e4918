import { z } from 'zod';
import type { DensityCell, DensityGrid } from './density-grid';

/** Marks a JSON file as a density grid written by `npm run detect`, whichever engine computed it. */
export const DENSITY_FILE_TYPE = 'route-atlas/ais-density';

export const DENSITY_COLUMNS = ['lon', 'lat', 'binStart', 'positions', 'vessels', 'vesselHours'] as const;

/**
 * The file: one row of {@link DENSITY_COLUMNS} a cell and bin (rows, not objects: a year of a sea is millions of
 * cells), `binStart` as an ISO time. `derived: true` says it was computed from the user's AIS, never curated.
 */
export interface DensityFile {
  type: typeof DENSITY_FILE_TYPE;
  version: 1;
  derived: true;
  cellDegrees: number;
  binHours: number;
  resampleMinutes: number;
  /** The AIS files it was computed from (names only). */
  sources: string[];
  columns: typeof DENSITY_COLUMNS;
  rows: [number, number, string, number, number, number][];
}

export function densityToFile(grid: DensityGrid, sources: readonly string[]): DensityFile {
  return {
    type: DENSITY_FILE_TYPE,
    version: 1,
    derived: true,
    cellDegrees: grid.cellDegrees,
    binHours: grid.binHours,
    resampleMinutes: grid.resampleMinutes,
    sources: [...sources],
    columns: DENSITY_COLUMNS,
    rows: grid.cells.map((c) => [c.lon, c.lat, new Date(c.binStart).toISOString(), c.positions, c.vessels, c.vesselHours]),
  };
}

const count = z.number().int().nonnegative();
const fileSchema = z.object({
  type: z.literal(DENSITY_FILE_TYPE),
  version: z.literal(1),
  cellDegrees: z.number().positive().max(10),
  binHours: z.number().min(1),
  resampleMinutes: z.number().positive(),
  sources: z.array(z.string()).default([]),
  columns: z.tuple([z.literal('lon'), z.literal('lat'), z.literal('binStart'), z.literal('positions'), z.literal('vessels'), z.literal('vesselHours')]),
  rows: z.array(
    z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.iso.datetime({ offset: false }), count, count, z.number().nonnegative()]),
  ),
});

/** True when parsed JSON says it is a density file (whether or not it is a valid one). */
export function looksLikeDensityFile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { type?: unknown }).type === DENSITY_FILE_TYPE;
}

export type DensityReadResult = { ok: true; grid: DensityGrid; sources: string[] } | { ok: false; error: string };

/** Reads a density file back; a bad one gets a sentence naming the first problem and where it is. */
export function densityFromFile(json: unknown): DensityReadResult {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, error: `not a density grid this version reads${where}: ${issue.message}` };
  }
  const f = parsed.data;
  const cells: DensityCell[] = f.rows.map(([lon, lat, bin, positions, vessels, vesselHours]) => ({
    lon,
    lat,
    binStart: Date.parse(bin),
    positions,
    vessels,
    vesselHours,
  }));
  return { ok: true, grid: { cellDegrees: f.cellDegrees, binHours: f.binHours, resampleMinutes: f.resampleMinutes, cells }, sources: f.sources };
}
