import { TextLayer } from '@deck.gl/layers';
import type { PlaceFeature } from '@/data';
import { BASEMAP_COLORS, type Theme } from '../basemap/basemap-theme';
import { BASEMAP_LABELS, type BasemapLabel } from '../basemap/basemap-labels';
import { RIVER_NAMES, type RiverLabel } from '../basemap/border-rivers';
import { LABEL_FONT_WEIGHT, labelFontFamily } from '../basemap/label-fonts';
import type { MainCity } from '../basemap/main-cities';
import MAIN_CITIES from '../basemap/main-cities.json';
import { declutterLabels } from './declutter-labels';
import { localizedName, type LayerViewState } from './layer-state';
import { memoByInput } from './memo-by-input';

export type BasemapLabelState = Pick<LayerViewState, 'theme' | 'zoom' | 'language' | 'labelFontsReady'>;

const CITY_LABEL_PX = 11;
/** A city this close to a place of the atlas is that place (Vladivostok, Rajin): only the place is labelled. */
const CITY_NEAR_PLACE_KM = 15;

export const MAIN_CITY_LIST: readonly MainCity[] = MAIN_CITIES;

const kmBetween = (lon1: number, lat1: number, lon2: number, lat2: number) =>
  Math.hypot((lon1 - lon2) * 111.32 * Math.cos((lat1 * Math.PI) / 180), (lat1 - lat2) * 110.57);

/** The main cities that are no place of the atlas, per places array. */
const citiesBesidePlaces = memoByInput((places: readonly PlaceFeature[]) =>
  MAIN_CITY_LIST.filter((c) => !places.some((p) => kmBetween(c.lon, c.lat, p.geometry.coordinates[0], p.geometry.coordinates[1]) < CITY_NEAR_PLACE_KM)),
);

/**
 * The city labels that fit at a zoom: the atlas's places claim their space first (as their own layer places
 * them), then cities by importance.
 */
function declutterCities(places: readonly PlaceFeature[], zoom: number): MainCity[] {
  const cities = citiesBesidePlaces(places).filter((c) => zoom >= c.minZoom);
  const candidates = [
    ...places.map((p) => ({ lon: p.geometry.coordinates[0], lat: p.geometry.coordinates[1], text: p.properties.name.en, priority: 10 + p.properties.significance, sizePx: 12, offsetPx: 8 })),
    ...cities.map((c, i) => ({ lon: c.lon, lat: c.lat, text: c.name, priority: -i, sizePx: CITY_LABEL_PX, offsetPx: 0 })),
  ];
  return declutterLabels(candidates, zoom)
    .filter(({ index }) => index >= places.length)
    .map(({ index }) => cities[index - places.length]!);
}

// The same arrays for the same zoom (and places), so rebuilding the layers on a range step re-lays out no text.
const NO_LABELS: never[] = [];
const citiesByZoom = memoByInput((places: readonly PlaceFeature[]) => {
  const byZoom = new Map<number, MainCity[]>();
  return (zoom: number): MainCity[] => {
    let cities = byZoom.get(zoom);
    if (!cities) byZoom.set(zoom, (cities = declutterCities(places, zoom)));
    return cities;
  };
});
const labelsByZoom = new Map<number, BasemapLabel[]>();
function labelsAt(zoom: number): BasemapLabel[] {
  let labels = labelsByZoom.get(zoom);
  if (!labels) labelsByZoom.set(zoom, (labels = BASEMAP_LABELS.filter((label) => zoom >= label.minZoom)));
  return labels;
}

/** Every text the basemap labels may draw in a language (for loading the fonts before the glyph atlas is built). */
export function basemapLabelTexts(language: LayerViewState['language']): string[] {
  return [...BASEMAP_LABELS.map((l) => l.text), ...MAIN_CITY_LIST.map((c) => c.name), ...Object.values(RIVER_NAMES).map((n) => localizedName(n, language))];
}

const textStyle = (theme: Theme, language: LayerViewState['language']) => ({
  fontFamily: labelFontFamily(language),
  fontWeight: LABEL_FONT_WEIGHT,
  fontSettings: { sdf: true },
  outlineWidth: 3,
  outlineColor: BASEMAP_COLORS[theme].labelHalo,
  characterSet: 'auto' as const,
  pickable: false,
});

/**
 * Country and sea names, the main cities and the border rivers, drawn by deck.gl with the shipped fonts so the
 * offline style needs no glyph server. Nothing is drawn until those fonts are loaded (`labelFontsReady`).
 */
export function buildBasemapLabelLayers(
  state: BasemapLabelState,
  { places = [], riverLabels = [] }: { places?: readonly PlaceFeature[]; riverLabels?: readonly RiverLabel[] } = {},
) {
  const colors = BASEMAP_COLORS[state.theme];
  const ready = state.labelFontsReady !== false;
  const style = textStyle(state.theme, state.language);
  return [
    new TextLayer<BasemapLabel>({
      id: 'basemap-labels',
      data: ready ? labelsAt(state.zoom) : NO_LABELS,
      getPosition: (d) => [d.lon, d.lat],
      getText: (d) => d.text,
      getColor: (d) => (d.kind === 'sea' ? colors.seaLabel : colors.label),
      getSize: (d) => (d.kind === 'sea' ? 13 : 14),
      lineHeight: 1.1,
      ...style,
      updateTriggers: { getColor: state.theme },
    }),
    new TextLayer<MainCity>({
      id: 'basemap-city-labels',
      data: ready ? citiesByZoom(places)(state.zoom) : NO_LABELS,
      getPosition: (d) => [d.lon, d.lat],
      getText: (d) => d.name,
      getColor: [colors.label[0], colors.label[1], colors.label[2], 190],
      getSize: CITY_LABEL_PX,
      ...style,
      outlineWidth: 2,
      updateTriggers: { getColor: state.theme },
    }),
    new TextLayer<RiverLabel>({
      id: 'basemap-river-labels',
      // The label points are written with the river lines at build time; the map fetches them with the lines.
      data: ready && state.zoom >= 5 ? riverLabels : NO_LABELS,
      getPosition: (d) => [d.geometry.coordinates[0]!, d.geometry.coordinates[1]!],
      getText: (d) => localizedName(RIVER_NAMES[d.properties.river], state.language),
      getColor: colors.seaLabel,
      getSize: 11,
      ...style,
      updateTriggers: { getText: state.language, getColor: state.theme },
    }),
  ];
}
