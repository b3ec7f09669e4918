import { PathStyleExtension, type DataFilterExtensionProps, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer, PolygonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { AisEvent, AisEventKind, AisPosition, CandidateArea, EncounterEvent, GapEvent, LoiteringEvent, PortVisitEvent } from '@/geo/analysis/ais';
import { gpuSpanFilterRange, gpuSpanValue, msSpan, type TimeRange } from '@/data/filter/time-rule';
import type { UserAisLayer, UserLayer } from '@/geo/analysis/user-data/types';
import type { Theme } from '../basemap/basemap-theme';
import { SELECTION_COLOR, type Rgba } from '../palette';
import { AIS_EVENT_COLORS, DERIVED_AREA_COLOR, TRACK_COLORS, type AisLayerPart } from './user-data-palette';
import type { LayerViewState } from './layer-state';
import { buildAisDensityLayer } from './ais-density-layers';
import { memoByInput } from './memo-by-input';
import { TIME_FILTER } from './time-filter';
import { aisLayerId } from './user-layer-ids';

const HALO: Record<Theme, Rgba> = { light: [255, 255, 255, 255], dark: [15, 20, 28, 255] };
const LABEL_TEXT: Record<Theme, Rgba> = { light: [0, 95, 100, 255], dark: [140, 240, 245, 255] };

export const EVENT_RADIUS_PX: Record<AisEventKind, number> = { encounter: 7, loitering: 6, gap: 5, 'port-visit': 5 };


/** A vessel's positions around the selected event, as `trackPositionsBetween` gives them. */
export interface SelectedTrack {
  mmsi: string;
  positions: readonly AisPosition[];
}

export interface AisEventLayerData {
  userLayers: readonly UserLayer[];
  hiddenIds: readonly string[];
  /** Parts switched on (default: all). */
  visibleParts: readonly AisLayerPart[];
  selectedEventId: string | null;
  /** Tracks of the selected event's vessels (empty when nothing is selected or the tracks were not kept). */
  selectedTracks: readonly SelectedTrack[];
}


interface EventsByKind {
  encounters: EncounterEvent[];
  loitering: LoiteringEvent[];
  gaps: GapEvent[];
  portVisits: PortVisitEvent[];
}

/** Events split by kind once per result, so layers get the same arrays on every render. */
export const eventsByKind = memoByInput((events: readonly AisEvent[]): EventsByKind => ({
  encounters: events.filter((e): e is EncounterEvent => e.kind === 'encounter'),
  loitering: events.filter((e): e is LoiteringEvent => e.kind === 'loitering'),
  gaps: events.filter((e): e is GapEvent => e.kind === 'gap'),
  portVisits: events.filter((e): e is PortVisitEvent => e.kind === 'port-visit'),
}));

const EMPTY: never[] = [];

/** Where a candidate area's label goes: the mean of its outer ring. */
export function areaLabelPosition(area: CandidateArea): [number, number] {
  const ring = area.geometry.coordinates[0] ?? [];
  const n = Math.max(ring.length - 1, 1);
  let lon = 0;
  let lat = 0;
  for (let i = 0; i < n; i++) {
    lon += ring[i]?.[0] ?? 0;
    lat += ring[i]?.[1] ?? 0;
  }
  return [lon / n, lat / n];
}

export function areaLabel(area: CandidateArea): string {
  const n = area.properties.eventCount;
  return `Derived area · ${n} event${n === 1 ? '' : 's'}`;
}

const DASH = new PathStyleExtension({ dash: true });

// Events are kept while their span (the days from start to end) overlaps the range: the one time rule, on the GPU.
function spanFilterProps(range: TimeRange | null) {
  return { extensions: [TIME_FILTER], filterRange: gpuSpanFilterRange(range) };
}

const spanValue = (e: { start: number; end: number }): [number, number] => gpuSpanValue(msSpan(e.start, e.end));

/**
 * The AIS layers of each imported AIS user layer (`ais-<userLayerId>-<part>`), bottom to top: the density grid of
 * positions (when one was imported from `npm run detect`), candidate transfer areas (cyan, dotted, labelled "Derived area": computed, never reported), both vessels' tracks around the selected
 * event, gaps (where the vessel went dark, a filled dot, and where it reappeared, a ring, joined by a dashed
 * line), loitering, encounters, then the selected event's halo. Kinds switched off and hidden user layers keep their layers with
 * `visible: false`. The time rule applies on the GPU by each event's span of days.
 */
export function buildAisEventLayers(data: AisEventLayerData, state: Pick<LayerViewState, 'theme' | 'filter'>) {
  const halo = HALO[state.theme];
  const span = spanFilterProps(state.filter.time);
  const selected = data.selectedEventId;
  const on = (part: AisLayerPart) => data.visibleParts.includes(part);
  return data.userLayers
    .filter((d): d is UserAisLayer => d.kind === 'ais')
    .flatMap((userLayer) => {
      const shown = !data.hiddenIds.includes(userLayer.id);
      const events = userLayer.detection?.events ?? EMPTY;
      const areas = userLayer.detection?.areas.features ?? EMPTY;
      const { encounters, loitering, gaps, portVisits } = eventsByKind(events);
      const selectedEvent = selected === null ? undefined : events.find((e) => e.id === selected);
      const id = (part: string) => aisLayerId(userLayer.id, part);
      const eventPoint = (kind: AisEventKind, list: readonly AisEvent[]) =>
        new ScatterplotLayer<AisEvent, DataFilterExtensionProps<AisEvent>>({
          id: id(kind === 'encounter' ? 'encounters' : kind),
          data: list,
          visible: shown && on(kind),
          pickable: true,
          getPosition: (e) => [e.lon, e.lat],
          radiusUnits: 'pixels',
          getRadius: EVENT_RADIUS_PX[kind],
          getFillColor: AIS_EVENT_COLORS[kind],
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: 2,
          getLineColor: halo,
          getFilterValue: spanValue,
          ...span,
          updateTriggers: { getLineColor: state.theme },
        });
      return [
        buildAisDensityLayer(id('density'), userLayer.density, shown && on('density'), state.filter.time),
        new PolygonLayer<CandidateArea, PathStyleExtensionProps<CandidateArea> & DataFilterExtensionProps<CandidateArea>>({
          id: id('areas'),
          data: areas,
          visible: shown && on('areas'),
          pickable: true,
          getPolygon: (a) => a.geometry.coordinates,
          filled: true,
          getFillColor: [DERIVED_AREA_COLOR[0], DERIVED_AREA_COLOR[1], DERIVED_AREA_COLOR[2], 40],
          stroked: true,
          getLineColor: DERIVED_AREA_COLOR,
          getLineWidth: 2,
          lineWidthUnits: 'pixels',
          getDashArray: [1, 2],
          getFilterValue: (a) => spanValue(a.properties),
          filterRange: span.filterRange,
          extensions: [DASH, TIME_FILTER],
        }),
        new TextLayer<CandidateArea, DataFilterExtensionProps<CandidateArea>>({
          id: id('area-labels'),
          data: areas,
          visible: shown && on('areas'),
          pickable: false,
          getPosition: areaLabelPosition,
          getText: areaLabel,
          getSize: 12,
          getColor: LABEL_TEXT[state.theme],
          fontWeight: 700,
          characterSet: 'auto',
          outlineWidth: 3,
          outlineColor: halo,
          fontSettings: { sdf: true },
          getFilterValue: (a) => spanValue(a.properties),
          ...span,
          updateTriggers: { getColor: state.theme },
        }),
        // Both vessels' tracks around the selected event, under the event marks so they stay visible.
        new PathLayer<SelectedTrack>({
          id: id('selected-tracks'),
          data: selectedEvent ? data.selectedTracks : EMPTY,
          visible: shown && selectedEvent !== undefined,
          pickable: false,
          getPath: (t) => t.positions.map((p): [number, number] => [p.lon, p.lat]),
          getColor: (_t, { index }) => TRACK_COLORS[index % 2]!,
          getWidth: 2.5,
          widthUnits: 'pixels',
          capRounded: true,
          jointRounded: true,
        }),
        new ScatterplotLayer<TrackPoint>({
          id: id('selected-track-points'),
          data: selectedEvent ? trackPoints(data.selectedTracks) : EMPTY,
          visible: shown && selectedEvent !== undefined,
          pickable: false,
          getPosition: (d) => [d.position.lon, d.position.lat],
          radiusUnits: 'pixels',
          getRadius: 2,
          getFillColor: (d) => TRACK_COLORS[d.index % 2]!,
        }),
        new PathLayer<GapEvent, PathStyleExtensionProps<GapEvent> & DataFilterExtensionProps<GapEvent>>({
          id: id('gap-links'),
          data: gaps,
          visible: shown && on('gap'),
          pickable: true,
          getPath: (e) => [
            [e.off.lon, e.off.lat],
            [e.on.lon, e.on.lat],
          ],
          getColor: AIS_EVENT_COLORS.gap,
          getWidth: 2,
          widthUnits: 'pixels',
          getDashArray: [4, 3],
          getFilterValue: spanValue,
          filterRange: span.filterRange,
          extensions: [DASH, TIME_FILTER],
        }),
        // Where it reappeared: a ring (drawn under the dark point, which is the event's position).
        new ScatterplotLayer<GapEvent, DataFilterExtensionProps<GapEvent>>({
          id: id('gap-reappear'),
          data: gaps,
          visible: shown && on('gap'),
          pickable: true,
          getPosition: (e) => [e.on.lon, e.on.lat],
          radiusUnits: 'pixels',
          getRadius: EVENT_RADIUS_PX.gap,
          filled: true,
          getFillColor: halo,
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: 2.5,
          getLineColor: AIS_EVENT_COLORS.gap,
          getFilterValue: spanValue,
          ...span,
          updateTriggers: { getFillColor: state.theme },
        }),
        eventPoint('gap', gaps),
        eventPoint('port-visit', portVisits),
        eventPoint('loitering', loitering),
        eventPoint('encounter', encounters),
        new ScatterplotLayer<AisEvent>({
          id: id('selected'),
          data: selectedEvent ? [selectedEvent] : EMPTY,
          visible: shown && selectedEvent !== undefined,
          pickable: false,
          getPosition: (e) => [e.lon, e.lat],
          radiusUnits: 'pixels',
          getRadius: 12,
          filled: false,
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: 3,
          getLineColor: SELECTION_COLOR,
        }),
      ];
    });
}

interface TrackPoint {
  /** Which of the two tracks, for the colour. */
  index: number;
  position: AisPosition;
}

/** Every reported position of the selected tracks. */
const trackPoints = memoByInput((tracks: readonly SelectedTrack[]): TrackPoint[] =>
  tracks.flatMap((t, index) => t.positions.map((position) => ({ index, position }))),
);
