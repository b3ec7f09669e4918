import { SolidPolygonLayer } from '@deck.gl/layers';
import type { DensityGrid, DensityRangeCell } from '@/geo/analysis/ais';
import type { TimeRange } from '@/data/filter/time-rule';
import { densityColor, densityForRange } from './ais-density-scale';

/**
 * The density grid of an AIS user layer as one layer of cells (`ais-<layer>-density`), coloured by vessel-hours in
 * the dashboard's time range (whole bins: a day by default). Drawn under the events; `visible: false` when the layer
 * is hidden, the part is off, or the layer has no grid.
 */
export function buildAisDensityLayer(id: string, grid: DensityGrid | undefined, visible: boolean, range: TimeRange | null) {
  const data = grid === undefined ? null : densityForRange(grid, range);
  const c = grid?.cellDegrees ?? 0;
  const max = data?.maxVesselHours ?? 0;
  return new SolidPolygonLayer<DensityRangeCell>({
    id,
    data: data?.cells ?? [],
    visible: visible && data !== null,
    pickable: true,
    getPolygon: (cell) => [
      [cell.lon, cell.lat],
      [cell.lon + c, cell.lat],
      [cell.lon + c, cell.lat + c],
      [cell.lon, cell.lat + c],
    ],
    getFillColor: (cell) => densityColor(cell.vesselHours, max),
    updateTriggers: { getFillColor: max },
  });
}
