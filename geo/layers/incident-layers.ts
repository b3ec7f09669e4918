import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { LineLayer, ScatterplotLayer } from '@deck.gl/layers';
import { COMMODITIES, type LonLat, type StsIncidentFeature } from '@/data';
import { isCommodityFilterOff } from '@/data/filter/feature-filter';
import { featureSpan, overlaps } from '@/data/filter/time-rule';
import { SELECTION_COLOR, commodityColor, forTheme, withConfidence } from '../palette';
import { BASEMAP_COLORS } from '../basemap/basemap-theme';
import { spreadCoincident } from './coincident-spread';
import type { LayerViewState } from './layer-state';
import { memoByInput } from './memo-by-input';
import { TIME_AND_CATEGORY_FILTER, timeFilterProps } from './time-filter';

/** An incident drawn away from the position its sources give, and that position: the leader line joins them. */
interface SpreadIncident {
  incident: StsIncidentFeature;
  from: LonLat;
  to: LonLat;
}

/**
 * Where each incident is drawn at a whole zoom level. Several incidents are placed at one area centroid (the sources
 * name only the area); drawn there they would hide each other, so they sit on a small circle around it instead.
 */
export const drawnIncidents = memoByInput((incidents: readonly StsIncidentFeature[]) => {
  const byZoom = new Map<number, { positions: Map<string, LonLat>; spread: SpreadIncident[] }>();
  return (zoom: number) => {
    let drawn = byZoom.get(zoom);
    if (!drawn) {
      const drawnAt = spreadCoincident(incidents.map((i) => i.geometry.coordinates), zoom);
      const positions = new Map(incidents.map((incident, k) => [incident.id, drawnAt[k]!]));
      const spread = incidents
        .map((incident, k) => ({ incident, from: incident.geometry.coordinates, to: drawnAt[k]! }))
        .filter(({ from, to }) => from[0] !== to[0] || from[1] !== to[1]);
      drawn = { positions, spread };
      byZoom.set(zoom, drawn);
    }
    return drawn;
  };
});

/**
 * STS incidents: points coloured by commodity, opacity by confidence; a hovered chart year or timebar month grows the
 * points it overlaps. Incidents at one position are drawn around it, each joined to it by a thin line. All of them
 * go to the GPU, which applies the time rule and the commodity filter.
 */
export function buildIncidentLayers(incidents: readonly StsIncidentFeature[], state: LayerViewState) {
  const visible = state.visibleLayers.includes('incidents');
  const selected = new Set(state.selection);
  const { filter, highlight } = state;
  const categories = isCommodityFilterOff(filter) ? [...COMMODITIES] : [...filter.commodities];
  const gpuFilter = {
    extensions: [TIME_AND_CATEGORY_FILTER],
    filterCategories: categories.length > 0 ? categories : ['__none__'],
  };
  const highlighted = (d: StsIncidentFeature) => highlight !== null && overlaps(featureSpan(d), highlight);
  const highlightKey = highlight ? highlight.join('-') : '';
  const drawn = drawnIncidents(incidents)(state.zoom);
  const leaderColor = BASEMAP_COLORS[state.theme].label;
  return [
    new LineLayer<SpreadIncident, DataFilterExtensionProps<SpreadIncident>>({
      id: 'sts-incident-leaders',
      data: drawn.spread,
      visible,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getColor: [leaderColor[0], leaderColor[1], leaderColor[2], 150],
      getWidth: 1,
      widthUnits: 'pixels',
      ...gpuFilter,
      ...timeFilterProps((d: SpreadIncident) => featureSpan(d.incident), filter.time),
      getFilterCategory: (d) => d.incident.properties.commodity,
      updateTriggers: { getColor: state.theme },
    }),
    new ScatterplotLayer<StsIncidentFeature, DataFilterExtensionProps<StsIncidentFeature>>({
      id: 'sts-incidents',
      data: incidents,
      visible,
      pickable: true,
      getPosition: (d) => drawn.positions.get(d.id) ?? d.geometry.coordinates,
      getRadius: (d) => (selected.has(d.id) || highlighted(d) ? 9 : 5),
      radiusUnits: 'pixels',
      getFillColor: (d) => withConfidence(forTheme(commodityColor(d.properties.commodity), state.theme), d.properties.confidence),
      stroked: true,
      getLineColor: (d) => (selected.has(d.id) ? SELECTION_COLOR : [255, 255, 255, 230]),
      getLineWidth: (d) => (selected.has(d.id) || highlighted(d) ? 2.5 : 1),
      lineWidthUnits: 'pixels',
      ...gpuFilter,
      ...timeFilterProps(featureSpan, filter.time),
      getFilterCategory: (d) => d.properties.commodity,
      updateTriggers: {
        getPosition: state.zoom,
        getFillColor: state.theme,
        getRadius: [state.selection, highlightKey],
        getLineColor: state.selection,
        getLineWidth: [state.selection, highlightKey],
      },
    }),
  ];
}
