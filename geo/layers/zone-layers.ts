import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PolygonLayer } from '@deck.gl/layers';
import type { StsZoneFeature } from '@/data';
import { PRECISION_DASH, SELECTION_COLOR, ZONE_COLOR, withConfidence } from '../palette';
import type { LayerViewState } from './layer-state';

const DASHED = new PathStyleExtension({ dash: true });

/**
 * STS transfer zones: translucent fills with an outline dashed by geometry precision (every zone
 * outline is derived from stated distances, so none is drawn as if surveyed).
 */
export function buildZoneLayers(zones: readonly StsZoneFeature[], state: LayerViewState) {
  const visible = state.visibleLayers.includes('zones');
  const selected = new Set(state.selection);
  return [
    new PolygonLayer<StsZoneFeature, PathStyleExtensionProps<StsZoneFeature>>({
      id: 'sts-zones',
      data: zones,
      visible,
      pickable: true,
      getPolygon: (d) => d.geometry.coordinates,
      filled: true,
      getFillColor: (d) => {
        const [r, g, b] = ZONE_COLOR;
        return selected.has(d.id) ? [r, g, b, 90] : [r, g, b, 45];
      },
      stroked: true,
      getLineColor: (d) => (selected.has(d.id) ? SELECTION_COLOR : withConfidence(ZONE_COLOR, d.properties.confidence)),
      getLineWidth: (d) => (selected.has(d.id) ? 4 : 2),
      lineWidthUnits: 'pixels',
      extensions: [DASHED],
      getDashArray: (d) => PRECISION_DASH[d.properties.geometryPrecision] ?? [2, 3],
      updateTriggers: { getFillColor: state.selection, getLineColor: state.selection, getLineWidth: state.selection },
    }),
  ];
}
