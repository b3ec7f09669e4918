'use client';

import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { findTrack, trackPositionsBetween, type AisEvent } from '@/geo/analysis/ais';
import type { SelectedTrack } from '@/geo/layers/ais-event-layers';
import { eventVessels } from '@/components/import/format-event';
import { resolveImportedPick, type ImportedSelection } from '@/components/import/user-layer-picking';
import type { ImportedDataset } from '@/geo/analysis/user-data/types';
import type { MapView } from '@/geo/map-view';

/** How much of both vessels' tracks is drawn around a selected event, each side. */
export const TRACK_CONTEXT_MS = 3 * 3_600_000;

/** Selected AIS event with its dataset. */
export interface SelectedEvent {
  dataset: Extract<ImportedDataset, { kind: 'ais' }>;
  event: AisEvent;
}

export interface ImportedSelectionOptions {
  datasets: readonly ImportedDataset[];
  datasetsRef: RefObject<readonly ImportedDataset[]>;
  flyToRef: RefObject<((view: MapView) => void) | undefined>;
}

/**
 * What the user selected among their own data (a feature, an AIS event or a candidate area), looked up in the
 * datasets, with the vessels' tracks around a selected event. Escape clears it, as it clears the curated selection.
 */
export function useImportedSelection({ datasets, datasetsRef, flyToRef }: ImportedSelectionOptions) {
  const [selection, setSelection] = useState<ImportedSelection | null>(null);

  const selectedFeature = useMemo(() => {
    if (selection?.kind !== 'feature') return null;
    const dataset = datasets.find((d) => d.id === selection.datasetId);
    const feature = dataset && dataset.kind !== 'ais' ? dataset.features.find((f) => f.id === selection.featureId) : undefined;
    return dataset && feature ? { dataset, feature } : null;
  }, [selection, datasets]);

  const selectedEvent = useMemo((): SelectedEvent | null => {
    if (selection?.kind !== 'event') return null;
    const dataset = datasets.find((d) => d.id === selection.datasetId);
    if (!dataset || dataset.kind !== 'ais') return null;
    const event = dataset.detection?.events.find((e) => e.id === selection.eventId);
    return event ? { dataset, event } : null;
  }, [selection, datasets]);

  const selectedArea = useMemo(() => {
    if (selection?.kind !== 'area') return null;
    const dataset = datasets.find((d) => d.id === selection.datasetId);
    const area = dataset?.kind === 'ais' ? dataset.detection?.areas.features.find((a) => a.properties.id === selection.areaId) : undefined;
    return dataset && area ? { dataset, area } : null;
  }, [selection, datasets]);

  const selectedTracks = useMemo((): SelectedTrack[] => {
    if (!selectedEvent?.dataset.tracks) return [];
    const { dataset, event } = selectedEvent;
    const tracks = dataset.tracks!;
    return eventVessels(event).flatMap((v) => {
      const track = findTrack(tracks, v.mmsi);
      return track ? [{ mmsi: v.mmsi, positions: trackPositionsBetween(track, event.start - TRACK_CONTEXT_MS, event.end + TRACK_CONTEXT_MS) }] : [];
    });
  }, [selectedEvent]);

  const select = useCallback(
    (next: ImportedSelection | null, options: { flyTo?: boolean } = {}) => {
      setSelection(next);
      if (!options.flyTo || next === null || next.kind !== 'event') return;
      const dataset = datasetsRef.current.find((d) => d.id === next.datasetId);
      const event = dataset?.kind === 'ais' ? dataset.detection?.events.find((e) => e.id === next.eventId) : undefined;
      if (event) flyToRef.current?.({ lon: event.lon, lat: event.lat, zoom: 9 });
    },
    [datasetsRef, flyToRef],
  );

  const pick = useCallback(
    (info: { layer?: { id: string } | null; object?: unknown }) => {
      const picked = resolveImportedPick(info.layer?.id, info.object, datasetsRef.current);
      setSelection(picked);
      return picked !== null;
    },
    [datasetsRef],
  );

  useEffect(() => {
    if (selection === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setSelection(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [selection]);

  /** Clears the selection when it belongs to the dataset (which is being removed). */
  const deselectDataset = useCallback((datasetId: string) => setSelection((s) => (s?.datasetId === datasetId ? null : s)), []);
  /** Clears a selected event or area of the dataset, which a new detection run replaces; a selected feature stays. */
  const deselectDetection = useCallback(
    (datasetId: string) => setSelection((s) => (s && s.datasetId === datasetId && s.kind !== 'feature' ? null : s)),
    [],
  );

  return { selection, selectedFeature, selectedEvent, selectedArea, selectedTracks, select, pick, deselectDataset, deselectDetection };
}
