import { describe, expect, it } from 'vitest';
import type { DensityGrid } from './density-grid';
import { densityInRange, densityTimeExtent } from './density-range';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 2, 1);
const grid: DensityGrid = {
  cellDegrees: 0.1,
  binHours: 24,
  resampleMinutes: 10,
  cells: [
    { lon: 131.5, lat: 42.1, binStart: T0, positions: 10, vessels: 2, vesselHours: 3 },
    { lon: 131.5, lat: 42.1, binStart: T0 + DAY, positions: 5, vessels: 3, vesselHours: 1.5 },
    { lon: 131.6, lat: 42.1, binStart: T0 + 2 * DAY, positions: 1, vessels: 1, vesselHours: 0 },
  ],
};

describe('densityInRange', () => {
  it('adds a cell up over its bins; vessels are the busiest bin, never a sum', () => {
    const all = densityInRange(grid, null);
    expect(all.cells).toEqual([
      { lon: 131.5, lat: 42.1, positions: 15, vesselHours: 4.5, peakVessels: 3, bins: 2 },
      { lon: 131.6, lat: 42.1, positions: 1, vesselHours: 0, peakVessels: 1, bins: 1 },
    ]);
    expect(all.maxVesselHours).toBe(4.5);
  });

  it('keeps the bins that overlap the range, whole', () => {
    const second = densityInRange(grid, [T0 + DAY + 3_600_000, T0 + DAY + 7_200_000]);
    expect(second.cells).toEqual([{ lon: 131.5, lat: 42.1, positions: 5, vesselHours: 1.5, peakVessels: 3, bins: 1 }]);
    expect(densityInRange(grid, [T0 - 10 * DAY, T0 - DAY]).cells).toEqual([]);
    expect(densityInRange(grid, [T0 - 10 * DAY, T0 - DAY]).maxVesselHours).toBe(0);
  });

  it('gives the time the grid covers', () => {
    expect(densityTimeExtent(grid)).toEqual([T0, T0 + 3 * DAY - 1]);
    expect(densityTimeExtent({ ...grid, cells: [] })).toBeNull();
  });
});
