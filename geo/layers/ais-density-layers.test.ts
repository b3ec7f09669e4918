import { SolidPolygonLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import type { DensityGrid } from '@/geo/analysis/ais';
import { buildAisDensityLayer } from './ais-density-layers';
import { densityColor, densityForRange, densityLegendStops } from './ais-density-scale';
import { DENSITY_RAMP } from './user-data-palette';

const T0 = Date.UTC(2024, 2, 1);
const grid: DensityGrid = {
  cellDegrees: 0.1,
  binHours: 24,
  resampleMinutes: 10,
  cells: [
    { lon: 131.5, lat: 42.1, binStart: T0, positions: 10, vessels: 2, vesselHours: 3 },
    { lon: 131.6, lat: 42.1, binStart: T0, positions: 100, vessels: 9, vesselHours: 30 },
  ],
};

describe('buildAisDensityLayer', () => {
  it('draws a cell a square of the grid, coloured by vessel-hours', () => {
    const layer = buildAisDensityLayer('ais-user-x-density', grid, true, null);
    expect(layer).toBeInstanceOf(SolidPolygonLayer);
    expect(layer.props.visible).toBe(true);
    const cells = layer.props.data as { lon: number }[];
    expect(cells).toHaveLength(2);
    const polygon = (layer.props.getPolygon as unknown as (c: unknown) => number[][])(cells[0]);
    expect(polygon).toEqual([
      [131.5, 42.1],
      [131.6, 42.1],
      [131.6, 42.2],
      [131.5, 42.2],
    ]);
    // The busiest cell takes the ramp's last colour; the same range hands deck.gl the same data.
    expect((layer.props.getFillColor as unknown as (c: unknown) => number[])(cells[1])).toEqual(DENSITY_RAMP[DENSITY_RAMP.length - 1]);
    expect(buildAisDensityLayer('ais-user-x-density', grid, true, null).props.data).toBe(cells);
  });

  it('is hidden without a grid or with the part off, and empty outside the time range', () => {
    expect(buildAisDensityLayer('d', undefined, true, null).props.visible).toBe(false);
    expect(buildAisDensityLayer('d', grid, false, null).props.visible).toBe(false);
    expect(densityForRange(grid, [T0 - 10 * 86_400_000, T0 - 86_400_000]).cells).toEqual([]);
  });

  it('scales colours on a log scale and gives the legend its ends', () => {
    expect(densityColor(0, 30)).toEqual(DENSITY_RAMP[0]);
    expect(densityColor(30, 30)).toEqual(DENSITY_RAMP[5]);
    const stops = densityLegendStops(30);
    expect(stops[0]!.vesselHours).toBe(0);
    expect(stops[stops.length - 1]!.vesselHours).toBeCloseTo(30, 9);
  });
});
