import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { LonLat, StsIncidentFeature } from '@/data';
import { featureSpan } from '@/data/filter/time-rule';
import type { AisEvent, VesselTrack } from '@/geo/analysis/ais';
import { SELECTION_COLOR, type Rgba } from '../palette';
import { drawnIncidents } from './incident-layers';
import { TIME_FILTER, timeFilterProps } from './time-filter';
import type { LayerViewState } from './layer-state';
import { memoByInput } from './memo-by-input';
import { LISTED_COLOR, VESSEL_TRACK_CASING } from './vessel-palette';

/** A whole AIS track to draw: the selected vessel's, marked when a list names it. */
export interface MarkedTrack {
  mmsi: string;
  track: VesselTrack;
  listed: boolean;
}

export interface VesselMarkData {
  /** Every curated incident (their drawn positions are computed over all of them, as the incident layer does). */
  incidents: readonly StsIncidentFeature[];
  /** Incidents the commodity filter leaves that name a vessel on a loaded list (the time range is applied on the GPU). */
  listedIncidents: readonly StsIncidentFeature[];
  /** AIS events the map shows that involve a vessel on a loaded list. */
  listedEvents: readonly AisEvent[];
  /** The selected vessel's AIS tracks, drawn whole. */
  tracks: readonly MarkedTrack[];
  /** The selected vessel's AIS events that the map shows. */
  highlightedEvents: readonly AisEvent[];
}

const trackPath = memoByInput((track: VesselTrack): LonLat[] => {
  const path: LonLat[] = [];
  for (let i = 0; i < track.length; i++) path.push([track.lonE6[i]! / 1e6, track.latE6[i]! / 1e6]);
  return path;
});

function ringProps<D>(id: string, data: readonly D[], position: (d: D) => LonLat, radiusPx: number, color: Rgba, widthPx: number, visible: boolean) {
  return {
    id,
    data,
    visible,
    pickable: false,
    getPosition: position,
    radiusUnits: 'pixels' as const,
    getRadius: radiusPx,
    filled: false,
    stroked: true,
    lineWidthUnits: 'pixels' as const,
    getLineWidth: widthPx,
    getLineColor: color,
  };
}

function ring<D>(...args: Parameters<typeof ringProps<D>>) {
  return new ScatterplotLayer<D>(ringProps(...args));
}

/**
 * The vessel marks over the map, none pickable (a click reaches the incident or event beneath): the selected
 * vessel's whole AIS tracks (yellow on a dark casing, red when a list names it) and a yellow halo on its events;
 * a red ring around every incident and AIS event that involves a vessel on a loaded sanctions list.
 *
 * A mark with nothing to ring has no layer at all, rather than a hidden one: deck.gl updates hidden layers too, and
 * the incident rings' time filter changes at every step of a moving range, so with no list loaded (the usual case)
 * each step paid for five layers that draw nothing.
 */
export function buildVesselMarkLayers(data: VesselMarkData, state: Pick<LayerViewState, 'visibleLayers' | 'zoom' | 'filter'>) {
  const incidentsShown = state.visibleLayers.includes('incidents');
  const tracks =
    data.tracks.length === 0
      ? []
      : [
          new PathLayer<MarkedTrack>({
            id: 'vessel-track-casing',
            data: data.tracks,
            pickable: false,
            getPath: (t) => trackPath(t.track),
            getColor: (t) => (t.listed ? LISTED_COLOR : VESSEL_TRACK_CASING),
            getWidth: (t) => (t.listed ? 8 : 6),
            widthUnits: 'pixels',
            capRounded: true,
            jointRounded: true,
          }),
          new PathLayer<MarkedTrack>({
            id: 'vessel-tracks',
            data: data.tracks,
            pickable: false,
            getPath: (t) => trackPath(t.track),
            getColor: SELECTION_COLOR,
            getWidth: 3,
            widthUnits: 'pixels',
            capRounded: true,
            jointRounded: true,
          }),
        ];
  const eventPosition = (e: AisEvent): LonLat => [e.lon, e.lat];
  const halos = data.highlightedEvents.length === 0 ? [] : [ring('vessel-event-halos', data.highlightedEvents, eventPosition, 13, SELECTION_COLOR, 3, true)];
  const eventRings = data.listedEvents.length === 0 ? [] : [ring('listed-event-rings', data.listedEvents, eventPosition, 11, LISTED_COLOR, 2.5, true)];
  const incidentRings = data.listedIncidents.length === 0 ? [] : [listedIncidentRings(data, state, incidentsShown)];
  return [...tracks, ...halos, ...eventRings, ...incidentRings];
}

/**
 * Filtered by time on the GPU like the incidents they ring, so they follow a dragged range in the same frame. Placed
 * where the incident layer draws each incident at this zoom: incidents that share a position are spread around it
 * by a screen distance, so a zoom moves them, and deck.gl reads positions again only when told.
 */
function listedIncidentRings(data: VesselMarkData, state: Pick<LayerViewState, 'zoom' | 'filter'>, visible: boolean) {
  const positions = drawnIncidents(data.incidents)(state.zoom).positions;
  return new ScatterplotLayer<StsIncidentFeature, DataFilterExtensionProps<StsIncidentFeature>>({
    ...ringProps('listed-incident-rings', data.listedIncidents, (i: StsIncidentFeature) => positions.get(i.id) ?? i.geometry.coordinates, 12, LISTED_COLOR, 2.5, visible),
    extensions: [TIME_FILTER],
    ...timeFilterProps(featureSpan, state.filter.time),
    updateTriggers: { getPosition: state.zoom },
  });
}
