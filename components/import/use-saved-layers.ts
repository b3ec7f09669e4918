'use client';

import { useCallback, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { viewForDataset } from '@/geo/analysis/user-data/layer-view';
import { deleteSavedDataset, getSavedDataset, listSavedDatasets, saveDataset, savedToImported } from '@/lib/api/user-layers-client';
import type { SavedDatasetSummary } from '@/geo/analysis/user-data/saved-layer-schema';
import type { ImportedDataset } from '@/geo/analysis/user-data/types';
import type { MapView } from '@/geo/map-view';
import type { SetImportMessage } from './import-messages';

export interface SavedListState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  datasets: SavedDatasetSummary[];
  message?: string;
}

export interface SavedDatasetsOptions {
  datasetsRef: RefObject<readonly ImportedDataset[]>;
  setDatasets: Dispatch<SetStateAction<ImportedDataset[]>>;
  setMessage: SetImportMessage;
  flyToRef: RefObject<((view: MapView) => void) | undefined>;
}

/**
 * The datasets saved in the server's database: the list (fetched only once asked for), saving an imported
 * dataset, opening a saved one on the map and deleting one. A dataset on the map remembers the id it was saved as.
 */
export function useSavedDatasets({ datasetsRef, setDatasets, setMessage, flyToRef }: SavedDatasetsOptions) {
  const [saved, setSaved] = useState<SavedListState>({ status: 'idle', datasets: [] });

  const refreshSaved = useCallback(async () => {
    setSaved((s) => ({ ...s, status: 'loading' }));
    const result = await listSavedDatasets();
    setSaved(result.ok ? { status: 'ready', datasets: result.value.datasets } : { status: 'error', datasets: [], message: result.message });
  }, []);

  const save = useCallback(
    async (datasetId: string) => {
      const dataset = datasetsRef.current.find((d) => d.id === datasetId);
      if (!dataset) return;
      setMessage({ tone: 'info', text: `Saving “${dataset.name}”…` });
      const result = await saveDataset(dataset);
      if (!result.ok) {
        setMessage({ tone: 'error', text: result.message });
        return;
      }
      setDatasets((list) => list.map((d) => (d.id === datasetId ? { ...d, savedId: result.value.id } : d)));
      setMessage({ tone: 'success', text: `Saved “${result.value.name}” to the database (id ${result.value.id}); a briefing can refer to it by this id.` });
      if (saved.status !== 'idle') await refreshSaved();
    },
    [saved.status, refreshSaved, datasetsRef, setDatasets, setMessage],
  );

  const openSaved = useCallback(
    async (savedId: string) => {
      if (datasetsRef.current.some((d) => d.savedId === savedId)) {
        setMessage({ tone: 'info', text: 'This saved dataset is already on the map.' });
        return;
      }
      const result = await getSavedDataset(savedId);
      if (!result.ok) {
        setMessage({ tone: 'error', text: result.message });
        return;
      }
      const dataset = savedToImported(result.value);
      setDatasets((list) => [...list.filter((d) => d.id !== dataset.id), dataset]);
      setMessage({ tone: 'success', text: `Opened “${dataset.name}” from the database.` });
      const view = viewForDataset(dataset);
      if (view) flyToRef.current?.(view);
    },
    [datasetsRef, setDatasets, setMessage, flyToRef],
  );

  const deleteSaved = useCallback(
    async (savedId: string) => {
      const result = await deleteSavedDataset(savedId);
      if (!result.ok) {
        setMessage({ tone: 'error', text: result.message });
        return;
      }
      setDatasets((list) => list.map((d) => (d.savedId === savedId ? { ...d, savedId: undefined } : d)));
      await refreshSaved();
    },
    [refreshSaved, setDatasets, setMessage],
  );

  return { saved, refreshSaved, save, openSaved, deleteSaved };
}
