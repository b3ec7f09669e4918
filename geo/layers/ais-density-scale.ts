import { densityInRange, type DensityGrid, type DensityRange } from '@/geo/analysis/ais';
import { rangeMs, type TimeRange } from '@/data/filter/time-rule';
import type { Rgba } from '../palette';
import { DENSITY_RAMP } from './user-data-palette';

// The density grid's colour scale, without deck.gl: the map legend (in the first load) reads it too.

/** The grid over a range, kept per grid and range so a render with the same filter hands deck.gl the same data. */
const ranges = new WeakMap<DensityGrid, Map<string, DensityRange>>();

export function densityForRange(grid: DensityGrid, range: TimeRange | null): DensityRange {
  const key = range === null ? 'all' : `${range[0]}-${range[1]}`; // days
  let byRange = ranges.get(grid);
  if (byRange === undefined) {
    byRange = new Map();
    ranges.set(grid, byRange);
  }
  let out = byRange.get(key);
  if (out === undefined) {
    if (byRange.size > 8) byRange.clear();
    out = densityInRange(grid, rangeMs(range));
    byRange.set(key, out);
  }
  return out;
}

/**
 * Colour of a cell: the ramp by vessel-hours on a log scale (a few busy lanes would otherwise hide everything else),
 * from the range's smallest non-zero value to its largest.
 */
export function densityColor(vesselHours: number, maxVesselHours: number): Rgba {
  if (!(maxVesselHours > 0) || !(vesselHours > 0)) return DENSITY_RAMP[0]!;
  const t = Math.min(1, Math.log1p(vesselHours) / Math.log1p(maxVesselHours));
  const x = t * (DENSITY_RAMP.length - 1);
  const i = Math.min(DENSITY_RAMP.length - 2, Math.floor(x));
  const f = x - i;
  const a = DENSITY_RAMP[i]!;
  const b = DENSITY_RAMP[i + 1]!;
  return [0, 1, 2, 3].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * f)) as unknown as Rgba;
}

/** The legend's stops: the ramp's colours at vessel-hours from the smallest shown to the largest. */
export function densityLegendStops(maxVesselHours: number): { vesselHours: number; color: Rgba }[] {
  const n = DENSITY_RAMP.length;
  return DENSITY_RAMP.map((color, i) => ({ vesselHours: Math.expm1((i / (n - 1)) * Math.log1p(maxVesselHours)), color }));
}
