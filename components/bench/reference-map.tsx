'use client';

import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import * as maplibregl from 'maplibre-gl';
import { useMemo, useRef, useState } from 'react';
import { Map as MapLibreMap, useControl } from 'react-map-gl/maplibre';
import { getDataset } from '@/data';
import { buildBasemapStyle } from '@/geo/basemap/basemap-style';
import { buildAtlasLayers } from '@/geo/layers/atlas-layers';
import { laborFlowArcs, tradeFlowArcs } from '@/geo/layers/flow-arcs';
import { buildSyntheticPointLayers } from '@/geo/layers/synthetic-point-layers';
import { DEFAULT_DASHBOARD_STATE } from '@/lib/dashboard-state';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { filterByCommodity } from '@/data/filter/filtered-dataset';
import { MAP_ZOOM_RANGE } from '@/geo/map-view';
import { registerPmtilesProtocol } from '@/components/map/pmtiles-protocol';
import { useBenchHook, type BenchHook } from './bench-hook';
import { syntheticPointData } from './synthetic-point-data';

// The reference page draws the same offline style, detailed coast included.
registerPmtilesProtocol();

export interface ReferenceMapProps {
  syntheticPoints: number;
  size: { widthPx: number; heightPx: number } | null;
}

/** The bare vis.gl pattern: deck.gl attached to MapLibre as a non-interleaved control. */
function Overlay(props: MapboxOverlayProps) {
  const overlay = useControl<MapboxOverlay>(() => new MapboxOverlay({ ...props, interleaved: false }));
  overlay.setProps({ ...props, interleaved: false });
  return null;
}

const INITIAL = DEFAULT_DASHBOARD_STATE;

/**
 * The benchmark's reference: MapLibre with the app's offline style and a MapboxOverlay with the app's layers and
 * data in the default state (plus the same SYNTHETIC points when asked), and nothing else: no panels, charts,
 * URL state or tooltips. The app is measured against this page.
 */
export default function ReferenceMap({ syntheticPoints, size }: ReferenceMapProps) {
  const dataset = getDataset();
  const [filter, setFilter] = useState<FeatureFilter>({ commodities: INITIAL.commodities, time: INITIAL.time });
  const [zoomLevel, setZoomLevel] = useState(Math.floor(INITIAL.view.zoom));
  const [mapIdle, setMapIdle] = useState(false);
  const [deckDrawn, setDeckDrawn] = useState(false);
  const hovered = useRef<unknown>(null);

  const synthetic = syntheticPointData(syntheticPoints);
  const style = useMemo(() => buildBasemapStyle(INITIAL.theme, window.location.origin), []);
  // The same data path as the app's map: the commodity filter on the CPU, the time rule on the GPU.
  const features = useMemo(() => filterByCommodity(dataset, { commodities: filter.commodities }), [dataset, filter.commodities]);
  const layerData = useMemo(
    () => ({
      dataset,
      features,
      tradeArcs: tradeFlowArcs(dataset.trade, dataset.flowAnchors.features, filter.time),
      laborArcs: laborFlowArcs(dataset.labor, dataset.flowAnchors.features, filter.time),
      annotations: [],
    }),
    [dataset, features, filter.time],
  );
  const layers = useMemo(
    () => [
      ...buildAtlasLayers(
        layerData,
        {
          theme: INITIAL.theme,
          language: INITIAL.language,
          visibleLayers: INITIAL.layers,
          selection: [],
          zoom: zoomLevel,
          filter,
          highlight: null,
        },
        { basemapLabels: true },
      ),
      ...(synthetic ? buildSyntheticPointLayers(synthetic, { filter }) : []),
    ],
    [layerData, zoomLevel, filter, synthetic],
  );

  const hook = useMemo<BenchHook>(
    () => ({
      variant: 'reference',
      syntheticPoints,
      setFilter: (change) => setFilter((current) => ({ ...current, ...change })),
    }),
    [syntheticPoints],
  );
  useBenchHook(hook);

  const box = size ? { width: size.widthPx, height: size.heightPx } : { right: 0, bottom: 0 };
  return (
    <div
      data-testid="atlas-map"
      data-map-idle={mapIdle}
      data-deck-drawn={deckDrawn}
      style={{ position: 'fixed', left: 0, top: 0, ...box }}
    >
      <MapLibreMap
        mapLib={maplibregl}
        workerUrl="/maplibre-gl-worker.mjs"
        initialViewState={{ longitude: INITIAL.view.lon, latitude: INITIAL.view.lat, zoom: INITIAL.view.zoom }}
        minZoom={MAP_ZOOM_RANGE.min}
        maxZoom={MAP_ZOOM_RANGE.max}
        mapStyle={style}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        onZoomEnd={(event) => setZoomLevel(Math.floor(event.viewState.zoom))}
        onMoveStart={() => setMapIdle(false)}
        onIdle={() => setMapIdle(true)}
        style={{ position: 'absolute', inset: 0 }}
      >
        <Overlay
          layers={layers}
          pickingRadius={6}
          // Hover picking as any page with tooltips does; the result is only kept, nothing re-renders.
          onHover={(info) => {
            hovered.current = info.object ?? null;
          }}
          onAfterRender={() => {
            if (!deckDrawn) setDeckDrawn(true);
          }}
        />
      </MapLibreMap>
    </div>
  );
}
