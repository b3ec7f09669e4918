import { PathStyleExtension, type DataFilterExtensionProps, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { LonLat, RailLinkFeature } from '@/data';
import { featureSpan, type DaySpan } from '@/data/filter/time-rule';
import { BASEMAP_COLORS } from '../basemap/basemap-theme';
import { PRECISION_DASH, RAIL_COLOR, SELECTION_COLOR, forTheme, withConfidence } from '../palette';
import type { LayerViewState } from './layer-state';
import { memoByInput } from './memo-by-input';
import { TIME_FILTER, timeFilterProps } from './time-filter';

const DASHED = new PathStyleExtension({ dash: true });

/** A sourced vertex of a rail line (a station or pier), as opposed to an interpolated bend. */
export interface RailVertex {
  railId: string;
  position: LonLat;
  /** The line's span: a station shows while its line does. */
  span: DaySpan;
}

/** Vertices the data mark as sourced points; interpolated ones are not drawn as stations. */
export const verifiedRailVertices = memoByInput((rails: readonly RailLinkFeature[]): RailVertex[] =>
  rails.flatMap((rail) =>
    rail.geometry.coordinates
      .filter((_, i) => rail.properties.vertexVerified?.[i] === true)
      .map((position) => ({ railId: rail.id, position, span: featureSpan(rail) })),
  ),
);

/**
 * Rail links as paths: dashed unless the geometry is surveyed (long dashes for approximate, short
 * for schematic), opacity by confidence, with the sourced stations ticked along them.
 */
export function buildRailLayers(rails: readonly RailLinkFeature[], state: LayerViewState) {
  const visible = state.visibleLayers.includes('rail');
  const selected = new Set(state.selection);
  const halo = BASEMAP_COLORS[state.theme].labelHalo;
  const widthOf = (d: RailLinkFeature) => (d.properties.significance >= 3 ? 4 : 3);
  const rail = forTheme(RAIL_COLOR, state.theme);
  const time = timeFilterProps(featureSpan, state.filter.time);
  return [
    new PathLayer<RailLinkFeature, DataFilterExtensionProps<RailLinkFeature>>({
      id: 'rail-casing',
      data: rails,
      visible,
      getPath: (d) => d.geometry.coordinates,
      getColor: (d) => (selected.has(d.id) ? SELECTION_COLOR : halo),
      getWidth: (d) => widthOf(d) + (selected.has(d.id) ? 6 : 3),
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      extensions: [TIME_FILTER],
      ...time,
      updateTriggers: { getColor: [state.selection, state.theme], getWidth: state.selection },
    }),
    new PathLayer<RailLinkFeature, PathStyleExtensionProps<RailLinkFeature> & DataFilterExtensionProps<RailLinkFeature>>({
      id: 'rail-links',
      data: rails,
      visible,
      pickable: true,
      getPath: (d) => d.geometry.coordinates,
      getColor: (d) => withConfidence(rail, d.properties.confidence),
      getWidth: widthOf,
      widthUnits: 'pixels',
      extensions: [DASHED, TIME_FILTER],
      getDashArray: (d) => PRECISION_DASH[d.properties.geometryPrecision] ?? [2, 3],
      dashJustified: true,
      ...time,
      updateTriggers: { getColor: state.theme },
    }),
    new ScatterplotLayer<RailVertex, DataFilterExtensionProps<RailVertex>>({
      id: 'rail-stations',
      data: verifiedRailVertices(rails),
      visible,
      getPosition: (d) => d.position,
      getRadius: 2.5,
      radiusUnits: 'pixels',
      getFillColor: halo,
      stroked: true,
      getLineColor: rail,
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      extensions: [TIME_FILTER],
      ...timeFilterProps((d: RailVertex) => d.span, state.filter.time),
      updateTriggers: { getFillColor: state.theme, getLineColor: state.theme },
    }),
  ];
}
