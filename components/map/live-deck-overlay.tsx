'use client';

import type { LayersList } from '@deck.gl/core';
import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import { useMemo } from 'react';
import { useControl } from 'react-map-gl/maplibre';
import type { TimeRange } from '@/data/filter/time-rule';
import { buildAtlasLayers, type AtlasLayerData } from '@/geo/layers/atlas-layers';
import { flowArcsFor } from '@/geo/layers/flow-arcs';
import type { LayerViewState } from '@/geo/layers/layer-state';
import type { RiverLabel } from '@/geo/basemap/border-rivers';
import { rangeNow, type LiveRange } from '@/lib/timebar/live-range';
import { useLiveSteps } from '@/components/timebar/use-live-range';

export interface LiveDeckOverlayProps extends Omit<MapboxOverlayProps, 'layers'> {
  layerData: AtlasLayerData;
  layerState: LayerViewState;
  /** The time range while it moves, ahead of `layerState.filter.time`. */
  liveRange?: LiveRange | undefined;
  basemapLabels: boolean;
  riverLabels: readonly RiverLabel[] | undefined;
  buildExtraLayers?: ((state: LayerViewState) => LayersList) | undefined;
}

/**
 * The atlas's deck.gl layers over the map, attached to MapLibre as a control (the vis.gl pattern: the map owns the
 * camera; not interleaved, which throws with maplibre-gl 6 and picks less reliably). The one part of the map that
 * follows a moving time range (a drag, playback): each step hands deck.gl the layers for that range (the GPU filter
 * range, and the flow arcs, summed per year, on the CPU) straight from the range's subscription, without a React
 * render, while the MapLibre map around it is left as it is.
 */
export function LiveDeckOverlay({ layerData, layerState, liveRange, basemapLabels, riverLabels, buildExtraLayers, ...overlay }: LiveDeckOverlayProps) {
  const committed = layerState.filter.time;
  const layersAt = useMemo(
    () => (time: TimeRange | null) => {
      const moving = time !== committed;
      const state = moving ? { ...layerState, filter: { ...layerState.filter, time } } : layerState;
      const data = moving ? { ...layerData, ...flowArcsFor(layerData.dataset, time) } : layerData;
      const atlas = buildAtlasLayers(data, state, { basemapLabels, riverLabels });
      return buildExtraLayers ? [...atlas, buildExtraLayers(state)] : atlas;
    },
    [committed, layerData, layerState, basemapLabels, riverLabels, buildExtraLayers],
  );
  const atRest = useMemo(() => layersAt(committed), [layersAt, committed]);
  const deck = useControl<MapboxOverlay>(() => new MapboxOverlay({ ...overlay, interleaved: false }));
  // At rest the memoised layers, so that a render for anything else (a hover) hands deck.gl the same ones.
  const layersNow = () => (liveRange?.get() === undefined ? atRest : layersAt(rangeNow(liveRange, committed)));
  deck.setProps({ ...overlay, interleaved: false, layers: layersNow() });
  useLiveSteps(liveRange, () => deck.setProps({ layers: layersNow() }));
  return null;
}
