'use client';

import { useMemo } from 'react';
import type { AisEventLayerData, SelectedTrack } from '@/geo/layers/ais-event-layers';
import type { ImportedLayerData } from '@/geo/layers/imported-layers';
import type { AisLayerPart } from '@/geo/layers/user-data-palette';
import type { ImportedSelection } from '@/components/import/user-layer-picking';
import type { UserLayer } from '@/geo/analysis/user-data/types';

export interface ImportedLayerInputs {
  userLayers: readonly UserLayer[];
  hiddenIds: readonly string[];
  visibleParts: readonly AisLayerPart[];
  selection: ImportedSelection | null;
  selectedTracks: readonly SelectedTrack[];
}

/** The inputs of `buildImportedLayers` and `buildAisEventLayers`: each stays the same object until what it holds changes, so its layers are rebuilt only then. */
export function useImportedLayerData({ userLayers, hiddenIds, visibleParts, selection, selectedTracks }: ImportedLayerInputs) {
  const importedLayerData = useMemo<ImportedLayerData>(
    () => ({ userLayers, hiddenIds, selectedFeatureId: selection?.kind === 'feature' ? selection.featureId : null }),
    [userLayers, hiddenIds, selection],
  );
  const aisLayerData = useMemo<AisEventLayerData>(
    () => ({
      userLayers,
      hiddenIds,
      visibleParts,
      selectedEventId: selection?.kind === 'event' ? selection.eventId : null,
      selectedTracks,
    }),
    [userLayers, hiddenIds, visibleParts, selection, selectedTracks],
  );
  return { importedLayerData, aisLayerData };
}
