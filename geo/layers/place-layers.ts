import { CollisionFilterExtension, type CollisionFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { PlaceFeature } from '@/data';
import { BASEMAP_COLORS } from '../basemap/basemap-theme';
import { SELECTION_COLOR, countryColor } from '../palette';
import { localizedName, type LayerViewState } from './layer-state';

const COLLISION_FILTER = new CollisionFilterExtension();

/** Marker radius in screen pixels by editorial significance (3 = the design brief's ports). */
export const PLACE_RADIUS_PX: Record<number, number> = { 1: 4, 2: 6, 3: 8 };

function radiusOf(place: PlaceFeature): number {
  return PLACE_RADIUS_PX[place.properties.significance] ?? 4;
}

/** Ports and places: markers coloured by country, sized by significance, with labels. */
export function buildPlaceLayers(places: readonly PlaceFeature[], state: LayerViewState) {
  const visible = state.visibleLayers.includes('ports');
  const colors = BASEMAP_COLORS[state.theme];
  const selected = new Set(state.selection);
  return [
    new ScatterplotLayer<PlaceFeature>({
      id: 'places',
      data: places,
      visible,
      pickable: true,
      radiusUnits: 'pixels',
      getPosition: (d) => d.geometry.coordinates,
      getRadius: (d) => radiusOf(d) + (selected.has(d.id) ? 3 : 0),
      getFillColor: (d) => countryColor(d.properties.country),
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: (d) => (selected.has(d.id) ? 3 : 1.5),
      getLineColor: (d) => (selected.has(d.id) ? SELECTION_COLOR : [255, 255, 255, 255]),
      updateTriggers: { getRadius: state.selection, getLineWidth: state.selection, getLineColor: state.selection },
    }),
    new TextLayer<PlaceFeature, CollisionFilterExtensionProps<PlaceFeature>>({
      id: 'place-labels',
      data: places,
      visible,
      getPosition: (d) => d.geometry.coordinates,
      getText: (d) => localizedName(d.properties.name, state.language),
      getSize: (d) => (d.properties.significance >= 3 ? 13 : 11),
      getColor: colors.label,
      getPixelOffset: (d) => [radiusOf(d) + 4, 0],
      getTextAnchor: 'start',
      getAlignmentBaseline: 'center',
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK KR", sans-serif',
      fontWeight: 600,
      fontSettings: { sdf: true },
      outlineWidth: 3,
      outlineColor: colors.labelHalo,
      characterSet: 'auto',
      // Labels that would overlap give way to more significant places; markers are always drawn.
      extensions: [COLLISION_FILTER],
      collisionEnabled: true,
      collisionGroup: 'place-labels',
      getCollisionPriority: (d: PlaceFeature) => d.properties.significance,
      collisionTestProps: { sizeScale: 1.15 },
      updateTriggers: { getText: state.language, getColor: state.theme },
    }),
  ];
}
