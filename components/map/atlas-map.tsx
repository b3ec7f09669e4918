'use client';

import type { LayersList, PickingInfo } from '@deck.gl/core';
import * as maplibregl from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Map as MapLibreMap, type MapRef, type ViewStateChangeEvent } from 'react-map-gl/maplibre';
import { NATURAL_EARTH_ATTRIBUTION, OSM_ATTRIBUTION } from '@/geo/basemap/basemap-region';
import type { AtlasLayerData } from '@/geo/layers/atlas-layers';
import { labelTexts } from '@/geo/layers/label-texts';
import type { LayerViewState } from '@/geo/layers/layer-state';
import { MAP_ZOOM_RANGE, formatMapView, type MapView } from '@/geo/map-view';
import { AreaDraw, type AreaDrawProps } from './area-draw';
import { LiveDeckOverlay } from './live-deck-overlay';
import { ImportedTooltip } from '@/components/import/imported-tooltip';
import { importedTooltipFor } from '@/components/import/user-layer-picking';
import { MapTooltip } from './map-tooltip';
import { ONLINE_BASEMAP_STYLE_URL, mapStyleFor } from './map-style-source';
import { registerPmtilesProtocol } from './pmtiles-protocol';
import { tooltipFor } from './tooltip-content';
import { useLabelFonts } from './use-label-fonts';
import { useRiverLabels } from './use-river-labels';
import type { LiveRange } from '@/lib/timebar/live-range';

registerPmtilesProtocol();

const OFFLINE_ATTRIBUTION = `Basemap: ${NATURAL_EARTH_ATTRIBUTION}; ${OSM_ATTRIBUTION}`;

export interface AtlasMapProps {
  view: MapView;
  layerData: AtlasLayerData;
  layerState: Omit<LayerViewState, 'zoom'>;
  onViewChange: (view: MapView) => void;
  onSelect: (featureId: string | null, additive: boolean) => void;
  /** Offered every click's position first; returning true consumes it (placing an annotation). */
  onClickAt?: (lonLat: [number, number]) => boolean;
  /** A click on the user's own data: returns true when it handled it (the curated selection is left alone). */
  onPickImported?: (info: PickingInfo) => boolean;
  /** The browser took the WebGL context away: the loader swaps the map for a message with a reload. */
  onContextLost: () => void;
  /** The map has drawn everything for the first time (its first idle); called once. */
  onStarted?: () => void;
  /** Layers drawn over the atlas from the same view state: the benchmark page's SYNTHETIC points. Keep it stable. */
  buildExtraLayers?: (state: LayerViewState) => LayersList;
  /** The area report's drawing tool (the dashboard only). */
  areaDraw?: Omit<AreaDrawProps, 'styleKey'>;
  /** The time range while it moves (a drag, playback), ahead of `layerState.filter.time`: drawn every step. */
  liveRange?: LiveRange;
}

const SAME_VIEW_EPSILON = 1e-6;

function isSameView(a: MapView, b: MapView): boolean {
  return (
    Math.abs(a.lon - b.lon) < SAME_VIEW_EPSILON &&
    Math.abs(a.lat - b.lat) < SAME_VIEW_EPSILON &&
    Math.abs(a.zoom - b.zoom) < SAME_VIEW_EPSILON
  );
}

/** Feature ids are what selection works with; flow arcs are not selectable features. */
function pickedFeatureId(info: PickingInfo): string | null {
  const object: unknown = info.object;
  if (!object || typeof object !== 'object' || !('id' in object) || typeof object.id !== 'string') return null;
  return object.id.startsWith('trade-flow-') || object.id.startsWith('labor-flow-') ? null : object.id;
}

