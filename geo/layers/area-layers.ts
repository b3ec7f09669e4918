import { PolygonLayer } from '@deck.gl/layers';
import { areaRing, type AreaShape } from '@/geo/analysis/area';
import type { Theme } from '../basemap/basemap-theme';
import type { Rgba } from '../palette';
import { memoByInput } from './memo-by-input';

/** The report's area: a blue unlike any dataset colour, so it never reads as a zone or a route. */
export const AREA_COLOR: Record<Theme, Rgba> = { light: [0, 92, 210, 255], dark: [110, 180, 255, 255] };
const HALO: Record<Theme, Rgba> = { light: [255, 255, 255, 230], dark: [10, 14, 22, 230] };

export interface AreaLayerInput {
  area: AreaShape | null;
  /** While the drawing tool edits the area it draws the outline itself. */
  editing: boolean;
}

interface AreaPolygon {
  ring: [number, number][];
}

// The same data object for the same area (and for none), so rebuilding the layers uploads nothing.
const NO_AREA: AreaPolygon[] = [];
const polygonsOf = memoByInput((area: AreaShape): AreaPolygon[] => [{ ring: areaRing(area) }]);

/** The area of the area report: a light fill and an outline on a halo, above the zones and below every point. */
export function buildAreaLayers({ area, editing }: AreaLayerInput, state: { theme: Theme }) {
  const data = area ? polygonsOf(area) : NO_AREA;
  const [r, g, b] = AREA_COLOR[state.theme];
  const common = { data, visible: data.length > 0 && !editing, pickable: false, getPolygon: (d: AreaPolygon) => d.ring, lineWidthUnits: 'pixels' as const };
  return [
    new PolygonLayer<AreaPolygon>({
      ...common,
      id: 'area-halo',
      filled: true,
      getFillColor: [r, g, b, 28],
      stroked: true,
      getLineColor: HALO[state.theme],
      getLineWidth: 5,
      updateTriggers: { getLineColor: state.theme, getFillColor: state.theme },
    }),
    new PolygonLayer<AreaPolygon>({
      ...common,
      id: 'area-outline',
      filled: false,
      stroked: true,
      getLineColor: AREA_COLOR[state.theme],
      getLineWidth: 2.5,
      updateTriggers: { getLineColor: state.theme },
    }),
  ];
}
