import type { DensityCell, DensityGrid } from './density-grid';

/** One cell of the grid over a time range: its bins added up. */
export interface DensityRangeCell {
  /** South-west corner, degrees. */
  lon: number;
  lat: number;
  positions: number;
  vesselHours: number;
  /** Distinct vessels of its busiest bin: vessels cannot be added across bins (one ship on two days is one ship). */
  peakVessels: number;
  /** Bins of the range with any data in the cell. */
  bins: number;
}

export interface DensityRange {
  cellDegrees: number;
  cells: DensityRangeCell[];
  /** Largest vessel-hours of a cell, for the colour scale; 0 when there are no cells. */
  maxVesselHours: number;
}

/**
 * The density grid over `[fromMs, toMs]` (null: all of it): every bin that overlaps the range counted whole, the
 * cells' bins added up. Bins are the grid's own (a day by default), so a range cuts at bin edges, never inside one.
 */
export function densityInRange(grid: DensityGrid, range: readonly [number, number] | null): DensityRange {
  const binMs = grid.binHours * 3_600_000;
  const inRange = (c: DensityCell) => range === null || (c.binStart <= range[1] && c.binStart + binMs > range[0]);
  const byCell = new Map<string, DensityRangeCell>();
  for (const c of grid.cells) {
    if (!inRange(c)) continue;
    const key = `${c.lon},${c.lat}`;
    const acc = byCell.get(key);
    if (acc === undefined) {
      byCell.set(key, { lon: c.lon, lat: c.lat, positions: c.positions, vesselHours: c.vesselHours, peakVessels: c.vessels, bins: 1 });
    } else {
      acc.positions += c.positions;
      acc.vesselHours += c.vesselHours;
      acc.peakVessels = Math.max(acc.peakVessels, c.vessels);
      acc.bins += 1;
    }
  }
  const cells = [...byCell.values()];
  return { cellDegrees: grid.cellDegrees, cells, maxVesselHours: cells.reduce((m, c) => Math.max(m, c.vesselHours), 0) };
}

/** The time the grid covers: first bin's start to last bin's end, epoch ms; null when it is empty. */
export function densityTimeExtent(grid: DensityGrid): [number, number] | null {
  if (grid.cells.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const c of grid.cells) {
    min = Math.min(min, c.binStart);
    max = Math.max(max, c.binStart);
  }
  return [min, max + grid.binHours * 3_600_000 - 1];
}
