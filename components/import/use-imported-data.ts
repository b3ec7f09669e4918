'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  assertEncounterParams,
  assertGapParams,
  assertLoiteringParams,
  DEFAULT_AIS_DETECTION_PARAMS,
  DEFAULT_CLUSTER_PARAMS,
  findTrack,
  trackPositionsBetween,
  type AisDetectionParams,
  type AisEvent,
  type CandidateArea,
  type ClusterParams,
  type PortPoint,
} from '@/geo/analysis/ais';
import type { AisEventLayerData, SelectedTrack } from '@/geo/layers/ais-event-layers';
import { AIS_LAYER_PARTS, type AisLayerPart } from '@/geo/layers/user-data-palette';
import type { ImportedLayerData } from '@/geo/layers/imported-layers';
import type { CoordinateColumns } from '@/lib/import/detect-columns';
import { viewForDataset } from '@/lib/import/dataset-view';
import { deleteSavedDataset, getSavedDataset, listSavedDatasets, saveDataset, savedToImported } from '@/lib/import/datasets-client';
import type { SavedDatasetSummary } from '@/lib/import/dataset-schema';
import { eventVessels } from '@/lib/import/format-event';
import { resolveImportedPick, type ImportedSelection } from '@/lib/import/imported-picking';
import type { ImportProgress } from '@/lib/import/run-import';
import type { AisDetection, ImportedDataset, ImportedFeature, SkippedByReason } from '@/lib/import/types';
import type { ImportWorkerRequest, ImportWorkerResponse } from '@/lib/import/worker-protocol';
import type { MapView } from '@/lib/map-view';

/** How much of both vessels' tracks is drawn around a selected event, each side. */
export const TRACK_CONTEXT_MS = 3 * 3_600_000;

export interface ImportJob {
  kind: 'import' | 'detect';
  /** File or dataset name, for the progress label. */
  label: string;
  progress: ImportProgress | null;
}

/** The outcome of the last import, detection or save, for the panel: a sentence and, after an import, skip counts. */
export interface ImportMessage {
  tone: 'success' | 'error' | 'info';
  text: string;
  rowsRead?: number;
  skipped?: SkippedByReason;
}

/** A CSV whose coordinate columns were not recognised: the user picks them. */
export interface ColumnChoice {
  file: File;
  headers: string[];
  sample: string[][];
  /** Best guesses to preselect (null when none). */
  guess: Partial<CoordinateColumns>;
}

export interface SavedListState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  datasets: SavedDatasetSummary[];
  message?: string;
}

export interface UseImportedDataOptions {
  /** Port and anchorage points for the AIS "distance from port" rules (the curated ports). */
  ports: readonly PortPoint[];
  /** The dashboard's year filter: imported layers and "filtered as shown" exports follow it. */
  years: readonly [number, number];
  /** Moves the camera: to the data after an import, to an event chosen in the list. */
  onFlyTo?: (view: MapView) => void;
}

