'use client';

import type { LayersList } from '@deck.gl/core';
import type { MapboxOverlayProps } from '@deck.gl/mapbox';
import { useMemo } from 'react';
import { buildAtlasLayers, type AtlasLayerData } from '@/geo/layers/atlas-layers';
import { flowArcsFor } from '@/geo/layers/flow-arcs';
import type { LayerViewState } from '@/geo/layers/layer-state';
import type { RiverLabel } from '@/geo/basemap/border-rivers';
import { useLiveRange } from '@/components/timebar/use-live-range';
import type { LiveRange } from '@/lib/timebar/live-range';
import { DeckOverlay } from './deck-overlay';

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
 * The atlas's deck.gl layers over the map. The one part of the map that follows a moving time range (a drag,
 * playback): it alone re-renders per step, with the range as the layers' GPU filter range (and the flow arcs,
 * summed per year, on the CPU), while the MapLibre map around it is left as it is.
 */
export function LiveDeckOverlay({ layerData, layerState, liveRange, basemapLabels, riverLabels, buildExtraLayers, ...overlay }: LiveDeckOverlayProps) {
  const time = useLiveRange(liveRange, layerState.filter.time);
  const layers = useMemo(() => {
    const moving = time !== layerState.filter.time;
    const state = moving ? { ...layerState, filter: { ...layerState.filter, time } } : layerState;
    const data = moving ? { ...layerData, ...flowArcsFor(layerData.dataset, time) } : layerData;
    const atlas = buildAtlasLayers(data, state, { basemapLabels, riverLabels });
    return buildExtraLayers ? [...atlas, buildExtraLayers(state)] : atlas;
  }, [layerData, layerState, time, basemapLabels, riverLabels, buildExtraLayers]);
  return <DeckOverlay {...overlay} layers={layers} />;
}
