import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { LineLayer, ScatterplotLayer } from '@deck.gl/layers';
import { COMMODITIES, type LonLat, type StsIncidentFeature } from '@/data';
import { isCommodityFilterOff } from '@/data/filter/feature-filter';
import { SELECTION_COLOR, commodityColor, forTheme, withConfidence } from '../palette';
import { BASEMAP_COLORS } from '../basemap/basemap-theme';
import { spreadCoincident } from './coincident-spread';
import type { LayerViewState } from './layer-state';
import { memoByInput } from './memo-by-input';

// Incidents can grow (imported AIS events later): they are filtered on the GPU, by year and by
// commodity, so a filter change updates two uniforms instead of re-uploading the data.
const YEAR_AND_COMMODITY_FILTER = new DataFilterExtension({ filterSize: 1, categorySize: 1 });

export function incidentYear(incident: StsIncidentFeature): number {
  return Number(incident.properties.date.slice(0, 4));
}

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
 * STS incidents: points coloured by commodity, opacity by confidence; a hovered chart year grows its points.
 * Incidents at one position are drawn around it, each joined to it by a thin line.
 */
export function buildIncidentLayers(incidents: readonly StsIncidentFeature[], state: LayerViewState) {
  const visible = state.visibleLayers.includes('incidents');
  const selected = new Set(state.selection);
  const { filter, highlightYear } = state;
  const categories = isCommodityFilterOff(filter) ? [...COMMODITIES] : [...filter.commodities];
  const gpuFilter = {
    extensions: [YEAR_AND_COMMODITY_FILTER],
    filterRange: [filter.years[0], filter.years[1]] as [number, number],
    filterCategories: categories.length > 0 ? categories : ['__none__'],
  };
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
      getFilterValue: (d) => incidentYear(d.incident),
      getFilterCategory: (d) => d.incident.properties.commodity,
      updateTriggers: { getColor: state.theme },
    }),
    new ScatterplotLayer<StsIncidentFeature, DataFilterExtensionProps<StsIncidentFeature>>({
      id: 'sts-incidents',
      data: incidents,
      visible,
      pickable: true,
      getPosition: (d) => drawn.positions.get(d.id) ?? d.geometry.coordinates,
      getRadius: (d) => (selected.has(d.id) ? 9 : highlightYear === incidentYear(d) ? 9 : 5),
      radiusUnits: 'pixels',
      getFillColor: (d) => withConfidence(forTheme(commodityColor(d.properties.commodity), state.theme), d.properties.confidence),
      stroked: true,
      getLineColor: (d) => (selected.has(d.id) ? SELECTION_COLOR : [255, 255, 255, 230]),
      getLineWidth: (d) => (selected.has(d.id) || highlightYear === incidentYear(d) ? 2.5 : 1),
      lineWidthUnits: 'pixels',
      ...gpuFilter,
      getFilterValue: incidentYear,
      getFilterCategory: (d) => d.properties.commodity,
      updateTriggers: {
        getPosition: state.zoom,
        getFillColor: state.theme,
        getRadius: [state.selection, highlightYear],
        getLineColor: state.selection,
        getLineWidth: [state.selection, highlightYear],
      },
    }),
  ];
}
