import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { COMMODITIES, type StsIncidentFeature } from '@/data';
import { isCommodityFilterOff } from '@/lib/feature-filter';
import { SELECTION_COLOR, commodityColor, forTheme, withConfidence } from '../palette';
import type { LayerViewState } from './layer-state';

// Incidents can grow (imported AIS events later): they are filtered on the GPU, by year and by
// commodity, so a filter change updates two uniforms instead of re-uploading the data.
const YEAR_AND_COMMODITY_FILTER = new DataFilterExtension({ filterSize: 1, categorySize: 1 });

export function incidentYear(incident: StsIncidentFeature): number {
  return Number(incident.properties.date.slice(0, 4));
}

/** STS incidents: points coloured by commodity, opacity by confidence; a hovered chart year grows its points. */
export function buildIncidentLayers(incidents: readonly StsIncidentFeature[], state: LayerViewState) {
  const visible = state.visibleLayers.includes('incidents');
  const selected = new Set(state.selection);
  const { filter, highlightYear } = state;
  const categories = isCommodityFilterOff(filter) ? [...COMMODITIES] : [...filter.commodities];
  return [
    new ScatterplotLayer<StsIncidentFeature, DataFilterExtensionProps<StsIncidentFeature>>({
      id: 'sts-incidents',
      data: incidents,
      visible,
      pickable: true,
      getPosition: (d) => d.geometry.coordinates,
      getRadius: (d) => (selected.has(d.id) ? 9 : highlightYear === incidentYear(d) ? 9 : 5),
      radiusUnits: 'pixels',
      getFillColor: (d) => withConfidence(forTheme(commodityColor(d.properties.commodity), state.theme), d.properties.confidence),
      stroked: true,
      getLineColor: (d) => (selected.has(d.id) ? SELECTION_COLOR : [255, 255, 255, 230]),
      getLineWidth: (d) => (selected.has(d.id) || highlightYear === incidentYear(d) ? 2.5 : 1),
      lineWidthUnits: 'pixels',
      extensions: [YEAR_AND_COMMODITY_FILTER],
      getFilterValue: incidentYear,
      filterRange: [filter.years[0], filter.years[1]],
      getFilterCategory: (d) => d.properties.commodity,
      filterCategories: categories.length > 0 ? categories : ['__none__'],
      updateTriggers: {
        getFillColor: state.theme,
        getRadius: [state.selection, highlightYear],
        getLineColor: state.selection,
        getLineWidth: [state.selection, highlightYear],
      },
    }),
  ];
}