export default function AtlasMap({
  view,
  layerData,
  layerState,
  onViewChange,
  onSelect,
  onClickAt,
  onPickImported,
  onContextLost,
  onStarted,
  buildExtraLayers,
  areaDraw,
  liveRange,
}: AtlasMapProps) {
  const mapRef = useRef<MapRef>(null);
  // Whole zoom levels only: label density changes per level, and layers need not rebuild every frame.
  const [zoomLevel, setZoomLevel] = useState(Math.floor(view.zoom));
  const [hover, setHover] = useState<{ x: number; y: number; object: unknown } | null>(null);
  // Exposed as data attributes so tests and the benchmark know when the map has settled.
  const [mapIdle, setMapIdle] = useState(false);
  const [deckDrawn, setDeckDrawn] = useState(false);
  // Where the camera came to rest (formatted as in links), so a waiter can tell "idle at the target" from "idle before it".
  const [settledView, setSettledView] = useState('');
  // The view being flown to: a flight that a newer one interrupts also ends in a moveend, half-way, and that
  // position must not be written back into state (it would start a flight of its own away from the new target).
  const target = useRef<MapView | null>(null);
  const started = useRef(false);

  // The map owns the camera; state follows it on moveend. A view that changes from outside
  // (back/forward, search, a slide) is flown to.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const center = map.getCenter();
    const current = { lon: center.lng, lat: center.lat, zoom: map.getZoom() };
    if (!isSameView(current, view)) {
      target.current = view;
      map.flyTo({ center: [view.lon, view.lat], zoom: view.zoom, essential: true });
    }
  }, [view]);

  // This component only renders in the browser (loaded with ssr: false), so window is there.
  const style = useMemo(() => mapStyleFor(layerState.theme, window.location.origin), [layerState.theme]);

  // Labels wait for the shipped fonts' subsets that their characters need (fetched from this origin).
  const texts = useMemo(() => labelTexts(layerData, layerState.language), [layerData, layerState.language]);
  const labelFontsReady = useLabelFonts(layerState.language, texts);
  const riverLabels = useRiverLabels(!ONLINE_BASEMAP_STYLE_URL);

  const deckState = useMemo(() => ({ ...layerState, zoom: zoomLevel, labelFontsReady }), [layerState, zoomLevel, labelFontsReady]);

  const tooltip = hover ? tooltipFor(hover.object, layerData.dataset) : null;
  const importedTip = hover ? importedTooltipFor(hover.object, layerData.imported?.userLayers ?? []) : null;

  const onMoveEnd = (event: ViewStateChangeEvent) => {
    const { longitude, latitude, zoom } = event.viewState;
    const now = { lon: longitude, lat: latitude, zoom };
    const flyingTo = target.current;
    if (flyingTo && !event.originalEvent && !isSameView(now, flyingTo)) return;
    target.current = null;
    onViewChange(now);
  };

  return (
    <div
      className="atlas-map"
      data-testid="atlas-map"
      data-map-idle={mapIdle}
      data-deck-drawn={deckDrawn}
      data-map-view={settledView}
      data-label-fonts={labelFontsReady ? 'loaded' : 'loading'}
    >
      <MapLibreMap
        ref={mapRef}
        mapLib={maplibregl}
        workerUrl="/maplibre-gl-worker.mjs"
        initialViewState={{ longitude: view.lon, latitude: view.lat, zoom: view.zoom }}
        minZoom={MAP_ZOOM_RANGE.min}
        maxZoom={MAP_ZOOM_RANGE.max}
        mapStyle={style}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        canvasContextAttributes={{ preserveDrawingBuffer: true }}
        attributionControl={{ compact: true, customAttribution: ONLINE_BASEMAP_STYLE_URL ? undefined : OFFLINE_ATTRIBUTION }}
        onMove={(event) => setZoomLevel(Math.floor(event.viewState.zoom))}
        onMoveStart={() => setMapIdle(false)}
        onMoveEnd={onMoveEnd}
        onIdle={(event) => {
          const center = event.target.getCenter();
          setSettledView(formatMapView({ lon: center.lng, lat: center.lat, zoom: event.target.getZoom() }));
          setMapIdle(true);
          if (!started.current) {
            started.current = true;
            onStarted?.();
          }
        }}
        onLoad={(event) => event.target.on('webglcontextlost', onContextLost)}
        style={{ position: 'absolute', inset: 0 }}
      >
        <LiveDeckOverlay
          layerData={layerData}
          layerState={deckState}
          liveRange={liveRange}
          basemapLabels={!ONLINE_BASEMAP_STYLE_URL}
          riverLabels={riverLabels}
          buildExtraLayers={buildExtraLayers}
          pickingRadius={6}
          onClick={(info, event) => {
            const [lon, lat] = info.coordinate ?? [];
            if (lon !== undefined && lat !== undefined && onClickAt?.([lon, lat])) return;
            if (onPickImported?.(info)) return;
            const srcEvent: unknown = event.srcEvent;
            const additive = srcEvent instanceof MouseEvent && srcEvent.shiftKey;
            onSelect(pickedFeatureId(info), additive);
          }}
          onHover={(info) => setHover(info.object ? { x: info.x, y: info.y, object: info.object } : null)}
          onAfterRender={() => {
            if (!deckDrawn) setDeckDrawn(true);
          }}
          getCursor={({ isHovering, isDragging }) =>
            areaDraw?.tool ? 'crosshair' : isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'
          }
        />
        {areaDraw && <AreaDraw {...areaDraw} styleKey={layerState.theme} />}
      </MapLibreMap>
      {hover && tooltip && <MapTooltip x={hover.x} y={hover.y} content={tooltip} />}
      {hover && importedTip && <ImportedTooltip x={hover.x} y={hover.y} content={importedTip} />}
    </div>
  );
}
