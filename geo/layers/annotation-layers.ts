import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Theme } from '../basemap/basemap-theme';
import { LABEL_FONT_WEIGHT, labelFontFamily } from '../basemap/label-fonts';
import type { Rgba } from '../palette';

/** What the factory reads of a slide annotation: a briefing's `Annotation` has this shape and more. */
export interface AnnotationInput {
  /** Degrees. */
  lon: number;
  lat: number;
  text: string;
}

export interface AnnotationLayerState {
  theme: Theme;
  /** False hides both layers (kept, not removed, so deck.gl reuses them between slides). */
  visible: boolean;
}

/** Label and pin colours: dark text on a light card in the light theme, the reverse in the dark one. */
export const ANNOTATION_COLORS: Record<Theme, { text: Rgba; background: Rgba; border: Rgba; pin: Rgba; pinOutline: Rgba }> = {
  light: {
    text: [25, 30, 40, 255],
    background: [255, 255, 255, 235],
    border: [40, 50, 65, 255],
    pin: [25, 30, 40, 255],
    pinOutline: [255, 255, 255, 255],
  },
  dark: {
    text: [240, 242, 246, 255],
    background: [22, 28, 38, 235],
    border: [200, 208, 220, 255],
    pin: [240, 242, 246, 255],
    pinOutline: [22, 28, 38, 255],
  },
};

/** Pin radius, and how far above it the label card sits, in screen pixels. */
export const ANNOTATION_PIN_RADIUS_PX = 5;
const LABEL_OFFSET_PX = 9;
const LABEL_SIZE_PX = 13;
/** Wrap width in multiples of the text size (deck.gl's `maxWidth` unit): about 18 em. */
const LABEL_MAX_WIDTH_EM = 18;

/** The user writes in any script: the shipped fonts, Korean first (the atlas's main subject). */
const FONT = labelFontFamily('en');

const position = (d: AnnotationInput): [number, number] => [d.lon, d.lat];

/**
 * A slide's annotations: a small pin at each position and the text on a bordered card just above it. The text is
 * the user's own and is drawn as glyphs (never parsed as markup); `characterSet: 'auto'` builds the atlas from
 * the strings, so Cyrillic, Hangul and Han work without a font server.
 */
export function buildAnnotationLayers(annotations: readonly AnnotationInput[], state: AnnotationLayerState) {
  const colors = ANNOTATION_COLORS[state.theme];
  return [
    new ScatterplotLayer<AnnotationInput>({
      id: 'slide-annotation-pins',
      data: annotations,
      visible: state.visible,
      pickable: false,
      radiusUnits: 'pixels',
      getPosition: position,
      getRadius: ANNOTATION_PIN_RADIUS_PX,
      getFillColor: colors.pin,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
      getLineColor: colors.pinOutline,
      updateTriggers: { getFillColor: state.theme, getLineColor: state.theme },
    }),
    new TextLayer<AnnotationInput>({
      id: 'slide-annotations',
      data: annotations,
      visible: state.visible,
      pickable: false,
      getPosition: position,
      getText: (d) => d.text,
      getSize: LABEL_SIZE_PX,
      getColor: colors.text,
      getPixelOffset: [0, -LABEL_OFFSET_PX],
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'bottom',
      fontFamily: FONT,
      fontWeight: LABEL_FONT_WEIGHT,
      characterSet: 'auto',
      wordBreak: 'break-word',
      maxWidth: LABEL_MAX_WIDTH_EM,
      // A card behind the text keeps it legible over routes, zones and either basemap.
      background: true,
      getBackgroundColor: colors.background,
      getBorderColor: colors.border,
      getBorderWidth: 1,
      backgroundPadding: [6, 3, 6, 3],
      updateTriggers: { getColor: state.theme, getBackgroundColor: state.theme, getBorderColor: state.theme },
    }),
  ];
}
