'use client';

import { useCallback, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { AisDetectionParams, ClusterParams, PortPoint } from '@/geo/analysis/ais';
import type { CoordinateColumns } from '@/geo/analysis/user-data/detect-columns';
import { viewForLayer } from '@/geo/analysis/user-data/layer-view';
import { currentMapFrame } from '@/components/map/map-frame';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import type { ImportWorkerRequest } from '@/geo/analysis/user-data/worker-protocol';
import type { MapView } from '@/geo/map-view';
import type { ListParseOutcome, SanctionsList, StsZone } from '@/geo/analysis/vessels';
import { importSummary, type SetImportMessage } from './import-messages';
import { listsLoadedSummary } from './list-messages';
import type { RunInWorker } from './use-import-worker';

/** A CSV whose coordinate columns were not recognised: the user picks them. */
export interface ColumnChoice {
  file: File;
  headers: string[];
  sample: string[][];
  /** Best guesses to preselect (null when none). */
  guess: Partial<CoordinateColumns>;
}

export interface ImportJobOptions {
  ports: readonly PortPoint[];
  /** The thresholds an AIS file is imported with (its events are detected as it is read). */
  detectionParams: AisDetectionParams;
  clusterParams: ClusterParams;
  /** STS zones, for the AIS red flag "gap near an STS zone". */
  zones?: readonly StsZone[];
  /** Sanctions lists loaded through "Import data" (the worker tells a list from data by its first bytes). */
  onListsLoaded?: (lists: SanctionsList[]) => void;
  runInWorker: RunInWorker;
  isRunning: () => boolean;
  setUserLayers: Dispatch<SetStateAction<UserLayer[]>>;
  setMessage: SetImportMessage;
  flyToRef: RefObject<((view: MapView) => void) | undefined>;
}

function newLayerId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return `user-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Headers that look like a latitude and a longitude, to preselect in the column chooser. */
function guessCoordinateColumns(headers: readonly string[]): Partial<CoordinateColumns> {
  const lat = headers.find((h) => /lat|north|^y$/i.test(h));
  const lon = headers.find((h) => /lon|lng|east|^x$/i.test(h) && h !== lat);
  return { ...(lat ? { lat } : {}), ...(lon ? { lon } : {}) };
}

/**
 * Importing a file: one at a time, in the import worker. A new user layer joins the map and the camera flies to it;
 * a CSV whose coordinates were not recognised asks for its columns first, and is imported again with them.
 */
export function useImportJob({ ports, detectionParams, clusterParams, zones, onListsLoaded, runInWorker, isRunning, setUserLayers, setMessage, flyToRef }: ImportJobOptions) {
  const [columnChoice, setColumnChoice] = useState<ColumnChoice | null>(null);

  // A list that cannot be read changes nothing: one sentence, no list.
  const listsLoaded = useCallback(
    (outcome: ListParseOutcome, label: string) => {
      if (!outcome.ok) {
        setMessage({ tone: outcome.cancelled ? 'info' : 'error', text: outcome.cancelled ? outcome.message : `Could not load ${label} as a sanctions list: ${outcome.message}` });
        return;
      }
      onListsLoaded?.(outcome.lists);
      setMessage({ tone: 'success', text: listsLoadedSummary(outcome.lists) });
    },
    [onListsLoaded, setMessage],
  );

  const importFile = useCallback(
    (file: File, columns?: CoordinateColumns) => {
      if (isRunning()) {
        setMessage({ tone: 'error', text: 'An import or detection is running; cancel it or wait before importing another file.' });
        return;
      }
      setColumnChoice(null);
      setMessage(null);
      const request: ImportWorkerRequest = {
        type: 'import',
        file,
        userLayerId: newLayerId(),
        ...(columns ? { columns } : {}),
        ports: [...ports],
        detection: detectionParams,
        cluster: clusterParams,
        ...(zones ? { zones: [...zones] } : {}),
      };
      runInWorker(request, { kind: 'import', label: file.name, progress: null }, (response) => {
        if (response.type === 'error') {
          setMessage({ tone: 'error', text: `Could not import ${file.name}: ${response.message}` });
          return;
        }
        if (response.type === 'lists') return listsLoaded(response.outcome, file.name);
        if (response.type !== 'imported') return;
        const outcome = response.outcome;
        if (outcome.status === 'needs-columns') {
          setColumnChoice({ file, headers: outcome.headers, sample: outcome.sample, guess: guessCoordinateColumns(outcome.headers) });
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
        const userLayer = outcome.userLayer;
        setUserLayers((list) => [...list, userLayer]);
        setMessage({ tone: 'success', text: importSummary(userLayer), rowsRead: userLayer.rowsRead, skipped: userLayer.skipped });
        const view = viewForLayer(userLayer, currentMapFrame());
        if (view) flyToRef.current?.(view);
      });
    },
    [ports, detectionParams, clusterParams, zones, runInWorker, isRunning, setUserLayers, setMessage, flyToRef, listsLoaded],
  );

  /** Several files at once are one sanctions list (OFAC's sdn.csv with its companion files); one file is sniffed. */
  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length <= 1) {
        if (files[0]) importFile(files[0]);
        return;
      }
      if (isRunning()) {
        setMessage({ tone: 'error', text: 'An import or detection is running; cancel it or wait before importing another file.' });
        return;
      }
      setColumnChoice(null);
      setMessage(null);
      const label = files.map((f) => f.name).join(', ');
      runInWorker({ type: 'lists', files: [...files] }, { kind: 'list', label, progress: null }, (response) => {
        if (response.type === 'error') setMessage({ tone: 'error', text: `Could not load ${label}: ${response.message}` });
        else if (response.type === 'lists') listsLoaded(response.outcome, label);
      });
    },
    [importFile, isRunning, runInWorker, setMessage, listsLoaded],
  );

  return {
    columnChoice,
    importFile,
    importFiles,
    chooseColumns: (columns: CoordinateColumns) => {
      if (columnChoice) importFile(columnChoice.file, columns);
    },
    dismissColumns: () => {
      setColumnChoice(null);
      setMessage(null);
    },
  };
}
