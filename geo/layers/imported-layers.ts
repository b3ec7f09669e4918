import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import { epochDays, importedTimeRange, type TimeRangeMs } from '@/geo/time-range';
import type { UserLayer, ImportedFeature, UserFeatureLayer } from '@/geo/analysis/user-data/types';
import { SELECTION_COLOR } from '../palette';
import type { LayerViewState } from './layer-state';
import { USER_DATA_COLOR, USER_DATA_RIM } from './user-data-palette';
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

// Far outside any filter range: features without a time are hidden whenever the time filter is on.
const UNDATED = -1e9;
/** Filter range that lets everything through (days since 1970), while the filter is off. */
const OPEN_RANGE: [number, number] = [-1e10, 1e10];

/** The GPU filter's range for a time range, in days since 1970. */
export function filterRangeDays(range: TimeRangeMs): [number, number] {
  return range === null ? OPEN_RANGE : [epochDays(range[0]), epochDays(range[1])];
}

// One extension instance for every imported layer: deck.gl compares extensions by reference.
const TIME_FILTER = new DataFilterExtension({ filterSize: 1 });

const isPointGeometry = (f: ImportedFeature) => f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint';

/**
 * One GeoJSON layer per imported GeoJSON or point CSV (`user-data-<userLayerId>`), drawn in the user-data hue.
 * Hidden user layers keep their layer with `visible: false`. The dashboard's year filter applies on the GPU through
 * each feature's time (see `importedTimeRange`: off while the years span the curated range; when on, undated
 * features are hidden). AIS user layers are drawn by `buildAisEventLayers`.
 */
export function buildImportedLayers(data: ImportedLayerData, state: Pick<LayerViewState, 'theme' | 'filter'>) {
  const range = importedTimeRange(state.filter.years);
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
          getFilterValue: (f: ImportedFeature) => (f.time === null ? UNDATED : epochDays(f.time)),
          filterRange: filterRangeDays(range),
          updateTriggers: {
            getPointRadius: selected,
            getLineWidth: selected,
            getLineColor: [selected, state.theme],
          },
        }),
    );
}
