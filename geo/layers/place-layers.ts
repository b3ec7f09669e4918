import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { PlaceFeature } from '@/data';
import { featureSpan } from '@/data/filter/time-rule';
import { BASEMAP_COLORS } from '../basemap/basemap-theme';
import { LABEL_FONT_WEIGHT, labelFontFamily } from '../basemap/label-fonts';
import { SELECTION_COLOR, countryColor, withConfidence } from '../palette';
import { declutterLabels, type LabelPlacement } from './declutter-labels';
import { localizedName, type LayerViewState } from './layer-state';
import { memoByInput } from './memo-by-input';
import { TIME_FILTER, inTimeRange, timeFilterProps } from './time-filter';

/** Marker radius in screen pixels by editorial significance (3 = the design brief's ports). */
export const PLACE_RADIUS_PX: Record<number, number> = { 1: 4, 2: 6, 3: 8 };

/** Stations and crossings are drawn as rings (white fill, country outline); ports and towns as discs. */
export function isRingMarker(place: PlaceFeature): boolean {
  return place.properties.kind === 'station' || place.properties.kind === 'border-crossing';
}

function radiusOf(place: PlaceFeature): number {
  return PLACE_RADIUS_PX[place.properties.significance] ?? 4;
}

const labelSizeOf = (place: PlaceFeature) => (place.properties.significance >= 3 ? 13 : 11);

/** A place label that fits, and on which side of its marker it goes. */
export interface PlaceLabel {
  place: PlaceFeature;
  placement: LabelPlacement;
}

const TEXT_ANCHOR: Record<LabelPlacement, 'start' | 'end' | 'middle'> = { right: 'start', left: 'end', above: 'middle', below: 'middle' };
const BASELINE: Record<LabelPlacement, 'center' | 'bottom' | 'top'> = { right: 'center', left: 'center', above: 'bottom', below: 'top' };

function labelOffset(label: PlaceLabel): [number, number] {
  const gap = radiusOf(label.place) + 4;
  return label.placement === 'right' ? [gap, 0] : label.placement === 'left' ? [-gap, 0] : label.placement === 'above' ? [0, -gap] : [0, gap];
}

/** The places whose labels fit at a zoom level and language, cached per places array. */
export const placesToLabel = memoByInput((places: readonly PlaceFeature[]) => {
  const byView = new Map<string, PlaceLabel[]>();
  return (zoom: number, language: LayerViewState['language']): PlaceLabel[] => {
    const key = `${zoom}|${language}`;
    let labelled = byView.get(key);
    if (!labelled) {
      const kept = declutterLabels(
        places.map((p) => ({
          lon: p.geometry.coordinates[0],
          lat: p.geometry.coordinates[1],
          text: localizedName(p.properties.name, language),
          priority: p.properties.significance,
          sizePx: labelSizeOf(p),
          offsetPx: radiusOf(p) + 4,
        })),
        zoom,
      );
      labelled = kept.map(({ index, placement }) => ({ place: places[index]!, placement }));
      byView.set(key, labelled);
    }
    return labelled;
  };
});

/**
 * Ports and places: discs for ports and towns, rings for stations and border crossings, coloured by
 * country, sized by significance, faded by confidence; labels in the chosen language give way to
 * more significant places where they would overlap. Markers are filtered by time on the GPU; labels are
 * decluttered among the places in the range (recomputed only when that set changes).
 */
export function buildPlaceLayers(places: readonly PlaceFeature[], state: LayerViewState) {
  const visible = state.visibleLayers.includes('ports');
  const colors = BASEMAP_COLORS[state.theme];
  const selected = new Set(state.selection);
  const color = (d: PlaceFeature) => withConfidence(countryColor(d.properties.country), d.properties.confidence);
  return [
    new ScatterplotLayer<PlaceFeature, DataFilterExtensionProps<PlaceFeature>>({
      id: 'places',
      data: places,
      visible,
      pickable: true,
      radiusUnits: 'pixels',
      getPosition: (d) => d.geometry.coordinates,
      getRadius: (d) => radiusOf(d) + (selected.has(d.id) ? 3 : 0),
      getFillColor: (d) => (isRingMarker(d) ? colors.labelHalo : color(d)),
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: (d) => (selected.has(d.id) ? 3 : isRingMarker(d) ? 2.5 : 1.5),
      getLineColor: (d) => (selected.has(d.id) ? SELECTION_COLOR : isRingMarker(d) ? color(d) : colors.labelHalo),
      extensions: [TIME_FILTER],
      ...timeFilterProps(featureSpan, state.filter.time),
      updateTriggers: {
        getRadius: state.selection,
        getFillColor: state.theme,
        getLineWidth: state.selection,
        getLineColor: [state.selection, state.theme],
      },
    }),
    new TextLayer<PlaceLabel>({
      id: 'place-labels',
      // Labels that would overlap give way to more significant places; markers are always drawn. No label is drawn
      // before the shipped fonts are loaded (a glyph drawn without its font stays a box in deck.gl's atlas).
      data: state.labelFontsReady === false ? [] : placesToLabel(inTimeRange(places)(state.filter.time))(state.zoom, state.language),
      visible,
      getPosition: (d) => d.place.geometry.coordinates,
      getText: (d) => localizedName(d.place.properties.name, state.language),
      getSize: (d) => labelSizeOf(d.place),
      getColor: colors.label,
      getPixelOffset: labelOffset,
      getTextAnchor: (d) => TEXT_ANCHOR[d.placement],
      getAlignmentBaseline: (d) => BASELINE[d.placement],
      fontFamily: labelFontFamily(state.language),
      fontWeight: LABEL_FONT_WEIGHT,
      fontSettings: { sdf: true },
      outlineWidth: 3,
      outlineColor: colors.labelHalo,
      characterSet: 'auto',
      updateTriggers: { getText: state.language, getColor: state.theme },
    }),
  ];
}
