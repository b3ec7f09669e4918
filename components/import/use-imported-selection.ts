'use client';

import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { findTrack, trackPositionsBetween, type AisEvent } from '@/geo/analysis/ais';
import type { SelectedTrack } from '@/geo/layers/ais-event-layers';
import { eventVessels } from '@/components/import/format-event';
import { resolveImportedPick, type ImportedSelection } from '@/components/import/user-layer-picking';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import { viewForAisEvent } from '@/geo/analysis/user-data/layer-view';
import { currentMapFrame } from '@/components/map/map-frame';
import type { MapView } from '@/geo/map-view';

/** How much of both vessels' tracks is drawn around a selected event, each side. */
export const TRACK_CONTEXT_MS = 3 * 3_600_000;

/** Selected AIS event with its user layer. */
export interface SelectedEvent {
  userLayer: Extract<UserLayer, { kind: 'ais' }>;
  event: AisEvent;
}

export interface ImportedSelectionOptions {
  userLayers: readonly UserLayer[];
  userLayersRef: RefObject<readonly UserLayer[]>;
  flyToRef: RefObject<((view: MapView) => void) | undefined>;
}

/**
 * What the user selected among their own data (a feature, an AIS event or a candidate area), looked up in the
 * user layers, with the vessels' tracks around a selected event. Escape clears it, as it clears the curated selection.
 */
export function useImportedSelection({ userLayers, userLayersRef, flyToRef }: ImportedSelectionOptions) {
  const [selection, setSelection] = useState<ImportedSelection | null>(null);

  const selectedFeature = useMemo(() => {
    if (selection?.kind !== 'feature') return null;
    const userLayer = userLayers.find((d) => d.id === selection.userLayerId);
    const feature = userLayer && userLayer.kind !== 'ais' ? userLayer.features.find((f) => f.id === selection.featureId) : undefined;
    return userLayer && feature ? { userLayer, feature } : null;
  }, [selection, userLayers]);

  const selectedEvent = useMemo((): SelectedEvent | null => {
    if (selection?.kind !== 'event') return null;
    const userLayer = userLayers.find((d) => d.id === selection.userLayerId);
    if (!userLayer || userLayer.kind !== 'ais') return null;
    const event = userLayer.detection?.events.find((e) => e.id === selection.eventId);
    return event ? { userLayer, event } : null;
  }, [selection, userLayers]);

  const selectedArea = useMemo(() => {
    if (selection?.kind !== 'area') return null;
    const userLayer = userLayers.find((d) => d.id === selection.userLayerId);
    const area = userLayer?.kind === 'ais' ? userLayer.detection?.areas.features.find((a) => a.properties.id === selection.areaId) : undefined;
    return userLayer && area ? { userLayer, area } : null;
  }, [selection, userLayers]);

  const selectedTracks = useMemo((): SelectedTrack[] => {
    if (!selectedEvent?.userLayer.tracks) return [];
    const { userLayer, event } = selectedEvent;
    const tracks = userLayer.tracks!;
    return eventVessels(event).flatMap((v) => {
      const track = findTrack(tracks, v.mmsi);
      return track ? [{ mmsi: v.mmsi, positions: trackPositionsBetween(track, event.start - TRACK_CONTEXT_MS, event.end + TRACK_CONTEXT_MS) }] : [];
    });
  }, [selectedEvent]);

  const select = useCallback(
    (next: ImportedSelection | null, options: { flyTo?: boolean } = {}) => {
      setSelection(next);
      if (!options.flyTo || next === null || next.kind !== 'event') return;
      const userLayer = userLayersRef.current.find((d) => d.id === next.userLayerId);
      const event = userLayer?.kind === 'ais' ? userLayer.detection?.events.find((e) => e.id === next.eventId) : undefined;
      if (event) flyToRef.current?.(viewForAisEvent(event, currentMapFrame()));
    },
    [userLayersRef, flyToRef],
  );

  const pick = useCallback(
    (info: { layer?: { id: string } | null; object?: unknown }) => {
      const picked = resolveImportedPick(info.layer?.id, info.object, userLayersRef.current);
      setSelection(picked);
      return picked !== null;
    },
    [userLayersRef],
  );

  useEffect(() => {
    if (selection === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setSelection(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [selection]);

  /** Clears the selection when it belongs to the user layer (which is being removed). */
  const deselectLayer = useCallback((userLayerId: string) => setSelection((s) => (s?.userLayerId === userLayerId ? null : s)), []);
  /** Clears a selected event or area of the user layer, which a new detection run replaces; a selected feature stays. */
  const deselectDetection = useCallback(
    (userLayerId: string) => setSelection((s) => (s && s.userLayerId === userLayerId && s.kind !== 'feature' ? null : s)),
    [],
  );

  return { selection, selectedFeature, selectedEvent, selectedArea, selectedTracks, select, pick, deselectLayer, deselectDetection };
}
