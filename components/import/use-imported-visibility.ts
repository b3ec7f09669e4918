'use client';

import { useCallback, useState } from 'react';
import { AIS_LAYER_PARTS, type AisLayerPart } from '@/geo/layers/user-data-palette';

/** Which imported datasets are hidden, and which parts of the AIS layers (each kind of event, the candidate areas) are shown. */
export function useImportedVisibility() {
  const [hiddenIds, setHiddenIds] = useState<string[]>([]);
  const [visibleParts, setVisibleParts] = useState<AisLayerPart[]>([...AIS_LAYER_PARTS]);

  const setDatasetVisible = useCallback((datasetId: string, visible: boolean) => {
    setHiddenIds((ids) => (visible ? ids.filter((id) => id !== datasetId) : ids.includes(datasetId) ? ids : [...ids, datasetId]));
  }, []);

  // Rebuilt from AIS_LAYER_PARTS, so the list keeps one order whatever order the parts are toggled in.
  const setPartVisible = useCallback((part: AisLayerPart, visible: boolean) => {
    setVisibleParts((parts) => AIS_LAYER_PARTS.filter((p) => (p === part ? visible : parts.includes(p))));
  }, []);

  /** Drops a removed dataset from the hidden list. */
  const forgetDataset = useCallback((datasetId: string) => {
    setHiddenIds((ids) => ids.filter((id) => id !== datasetId));
  }, []);

  return { hiddenIds, visibleParts, setDatasetVisible, setPartVisible, forgetDataset };
}
