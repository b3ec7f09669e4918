import type { Dataset } from '@/data';
import type { FeatureLists } from '@/data/filter/filtered-dataset';
import type { RiverLabel } from '../basemap/border-rivers';
import { buildAisEventLayers, type AisEventLayerData } from './ais-event-layers';
import { buildAnnotationLayers, type AnnotationInput } from './annotation-layers';
import { buildAreaLayers, type AreaLayerInput } from './area-layers';
import { buildBasemapLabelLayers } from './basemap-label-layers';
import type { FlowArc } from './flow-arcs';
import { buildLaborFlowLayers, buildTradeFlowLayers } from './flow-layers';
import { buildImportedLayers, type ImportedLayerData } from './imported-layers';
import { buildIncidentLayers } from './incident-layers';
import type { LayerViewState } from './layer-state';
import { buildPlaceLayers } from './place-layers';
import { buildRailLayers } from './rail-layers';
import { buildRouteLayers } from './route-layers';
import { buildVesselMarkLayers, type VesselMarkData } from './vessel-mark-layers';
import { buildZoneLayers } from './zone-layers';

export interface AtlasLayerData {
  dataset: Dataset;
  /** The features the commodity filter leaves (`filterByCommodity`); the layers apply the time rule on the GPU. */
  features: FeatureLists;
  tradeArcs: readonly FlowArc[];
  laborArcs: readonly FlowArc[];
  /** The active briefing slide's annotations (none outside a briefing). */
  annotations: readonly AnnotationInput[];
  /** The user's imported datasets (not in the URL); absent outside the dashboard. */
  imported?: ImportedLayerData;
  /** Events found in the user's AIS. */
  aisEvents?: AisEventLayerData;
  /** The area report's area, when one is drawn. */
  area?: AreaLayerInput;
  /** Sanctions-list marks and the selected vessel's AIS track (absent outside the dashboard). */
  vesselMarks?: VesselMarkData;
}

/** Every map layer, bottom to top. Layers are cheap descriptors: deck.gl diffs them on each render. */
export function buildAtlasLayers(
  data: AtlasLayerData,
  state: LayerViewState,
  options: { basemapLabels: boolean; riverLabels?: readonly RiverLabel[] },
) {
  return [
    ...(options.basemapLabels ? buildBasemapLabelLayers(state, { places: data.features.places, riverLabels: options.riverLabels }) : []),
    ...buildZoneLayers(data.features.stsZones, state),
    ...(data.area ? buildAreaLayers(data.area, state) : []),
    ...buildRailLayers(data.features.railLinks, state),
    ...buildRouteLayers(data.features.seaRoutes, state),
    ...buildTradeFlowLayers(data.tradeArcs, state),
    ...buildLaborFlowLayers(data.laborArcs, state),
    ...buildPlaceLayers(data.features.places, state),
    // All incidents go to the GPU; the layer applies the filter there.
    ...buildIncidentLayers(data.dataset.stsIncidents.features, state),
    // The user's own data above the curated layers, derived AIS events on top of it.
    ...(data.imported ? buildImportedLayers(data.imported, state) : []),
    ...(data.aisEvents ? buildAisEventLayers(data.aisEvents, state) : []),
    ...(data.vesselMarks ? buildVesselMarkLayers(data.vesselMarks, state) : []),
    // Like every label, annotation text waits for the shipped fonts.
    ...buildAnnotationLayers(state.labelFontsReady === false ? [] : data.annotations, { theme: state.theme, visible: data.annotations.length > 0 }),
  ];
}
