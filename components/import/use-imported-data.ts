'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { AisDetectionParams, CandidateArea, ClusterParams, PortPoint } from '@/geo/analysis/ais';
import type { AisEventLayerData, SelectedTrack } from '@/geo/layers/ais-event-layers';
import type { ImportedLayerData } from '@/geo/layers/imported-layers';
import type { AisLayerPart } from '@/geo/layers/user-data-palette';
import type { CoordinateColumns } from '@/geo/analysis/user-data/detect-columns';
import type { ImportedSelection } from '@/components/import/user-layer-picking';
import type { ImportedDataset, ImportedFeature } from '@/geo/analysis/user-data/types';
import type { MapView } from '@/geo/map-view';
import type { ImportMessage } from './import-messages';
import { useAisDetection } from './use-ais-detection';
import { useImportJob, type ColumnChoice } from './use-import-job';
import { useImportWorker, type ImportJob } from './use-import-worker';
import { useImportedLayerData } from './use-imported-layer-data';
import { useImportedSelection, type SelectedEvent } from './use-imported-selection';
import { useImportedVisibility } from './use-imported-visibility';
import { useSavedDatasets, type SavedListState } from './use-saved-layers';

export type { ImportMessage } from './import-messages';
export type { ColumnChoice } from './use-import-job';
export type { ImportJob } from './use-import-worker';
export type { SelectedEvent } from './use-imported-selection';
export type { SavedListState } from './use-saved-layers';

export interface UseImportedDataOptions {
  /** Port and anchorage points for the AIS "distance from port" rules (the curated ports). */
  ports: readonly PortPoint[];
  /** The dashboard's year filter: imported layers and "filtered as shown" exports follow it. */
  years: readonly [number, number];
  /** Moves the camera: to the data after an import, to an event chosen in the list. */
  onFlyTo?: (view: MapView) => void;
}

export interface ImportedDataController {
  datasets: readonly ImportedDataset[];
  hiddenIds: readonly string[];
  years: readonly [number, number];
  job: ImportJob | null;
  message: ImportMessage | null;
  columnChoice: ColumnChoice | null;
  selection: ImportedSelection | null;
  selectedFeature: { dataset: ImportedDataset; feature: ImportedFeature } | null;
  selectedEvent: SelectedEvent | null;
  selectedArea: { dataset: ImportedDataset; area: CandidateArea } | null;
  selectedTracks: readonly SelectedTrack[];
  visibleParts: readonly AisLayerPart[];
  detectionParams: AisDetectionParams;
  clusterParams: ClusterParams;
  saved: SavedListState;
  /** For `buildImportedLayers`. */
  importedLayerData: ImportedLayerData;
  /** For `buildAisEventLayers`. */
  aisLayerData: AisEventLayerData;

  importFile(file: File, columns?: CoordinateColumns): void;
  cancel(): void;
  chooseColumns(columns: CoordinateColumns): void;
  dismissColumns(): void;
  dismissMessage(): void;
  setDatasetVisible(datasetId: string, visible: boolean): void;
  removeDataset(datasetId: string): void;
  setPartVisible(part: AisLayerPart, visible: boolean): void;
  setDetectionParams(params: AisDetectionParams): void;
  setClusterParams(params: ClusterParams): void;
  resetDetectionParams(): void;
  runDetection(datasetId: string): void;
  select(selection: ImportedSelection | null, options?: { flyTo?: boolean }): void;
  /**
   * Handles a map click: selects the user's feature or event that was picked and returns true, or clears the
   * imported selection and returns false so the curated selection handles the click.
   */
  pick(info: { layer?: { id: string } | null; object?: unknown }): boolean;
  save(datasetId: string): Promise<void>;
  refreshSaved(): Promise<void>;
  openSaved(savedId: string): Promise<void>;
  deleteSaved(savedId: string): Promise<void>;
}

/**
 * The user's own data for the dashboard's root: imported datasets (kept in memory, never in the URL), the running
 * import or detection (in a Web Worker, cancellable), the selection among them, detection thresholds, saved
 * datasets, and the layer inputs for `buildImportedLayers` and `buildAisEventLayers`.
 */
export function useImportedData({ ports, years, onFlyTo }: UseImportedDataOptions): ImportedDataController {
  // The datasets and the message are shared: every part below adds to, changes or reports on them.
  const [datasets, setDatasets] = useState<ImportedDataset[]>([]);
  const [message, setMessage] = useState<ImportMessage | null>(null);
  // Callbacks that finish later (a worker's result, a request, a map click) read these as they are then.
  const flyToRef = useRef(onFlyTo);
  const datasetsRef = useRef(datasets);
  useEffect(() => {
    flyToRef.current = onFlyTo;
    datasetsRef.current = datasets;
  });

  const { job, runInWorker, isRunning, cancel } = useImportWorker(setMessage);
  const selected = useImportedSelection({ datasets, datasetsRef, flyToRef });
  const { deselectDataset, deselectDetection } = selected;
  const detection = useAisDetection({ ports, datasetsRef, runInWorker, isRunning, setDatasets, setMessage, deselectDetection });
  const { detectionParams, clusterParams } = detection;
  const importJob = useImportJob({ ports, detectionParams, clusterParams, runInWorker, isRunning, setDatasets, setMessage, flyToRef });
  const savedDatasets = useSavedDatasets({ datasetsRef, setDatasets, setMessage, flyToRef });
  const visibility = useImportedVisibility();
  const { hiddenIds, visibleParts, forgetDataset } = visibility;
  const layerData = useImportedLayerData({ datasets, hiddenIds, visibleParts, selection: selected.selection, selectedTracks: selected.selectedTracks });

  const removeDataset = useCallback(
    (datasetId: string) => {
      setDatasets((list) => list.filter((d) => d.id !== datasetId));
      forgetDataset(datasetId);
      deselectDataset(datasetId);
    },
    [forgetDataset, deselectDataset],
  );

  return {
    datasets,
    hiddenIds,
    years,
    job,
    message,
    columnChoice: importJob.columnChoice,
    selection: selected.selection,
    selectedFeature: selected.selectedFeature,
    selectedEvent: selected.selectedEvent,
    selectedArea: selected.selectedArea,
    selectedTracks: selected.selectedTracks,
    visibleParts,
    detectionParams,
    clusterParams,
    saved: savedDatasets.saved,
    importedLayerData: layerData.importedLayerData,
    aisLayerData: layerData.aisLayerData,
    importFile: importJob.importFile,
    cancel,
    chooseColumns: importJob.chooseColumns,
    dismissColumns: importJob.dismissColumns,
    dismissMessage: () => setMessage(null),
    setDatasetVisible: visibility.setDatasetVisible,
    removeDataset,
    setPartVisible: visibility.setPartVisible,
    setDetectionParams: detection.setDetectionParams,
    setClusterParams: detection.setClusterParams,
    resetDetectionParams: detection.resetDetectionParams,
    runDetection: detection.runDetection,
    select: selected.select,
    pick: selected.pick,
    save: savedDatasets.save,
    refreshSaved: savedDatasets.refreshSaved,
    openSaved: savedDatasets.openSaved,
    deleteSaved: savedDatasets.deleteSaved,
  };
}
