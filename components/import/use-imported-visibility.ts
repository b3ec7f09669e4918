'use client';

import { useCallback, useState } from 'react';
import { AIS_LAYER_PARTS, type AisLayerPart } from '@/geo/layers/user-data-palette';

/** Which imported user layers are hidden, and which parts of the AIS layers (each kind of event, the candidate areas) are shown. */
export function useImportedVisibility() {
  const [hiddenIds, setHiddenIds] = useState<string[]>([]);
  const [visibleParts, setVisibleParts] = useState<AisLayerPart[]>([...AIS_LAYER_PARTS]);

  const setLayerVisible = useCallback((userLayerId: string, visible: boolean) => {
    setHiddenIds((ids) => (visible ? ids.filter((id) => id !== userLayerId) : ids.includes(userLayerId) ? ids : [...ids, userLayerId]));
  }, []);

  // Rebuilt from AIS_LAYER_PARTS, so the list keeps one order whatever order the parts are toggled in.
  const setPartVisible = useCallback((part: AisLayerPart, visible: boolean) => {
    setVisibleParts((parts) => AIS_LAYER_PARTS.filter((p) => (p === part ? visible : parts.includes(p))));
  }, []);

  /** Drops a removed user layer from the hidden list. */
  const forgetLayer = useCallback((userLayerId: string) => {
    setHiddenIds((ids) => ids.filter((id) => id !== userLayerId));
  }, []);

  return { hiddenIds, visibleParts, setLayerVisible, setPartVisible, forgetLayer };
}
