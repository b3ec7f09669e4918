import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import { gpuMomentValue, gpuSpanFilterRange } from '@/data/filter/time-rule';
import type { UserLayer, ImportedFeature, UserFeatureLayer } from '@/geo/analysis/user-data/types';
import { SELECTION_COLOR } from '../palette';
import type { LayerViewState } from './layer-state';
import { USER_DATA_COLOR, USER_DATA_RIM } from './user-data-palette';
import { TIME_FILTER } from './time-filter';
import { userDataLayerId } from './user-layer-ids';

export type { UserLayer, ImportedFeature } from '@/geo/analysis/user-data/types';

/** Fill alpha of imported polygons: the basemap and curated zones stay readable beneath them. */
const POLYGON_FILL_ALPHA = 70;
export const USER_POINT_RADIUS_PX = 5;
const SELECTED_POINT_RADIUS_PX = 8;

/** What the imported layers draw: the list the dashboard keeps (not in the URL), which are hidden, the selection. */
export interface ImportedLayerData {
  userLayers: readonly UserLayer[];
  /** User layers the user switched off; their layers stay, with `visible: false`. */
  hiddenIds: readonly string[];
  /** The selected imported feature, if any (`ImportedFeature.id`). */
  selectedFeatureId: string | null;
}


const isPointGeometry = (f: ImportedFeature) => f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint';

/**
 * One GeoJSON layer per imported GeoJSON or point CSV (`user-data-<userLayerId>`), drawn in the user-data hue.
 * Hidden user layers keep their layer with `visible: false`. The time rule applies on the GPU through each
 * feature's time (`momentInRange`: the day it falls on; features without a time show only with no time filter).
 * AIS user layers are drawn by `buildAisEventLayers`.
 */
export function buildImportedLayers(data: ImportedLayerData, state: Pick<LayerViewState, 'theme' | 'filter'>) {
  const filterRange = gpuSpanFilterRange(state.filter.time);
  const rim = USER_DATA_RIM[state.theme];
  const selected = data.selectedFeatureId;
  const [r, g, b] = USER_DATA_COLOR;
  return data.userLayers
    .filter((d): d is UserFeatureLayer => d.kind !== 'ais')
    .map(
      (userLayer) =>
        new GeoJsonLayer<ImportedFeature['properties'], DataFilterExtensionProps<ImportedFeature>>({
          id: userDataLayerId(userLayer.id),
          data: userLayer.features,
          visible: !data.hiddenIds.includes(userLayer.id),
          pickable: true,
          pointType: 'circle',
          pointRadiusUnits: 'pixels',
          getPointRadius: (f) => ((f as ImportedFeature).id === selected ? SELECTED_POINT_RADIUS_PX : USER_POINT_RADIUS_PX),
          filled: true,
          getFillColor: (f) => (isPointGeometry(f as ImportedFeature) ? USER_DATA_COLOR : [r, g, b, POLYGON_FILL_ALPHA]),
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: (f) => ((f as ImportedFeature).id === selected ? 4 : isPointGeometry(f as ImportedFeature) ? 1.5 : 2.5),
          getLineColor: (f) => ((f as ImportedFeature).id === selected ? SELECTION_COLOR : isPointGeometry(f as ImportedFeature) ? rim : USER_DATA_COLOR),
          extensions: [TIME_FILTER],
          getFilterValue: (f: ImportedFeature) => gpuMomentValue(f.time),
          filterRange,
          updateTriggers: {
            getPointRadius: selected,
            getLineWidth: selected,
            getLineColor: [selected, state.theme],
          },
        }),
    );
}
