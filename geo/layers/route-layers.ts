import { PathStyleExtension, type DataFilterExtensionProps, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer, TextLayer } from '@deck.gl/layers';
import type { LonLat, SeaRouteFeature } from '@/data';
import { featureSpan } from '@/data/filter/time-rule';
import { BASEMAP_COLORS } from '../basemap/basemap-theme';
import { SELECTION_COLOR, commodityColor, forTheme, withConfidence } from '../palette';
import { curvePath, pointAndAngleAlong } from './curve-path';
import type { LayerViewState } from './layer-state';
import { memoByInput } from './memo-by-input';
import { TIME_FILTER, timeFilterProps } from './time-filter';

const DASHED = new PathStyleExtension({ dash: true });

/** One drawn leg of a sea route, between two consecutive points of its geometry. */
export interface DrawnRouteLeg {
  route: SeaRouteFeature;
  /** The route's id, so picking a leg selects the route. */
  id: string;
  path: LonLat[];
  /**
   * True where one end is a flow anchor (an unpublished loading or destination port drawn at a
   * country's capital): such legs are drawn faint and dotted, because they show a connection only.
   */
  toUnpublishedEnd: boolean;
}

export interface DrawnRouteArrow {
  route: SeaRouteFeature;
  id: string;
  position: LonLat;
  angleDeg: number;
}

function pointIds(route: SeaRouteFeature): string[] {
  const p = route.properties;
  return [p.fromId, ...(p.viaIds ?? []), p.toId];
}

export const drawnRouteLegs = memoByInput((routes: readonly SeaRouteFeature[]): DrawnRouteLeg[] =>
  routes.flatMap((route) => {
    const coordinates = route.geometry.coordinates;
    const ids = pointIds(route);
    const idsMatch = ids.length === coordinates.length;
    return coordinates.slice(1).map((end, i) => ({
      route,
      id: route.id,
      path: curvePath([coordinates[i]!, end]),
      toUnpublishedEnd: idsMatch && (ids[i]!.startsWith('anchor-') || ids[i + 1]!.startsWith('anchor-')),
    }));
  }),
);

/** One arrowhead per route, on its last leg between published points (or its last leg). */
export const drawnRouteArrows = memoByInput((legs: readonly DrawnRouteLeg[]): DrawnRouteArrow[] => {
  const byRoute = new Map<string, DrawnRouteLeg>();
  for (const leg of legs) {
    const current = byRoute.get(leg.id);
    if (!current || !leg.toUnpublishedEnd || current.toUnpublishedEnd) byRoute.set(leg.id, leg);
  }
  return [...byRoute.values()].map((leg) => ({ route: leg.route, id: leg.id, ...pointAndAngleAlong(leg.path, 0.62) }));
});

/**
 * Sea routes: curved, coloured by their main commodity, opacity by confidence, with arrowheads;
 * legs to an unpublished end point (a country anchor) faint and dotted. The time rule applies on the GPU.
 */
export function buildRouteLayers(routes: readonly SeaRouteFeature[], state: LayerViewState) {
  const visible = state.visibleLayers.includes('routes');
  const selected = new Set(state.selection);
  const halo = BASEMAP_COLORS[state.theme].labelHalo;
  const legs = drawnRouteLegs(routes);
  const time = timeFilterProps((d: { route: SeaRouteFeature }) => featureSpan(d.route), state.filter.time);
  const colorOf = (d: { route: SeaRouteFeature }) =>
    withConfidence(forTheme(commodityColor(d.route.properties.commodity), state.theme), d.route.properties.confidence);
  return [
    new PathLayer<DrawnRouteLeg, DataFilterExtensionProps<DrawnRouteLeg>>({
      id: 'sea-route-casing',
      data: legs,
      visible,
      getPath: (d) => d.path,
      getColor: (d) => (selected.has(d.id) ? SELECTION_COLOR : [halo[0], halo[1], halo[2], 160]),
      getWidth: (d) => (selected.has(d.id) ? 8 : d.toUnpublishedEnd ? 0 : 4.5),
      widthUnits: 'pixels',
      capRounded: true,
      extensions: [TIME_FILTER],
      ...time,
      updateTriggers: { getColor: [state.selection, state.theme], getWidth: state.selection },
    }),
    new PathLayer<DrawnRouteLeg, PathStyleExtensionProps<DrawnRouteLeg> & DataFilterExtensionProps<DrawnRouteLeg>>({
      id: 'sea-routes',
      data: legs,
      visible,
      pickable: true,
      getPath: (d) => d.path,
      getColor: (d) => {
        const color = colorOf(d);
        return d.toUnpublishedEnd ? [color[0], color[1], color[2], Math.round(color[3] * 0.45)] : color;
      },
      getWidth: (d) => (d.toUnpublishedEnd ? 1.5 : 2.5),
      widthUnits: 'pixels',
      capRounded: true,
      extensions: [DASHED, TIME_FILTER],
      getDashArray: (d) => (d.toUnpublishedEnd ? [1.5, 3] : [0, 0]),
      ...time,
      updateTriggers: { getColor: state.theme },
    }),
    new TextLayer<DrawnRouteArrow, DataFilterExtensionProps<DrawnRouteArrow>>({
      id: 'sea-route-arrows',
      data: drawnRouteArrows(legs),
      visible,
      getPosition: (d) => d.position,
      getText: () => '▶',
      getAngle: (d) => d.angleDeg,
      getColor: colorOf,
      getSize: 12,
      updateTriggers: { getColor: state.theme },
      characterSet: ['▶'],
      fontFamily: 'DejaVu Sans, Arial, sans-serif',
      extensions: [TIME_FILTER],
      ...time,
    }),
  ];
}
