'use client';

import { useCallback, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { viewForLayer } from '@/geo/analysis/user-data/layer-view';
import { currentMapFrame } from '@/components/map/map-frame';
import { deleteSavedLayer, getSavedLayer, listSavedLayers, saveLayer, savedToUserLayer } from '@/lib/api/user-layers-client';
import type { SavedLayerSummary } from '@/geo/analysis/user-data/saved-layer-schema';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import type { MapView } from '@/geo/map-view';
import type { SetImportMessage } from './import-messages';

export interface SavedListState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  userLayers: SavedLayerSummary[];
  message?: string;
}

export interface SavedLayersOptions {
  userLayersRef: RefObject<readonly UserLayer[]>;
  setUserLayers: Dispatch<SetStateAction<UserLayer[]>>;
  setMessage: SetImportMessage;
  flyToRef: RefObject<((view: MapView) => void) | undefined>;
}

/**
 * The user layers saved in the server's database: the list (fetched only once asked for), saving an imported
 * user layer, opening a saved one on the map and deleting one. A user layer on the map remembers the id it was saved as.
 */
export function useSavedLayers({ userLayersRef, setUserLayers, setMessage, flyToRef }: SavedLayersOptions) {
  const [saved, setSaved] = useState<SavedListState>({ status: 'idle', userLayers: [] });

  const refreshSaved = useCallback(async () => {
    setSaved((s) => ({ ...s, status: 'loading' }));
    const result = await listSavedLayers();
    setSaved(result.ok ? { status: 'ready', userLayers: result.value.userLayers } : { status: 'error', userLayers: [], message: result.message });
  }, []);

  const save = useCallback(
    async (userLayerId: string) => {
      const userLayer = userLayersRef.current.find((d) => d.id === userLayerId);
      if (!userLayer) return;
      setMessage({ tone: 'info', text: `Saving “${userLayer.name}”…` });
      const result = await saveLayer(userLayer);
      if (!result.ok) {
        setMessage({ tone: 'error', text: result.message });
        return;
      }
      setUserLayers((list) => list.map((d) => (d.id === userLayerId ? { ...d, savedId: result.value.id } : d)));
      setMessage({ tone: 'success', text: `Saved “${result.value.name}” to the database (id ${result.value.id}); a briefing can refer to it by this id.` });
      if (saved.status !== 'idle') await refreshSaved();
    },
    [saved.status, refreshSaved, userLayersRef, setUserLayers, setMessage],
  );

  const openSaved = useCallback(
    async (savedId: string) => {
      if (userLayersRef.current.some((d) => d.savedId === savedId)) {
        setMessage({ tone: 'info', text: 'This saved layer is already on the map.' });
        return;
      }
      const result = await getSavedLayer(savedId);
      if (!result.ok) {
        setMessage({ tone: 'error', text: result.message });
        return;
      }
      const userLayer = savedToUserLayer(result.value);
      setUserLayers((list) => [...list.filter((d) => d.id !== userLayer.id), userLayer]);
      setMessage({ tone: 'success', text: `Opened “${userLayer.name}” from the database.` });
      const view = viewForLayer(userLayer, currentMapFrame());
      if (view) flyToRef.current?.(view);
    },
    [userLayersRef, setUserLayers, setMessage, flyToRef],
  );

  const deleteSaved = useCallback(
    async (savedId: string) => {
      const result = await deleteSavedLayer(savedId);
      if (!result.ok) {
        setMessage({ tone: 'error', text: result.message });
        return;
      }
      setUserLayers((list) => list.map((d) => (d.savedId === savedId ? { ...d, savedId: undefined } : d)));
      await refreshSaved();
    },
    [refreshSaved, setUserLayers, setMessage],
  );

  return { saved, refreshSaved, save, openSaved, deleteSaved };
}
