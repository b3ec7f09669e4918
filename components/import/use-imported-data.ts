'use client';

import type { TimeRange } from '@/data/filter/time-rule';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AisDetectionParams, CandidateArea, ClusterParams, PortPoint } from '@/geo/analysis/ais';
import type { AisEventLayerData, SelectedTrack } from '@/geo/layers/ais-event-layers';
import type { ImportedLayerData } from '@/geo/layers/imported-layers';
import type { AisLayerPart } from '@/geo/layers/user-data-palette';
import type { CoordinateColumns } from '@/geo/analysis/user-data/detect-columns';
import type { ImportedSelection } from '@/components/import/user-layer-picking';
import type { UserLayer, ImportedFeature } from '@/geo/analysis/user-data/types';
import type { MapView } from '@/geo/map-view';
import type { SanctionsList, StsZone } from '@/geo/analysis/vessels';
import type { ImportMessage } from './import-messages';
import { useAisDetection } from './use-ais-detection';
import { useImportJob, type ColumnChoice } from './use-import-job';
import { useImportWorker, type ImportJob } from './use-import-worker';
import { useImportedLayerData } from './use-imported-layer-data';
import { useImportedSelection, type SelectedEvent } from './use-imported-selection';
import { useImportedVisibility } from './use-imported-visibility';
import { useSavedLayers, type SavedListState } from './use-saved-layers';

export type { ImportMessage } from './import-messages';
export type { ColumnChoice } from './use-import-job';
export type { ImportJob } from './use-import-worker';
export type { SelectedEvent } from './use-imported-selection';
export type { SavedListState } from './use-saved-layers';

export interface UseImportedDataOptions {
  /** Port and anchorage points for the AIS "distance from port" rules (the curated ports). */
  ports: readonly PortPoint[];
  /** The dashboard's time range (null: none): imported layers and "filtered as shown" exports follow it. */
  time: TimeRange | null;
  /** Moves the camera: to the data after an import, to an event chosen in the list. */
  onFlyTo?: (view: MapView) => void;
  /** STS zones, for the AIS red flag "gap near an STS zone". */
  zones?: readonly StsZone[];
  /** Receives sanctions lists loaded through "Import data". */
  onListsLoaded?: (lists: SanctionsList[]) => void;
}

export interface ImportedDataController {
  userLayers: readonly UserLayer[];
  hiddenIds: readonly string[];
  time: TimeRange | null;
  job: ImportJob | null;
  message: ImportMessage | null;
  columnChoice: ColumnChoice | null;
  selection: ImportedSelection | null;
  selectedFeature: { userLayer: UserLayer; feature: ImportedFeature } | null;
  selectedEvent: SelectedEvent | null;
  selectedArea: { userLayer: UserLayer; area: CandidateArea } | null;
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
  /** Files chosen or dropped together: one is sniffed (data or a list); several are one sanctions list. */
  importFiles(files: readonly File[]): void;
  cancel(): void;
  chooseColumns(columns: CoordinateColumns): void;
  dismissColumns(): void;
  dismissMessage(): void;
  setLayerVisible(userLayerId: string, visible: boolean): void;
  removeLayer(userLayerId: string): void;
  setPartVisible(part: AisLayerPart, visible: boolean): void;
  setDetectionParams(params: AisDetectionParams): void;
  setClusterParams(params: ClusterParams): void;
  resetDetectionParams(): void;
  runDetection(userLayerId: string): void;
  select(selection: ImportedSelection | null, options?: { flyTo?: boolean }): void;
  /**
   * Handles a map click: selects the user's feature or event that was picked and returns true, or clears the
   * imported selection and returns false so the curated selection handles the click.
   */
  pick(info: { layer?: { id: string } | null; object?: unknown }): boolean;
  save(userLayerId: string): Promise<void>;
  refreshSaved(): Promise<void>;
  openSaved(savedId: string): Promise<void>;
  deleteSaved(savedId: string): Promise<void>;
}

/**
 * The user's own data for the dashboard's root: imported user layers (kept in memory, never in the URL), the running
 * import or detection (in a Web Worker, cancellable), the selection among them, detection thresholds, saved
 * user layers, and the layer inputs for `buildImportedLayers` and `buildAisEventLayers`.
 */
export function useImportedData({ ports, time, onFlyTo, zones, onListsLoaded }: UseImportedDataOptions): ImportedDataController {
  // The user layers and the message are shared: every part below adds to, changes or reports on them.
  const [userLayers, setUserLayers] = useState<UserLayer[]>([]);
  const [message, setMessage] = useState<ImportMessage | null>(null);
  // Callbacks that finish later (a worker's result, a request, a map click) read these as they are then.
  const flyToRef = useRef(onFlyTo);
  const userLayersRef = useRef(userLayers);
  useEffect(() => {
    flyToRef.current = onFlyTo;
    userLayersRef.current = userLayers;
  });

  const { job, runInWorker, isRunning, cancel } = useImportWorker(setMessage);
  const selected = useImportedSelection({ userLayers, userLayersRef, flyToRef });
  const { deselectLayer, deselectDetection } = selected;
  const detection = useAisDetection({ ports, userLayersRef, runInWorker, isRunning, setUserLayers, setMessage, deselectDetection });
  const { detectionParams, clusterParams } = detection;
  const importJob = useImportJob({
    ports,
    detectionParams,
    clusterParams,
    ...(zones ? { zones } : {}),
    ...(onListsLoaded ? { onListsLoaded } : {}),
    runInWorker,
    isRunning,
    setUserLayers,
    setMessage,
    flyToRef,
  });
  const savedLayers = useSavedLayers({ userLayersRef, setUserLayers, setMessage, flyToRef });
  const visibility = useImportedVisibility();
  const { hiddenIds, visibleParts, forgetLayer } = visibility;
  const layerData = useImportedLayerData({ userLayers, hiddenIds, visibleParts, selection: selected.selection, selectedTracks: selected.selectedTracks });

  const removeLayer = useCallback(
    (userLayerId: string) => {
      setUserLayers((list) => list.filter((d) => d.id !== userLayerId));
      forgetLayer(userLayerId);
      deselectLayer(userLayerId);
    },
    [forgetLayer, deselectLayer],
  );

  return {
    userLayers,
    hiddenIds,
    time,
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
    saved: savedLayers.saved,
    importedLayerData: layerData.importedLayerData,
    aisLayerData: layerData.aisLayerData,
    importFile: importJob.importFile,
    importFiles: importJob.importFiles,
    cancel,
    chooseColumns: importJob.chooseColumns,
    dismissColumns: importJob.dismissColumns,
    dismissMessage: () => setMessage(null),
    setLayerVisible: visibility.setLayerVisible,
    removeLayer,
    setPartVisible: visibility.setPartVisible,
    setDetectionParams: detection.setDetectionParams,
    setClusterParams: detection.setClusterParams,
    resetDetectionParams: detection.resetDetectionParams,
    runDetection: detection.runDetection,
    select: selected.select,
    pick: selected.pick,
    save: savedLayers.save,
    refreshSaved: savedLayers.refreshSaved,
    openSaved: savedLayers.openSaved,
    deleteSaved: savedLayers.deleteSaved,
  };
}
