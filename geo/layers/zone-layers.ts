import { PathStyleExtension, type DataFilterExtensionProps, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PolygonLayer } from '@deck.gl/layers';
import type { StsZoneFeature } from '@/data';
import { featureSpan } from '@/data/filter/time-rule';
import { PRECISION_DASH, SELECTION_COLOR, ZONE_COLOR, withConfidence } from '../palette';
import type { LayerViewState } from './layer-state';
import { TIME_FILTER, timeFilterProps } from './time-filter';

const DASHED = new PathStyleExtension({ dash: true });

/**
 * STS transfer zones: translucent fills with an outline dashed by geometry precision (every zone
 * outline is derived from stated distances, so none is drawn as if surveyed). The time rule applies on the GPU.
 */
export function buildZoneLayers(zones: readonly StsZoneFeature[], state: LayerViewState) {
  const visible = state.visibleLayers.includes('zones');
  const selected = new Set(state.selection);
  return [
    new PolygonLayer<StsZoneFeature, PathStyleExtensionProps<StsZoneFeature> & DataFilterExtensionProps<StsZoneFeature>>({
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
      extensions: [DASHED, TIME_FILTER],
      getDashArray: (d) => PRECISION_DASH[d.properties.geometryPrecision] ?? [2, 3],
      ...timeFilterProps(featureSpan, state.filter.time),
      updateTriggers: { getFillColor: state.selection, getLineColor: state.selection, getLineWidth: state.selection },
    }),
  ];
}