/** Selected AIS event with its dataset. */
export interface SelectedEvent {
  dataset: Extract<ImportedDataset, { kind: 'ais' }>;
  event: AisEvent;
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

function newDatasetId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return `user-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

function importSummary(dataset: ImportedDataset): string {
  if (dataset.kind !== 'ais') {
    const c = dataset.counts;
    const parts = [c.points && plural(c.points, 'point'), c.lines && plural(c.lines, 'line'), c.polygons && plural(c.polygons, 'polygon')].filter(Boolean);
    return `Imported “${dataset.name}”: ${parts.join(', ')}${dataset.timeField ? `, dated by “${dataset.timeField}”` : ''}.`;
  }
  return `Imported “${dataset.name}”: ${plural(dataset.counts.vessels, 'vessel')}, ${plural(dataset.counts.positions, 'position')}. ${detectionSummary(dataset.detection)}`;
}

function detectionSummary(detection: AisDetection | null): string {
  if (!detection) return '';
  const count = (kind: AisEvent['kind']) => detection.events.filter((e) => e.kind === kind).length;
  return `Found ${plural(count('encounter'), 'encounter')}, ${count('loitering').toLocaleString('en')} loitering, ${plural(count('gap'), 'AIS gap')} and ${plural(detection.areas.features.length, 'candidate area')}.`;
}

/** Throws a RangeError naming the first threshold that is not usable. */
function checkParams(params: AisDetectionParams, cluster: ClusterParams): void {
  assertEncounterParams(params.encounter);
  assertLoiteringParams(params.loitering);
  assertGapParams(params.gap);
  if (!(cluster.radiusKm > 0)) throw new RangeError(`cluster.radiusKm must be a number > 0 (got ${cluster.radiusKm})`);
  if (!(Number.isInteger(cluster.minPoints) && cluster.minPoints >= 1)) {
    throw new RangeError(`cluster.minPoints must be a whole number ≥ 1 (got ${cluster.minPoints})`);
  }
}

/**
 * The user's own data for the dashboard's root: imported datasets (kept in memory, never in the URL), the running
 * import or detection (in a Web Worker, cancellable), the selection among them, detection thresholds, saved
 * datasets, and the layer inputs for `buildImportedLayers` and `buildAisEventLayers`.
 */
export function useImportedData({ ports, years, onFlyTo }: UseImportedDataOptions): ImportedDataController {
  const [datasets, setDatasets] = useState<ImportedDataset[]>([]);
  const [hiddenIds, setHiddenIds] = useState<string[]>([]);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [message, setMessage] = useState<ImportMessage | null>(null);
  const [columnChoice, setColumnChoice] = useState<ColumnChoice | null>(null);
  const [selection, setSelection] = useState<ImportedSelection | null>(null);
  const [visibleParts, setVisibleParts] = useState<AisLayerPart[]>([...AIS_LAYER_PARTS]);
  const [detectionParams, setDetectionParams] = useState<AisDetectionParams>(DEFAULT_AIS_DETECTION_PARAMS);
  const [clusterParams, setClusterParams] = useState<ClusterParams>(DEFAULT_CLUSTER_PARAMS);
  const [saved, setSaved] = useState<SavedListState>({ status: 'idle', datasets: [] });
  const workerRef = useRef<Worker | null>(null);
  const flyTo = useRef(onFlyTo);
  const datasetsRef = useRef(datasets);
  useEffect(() => {
    flyTo.current = onFlyTo;
    datasetsRef.current = datasets;
  });

  const stopWorker = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);
  useEffect(() => stopWorker, [stopWorker]);

  /** Runs one request in a fresh worker; `onResult` gets the final message. The worker ends with the job. */
  const runInWorker = useCallback(
    (request: ImportWorkerRequest, job: ImportJob, onResult: (response: ImportWorkerResponse) => void) => {
      stopWorker();
      let worker: Worker;
      try {
        worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'route-atlas-import' });
      } catch (error) {
        setMessage({ tone: 'error', text: `The import could not start (${error instanceof Error ? error.message : String(error)}).` });
        return;
      }
      workerRef.current = worker;
      setJob(job);
      const finish = () => {
        if (workerRef.current === worker) stopWorker();
        setJob(null);
      };
      worker.onmessage = (event: MessageEvent<ImportWorkerResponse>) => {
        if (workerRef.current !== worker) return;
        const response = event.data;
        if (response.type === 'progress') {
          setJob((current) => (current ? { ...current, progress: response.progress } : current));
          return;
        }
        finish();
        onResult(response);
      };
      worker.onerror = (event) => {
        if (workerRef.current !== worker) return;
        event.preventDefault();
        finish();
        onResult({ type: 'error', message: event.message || 'the import worker stopped' });
      };
      worker.onmessageerror = () => {
        if (workerRef.current !== worker) return;
        finish();
        onResult({ type: 'error', message: 'the import worker sent a message that could not be read' });
      };
      worker.postMessage(request);
    },
    [stopWorker],
  );

  const importFile = useCallback(
    (file: File, columns?: CoordinateColumns) => {
      if (workerRef.current !== null) {
        setMessage({ tone: 'error', text: 'An import or detection is running; cancel it or wait before importing another file.' });
        return;
      }
      setColumnChoice(null);
      setMessage(null);
      const request: ImportWorkerRequest = {
        type: 'import',
        file,
        datasetId: newDatasetId(),
        ...(columns ? { columns } : {}),
        ports: [...ports],
        detection: detectionParams,
        cluster: clusterParams,
      };
      runInWorker(request, { kind: 'import', label: file.name, progress: null }, (response) => {
        if (response.type === 'error') {
          setMessage({ tone: 'error', text: `Could not import ${file.name}: ${response.message}` });
          return;
        }
        if (response.type !== 'imported') return;
        const outcome = response.outcome;
        if (outcome.status === 'needs-columns') {
          const guessLat = outcome.headers.find((h) => /lat|north|^y$/i.test(h));
          const guessLon = outcome.headers.find((h) => /lon|lng|east|^x$/i.test(h) && h !== guessLat);
          setColumnChoice({ file, headers: outcome.headers, sample: outcome.sample, guess: { ...(guessLat ? { lat: guessLat } : {}), ...(guessLon ? { lon: guessLon } : {}) } });
          setMessage({ tone: 'info', text: `Which columns of ${file.name} hold the latitude and the longitude?` });
          return;
        }
        if (outcome.status === 'failed') {
          setMessage({
            tone: 'error',
            text: `Could not import ${file.name}: ${outcome.message}`,
            ...(outcome.rowsRead !== undefined ? { rowsRead: outcome.rowsRead } : {}),
            ...(outcome.skipped ? { skipped: outcome.skipped } : {}),
          });
          return;
        }
        const dataset = outcome.dataset;
        setDatasets((list) => [...list, dataset]);
        setMessage({ tone: 'success', text: importSummary(dataset), rowsRead: dataset.rowsRead, skipped: dataset.skipped });
        const view = viewForDataset(dataset);
        if (view) flyTo.current?.(view);
      });
    },
    [ports, detectionParams, clusterParams, runInWorker],
  );

  const cancel = useCallback(() => {
    if (workerRef.current === null) return;
    stopWorker();
    setJob(null);
    setMessage({ tone: 'info', text: 'Cancelled; nothing was changed.' });
  }, [stopWorker]);

  const runDetection = useCallback(
    (datasetId: string) => {
      const dataset = datasetsRef.current.find((d) => d.id === datasetId);
      if (!dataset || dataset.kind !== 'ais') return;
      if (!dataset.tracks) {
        setMessage({ tone: 'error', text: `“${dataset.name}” was loaded from the database with its events only; import the AIS file again to run detection.` });
        return;
      }
      try {
        checkParams(detectionParams, clusterParams);
      } catch (error) {
        setMessage({ tone: 'error', text: `Detection not run: ${error instanceof Error ? error.message : String(error)}.` });
        return;
      }
      if (workerRef.current !== null) {
        setMessage({ tone: 'error', text: 'An import or detection is running; cancel it or wait.' });
        return;
      }
      setMessage(null);
      runInWorker(
        { type: 'detect', tracks: dataset.tracks, ports: [...ports], detection: detectionParams, cluster: clusterParams },
        { kind: 'detect', label: dataset.name, progress: null },
        (response) => {
          if (response.type === 'error') {
            setMessage({ tone: 'error', text: `Detection failed: ${response.message}` });
            return;
          }
          if (response.type !== 'detected') return;
          const detection = response.detection;
          setDatasets((list) => list.map((d) => (d.id === datasetId && d.kind === 'ais' ? { ...d, detection, savedId: undefined } : d)));
          setSelection((s) => (s && s.datasetId === datasetId && s.kind !== 'feature' ? null : s));
          setMessage({ tone: 'success', text: `Detection on “${dataset.name}”: ${detectionSummary(detection)}` });
        },
      );
    },
    [ports, detectionParams, clusterParams, runInWorker],
  );

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

  const select = useCallback((next: ImportedSelection | null, options: { flyTo?: boolean } = {}) => {
    setSelection(next);
    if (!options.flyTo || next === null || next.kind !== 'event') return;
    const dataset = datasetsRef.current.find((d) => d.id === next.datasetId);
    const event = dataset?.kind === 'ais' ? dataset.detection?.events.find((e) => e.id === next.eventId) : undefined;
    if (event) flyTo.current?.({ lon: event.lon, lat: event.lat, zoom: 9 });
  }, []);

  const pick = useCallback((info: { layer?: { id: string } | null; object?: unknown }) => {
    const picked = resolveImportedPick(info.layer?.id, info.object, datasetsRef.current);
    setSelection(picked);
    return picked !== null;
  }, []);

  // Escape clears the imported selection, as it clears the curated one.
  useEffect(() => {
    if (selection === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setSelection(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [selection]);

  const removeDataset = useCallback((datasetId: string) => {
    setDatasets((list) => list.filter((d) => d.id !== datasetId));
    setHiddenIds((ids) => ids.filter((id) => id !== datasetId));
    setSelection((s) => (s?.datasetId === datasetId ? null : s));
  }, []);

  const setDatasetVisible = useCallback((datasetId: string, visible: boolean) => {
    setHiddenIds((ids) => (visible ? ids.filter((id) => id !== datasetId) : ids.includes(datasetId) ? ids : [...ids, datasetId]));
  }, []);

  const setPartVisible = useCallback((part: AisLayerPart, visible: boolean) => {
    setVisibleParts((parts) => AIS_LAYER_PARTS.filter((p) => (p === part ? visible : parts.includes(p))));
  }, []);

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
    [saved.status, refreshSaved],
  );

  const openSaved = useCallback(async (savedId: string) => {
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
    if (view) flyTo.current?.(view);
  }, []);

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
    [refreshSaved],
  );

  const importedLayerData = useMemo<ImportedLayerData>(
    () => ({ datasets, hiddenIds, selectedFeatureId: selection?.kind === 'feature' ? selection.featureId : null }),
    [datasets, hiddenIds, selection],
  );
  const aisLayerData = useMemo<AisEventLayerData>(
    () => ({
      datasets,
      hiddenIds,
      visibleParts,
      selectedEventId: selection?.kind === 'event' ? selection.eventId : null,
      selectedTracks,
    }),
    [datasets, hiddenIds, visibleParts, selection, selectedTracks],
  );

  return {
    datasets,
    hiddenIds,
    years,
    job,
    message,
    columnChoice,
    selection,
    selectedFeature,
    selectedEvent,
    selectedArea,
    selectedTracks,
    visibleParts,
    detectionParams,
    clusterParams,
    saved,
    importedLayerData,
    aisLayerData,
    importFile,
    cancel,
    chooseColumns: (columns) => {
      if (columnChoice) importFile(columnChoice.file, columns);
    },
    dismissColumns: () => {
      setColumnChoice(null);
      setMessage(null);
    },
    dismissMessage: () => setMessage(null),
    setDatasetVisible,
    removeDataset,
    setPartVisible,
    setDetectionParams,
    setClusterParams,
    resetDetectionParams: () => {
      setDetectionParams(DEFAULT_AIS_DETECTION_PARAMS);
      setClusterParams(DEFAULT_CLUSTER_PARAMS);
    },
    runDetection,
    select,
    pick,
    save,
    refreshSaved,
    openSaved,
    deleteSaved,
  };
}
