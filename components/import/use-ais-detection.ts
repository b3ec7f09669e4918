'use client';

import { useCallback, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import {
  assertEncounterParams,
  assertGapParams,
  assertLoiteringParams,
  DEFAULT_AIS_DETECTION_PARAMS,
  DEFAULT_CLUSTER_PARAMS,
  type AisDetectionParams,
  type ClusterParams,
  type PortPoint,
} from '@/geo/analysis/ais';
import type { ImportedDataset } from '@/geo/analysis/user-data/types';
import { detectionSummary, type SetImportMessage } from './import-messages';
import type { RunInWorker } from './use-import-worker';

export interface AisDetectionOptions {
  ports: readonly PortPoint[];
  datasetsRef: RefObject<readonly ImportedDataset[]>;
  runInWorker: RunInWorker;
  isRunning: () => boolean;
  setDatasets: Dispatch<SetStateAction<ImportedDataset[]>>;
  setMessage: SetImportMessage;
  /** Clears a selected event or area of the dataset: a new run replaces them. */
  deselectDetection: (datasetId: string) => void;
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
 * AIS detection: the encounter, loitering and gap thresholds and the clustering of candidate areas (new imports
 * use them too), and running detection again over an imported dataset's tracks in the import worker.
 */
export function useAisDetection({ ports, datasetsRef, runInWorker, isRunning, setDatasets, setMessage, deselectDetection }: AisDetectionOptions) {
  const [detectionParams, setDetectionParams] = useState<AisDetectionParams>(DEFAULT_AIS_DETECTION_PARAMS);
  const [clusterParams, setClusterParams] = useState<ClusterParams>(DEFAULT_CLUSTER_PARAMS);

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
      if (isRunning()) {
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
          // The saved copy holds the old events, so the dataset is no longer the saved one.
          setDatasets((list) => list.map((d) => (d.id === datasetId && d.kind === 'ais' ? { ...d, detection, savedId: undefined } : d)));
          deselectDetection(datasetId);
          setMessage({ tone: 'success', text: `Detection on “${dataset.name}”: ${detectionSummary(detection)}` });
        },
      );
    },
    [ports, detectionParams, clusterParams, runInWorker, datasetsRef, isRunning, setDatasets, setMessage, deselectDetection],
  );

  return {
    detectionParams,
    clusterParams,
    setDetectionParams,
    setClusterParams,
    resetDetectionParams: () => {
      setDetectionParams(DEFAULT_AIS_DETECTION_PARAMS);
      setClusterParams(DEFAULT_CLUSTER_PARAMS);
    },
    runDetection,
  };
}
