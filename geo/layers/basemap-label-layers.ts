import { TextLayer } from '@deck.gl/layers';
import { BASEMAP_COLORS, type Theme } from '../basemap/basemap-theme';
import { BASEMAP_LABELS, type BasemapLabel } from '../basemap/basemap-labels';

export interface BasemapLabelState {
  theme: Theme;
  zoom: number;
}

/** Country and sea names, drawn by deck.gl so the offline style needs no glyph server. */
export function buildBasemapLabelLayers(state: BasemapLabelState): TextLayer<BasemapLabel>[] {
  const colors = BASEMAP_COLORS[state.theme];
  const data = BASEMAP_LABELS.filter((label) => state.zoom >= label.minZoom);
  return [
    new TextLayer<BasemapLabel>({
      id: 'basemap-labels',
      data,
      getPosition: (d) => [d.lon, d.lat],
      getText: (d) => d.text,
      getColor: (d) => (d.kind === 'sea' ? colors.seaLabel : colors.label),
      getSize: (d) => (d.kind === 'sea' ? 13 : 14),
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      fontWeight: 600,
      fontSettings: { sdf: true },
      outlineWidth: 3,
      outlineColor: colors.labelHalo,
      lineHeight: 1.1,
      characterSet: 'auto',
      pickable: false,
      updateTriggers: { getColor: state.theme },
    }),
  ];
}
