import type { AtlasLayerData } from './atlas-layers';
import { basemapLabelTexts } from './basemap-label-layers';
import { localizedName, type LayerViewState } from './layer-state';

/**
 * Every text the map's label layers may draw in a language: the font faces these characters need are loaded
 * before any label layer is built (see `labelFontsReady`). All places are counted, not only those whose labels
 * fit at the current zoom, so zooming needs no new faces.
 */
export function labelTexts(data: AtlasLayerData, language: LayerViewState['language']): string[] {
  return [
    ...basemapLabelTexts(language),
    ...data.dataset.places.features.map((p) => localizedName(p.properties.name, language)),
    ...data.annotations.map((a) => a.text),
  ];
}
