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
import type { UserLayer } from '@/geo/analysis/user-data/types';
import { detectionSummary, type SetImportMessage } from './import-messages';
import type { RunInWorker } from './use-import-worker';

export interface AisDetectionOptions {
  ports: readonly PortPoint[];
  userLayersRef: RefObject<readonly UserLayer[]>;
  runInWorker: RunInWorker;
  isRunning: () => boolean;
  setUserLayers: Dispatch<SetStateAction<UserLayer[]>>;
  setMessage: SetImportMessage;
  /** Clears a selected event or area of the user layer: a new run replaces them. */
  deselectDetection: (userLayerId: string) => void;
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
 * use them too), and running detection again over an imported user layer's tracks in the import worker.
 */
export function useAisDetection({ ports, userLayersRef, runInWorker, isRunning, setUserLayers, setMessage, deselectDetection }: AisDetectionOptions) {
  const [detectionParams, setDetectionParams] = useState<AisDetectionParams>(DEFAULT_AIS_DETECTION_PARAMS);
  const [clusterParams, setClusterParams] = useState<ClusterParams>(DEFAULT_CLUSTER_PARAMS);

  const runDetection = useCallback(
    (userLayerId: string) => {
      const userLayer = userLayersRef.current.find((d) => d.id === userLayerId);
      if (!userLayer || userLayer.kind !== 'ais') return;
      if (!userLayer.tracks) {
        setMessage({ tone: 'error', text: `“${userLayer.name}” was loaded from the database with its events only; import the AIS file again to run detection.` });
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
        { type: 'detect', tracks: userLayer.tracks, ports: [...ports], detection: detectionParams, cluster: clusterParams },
        { kind: 'detect', label: userLayer.name, progress: null },
        (response) => {
          if (response.type === 'error') {
            setMessage({ tone: 'error', text: `Detection failed: ${response.message}` });
            return;
          }
          if (response.type !== 'detected') return;
          const detection = response.detection;
          // The saved copy holds the old events, so the user layer is no longer the saved one.
          setUserLayers((list) => list.map((d) => (d.id === userLayerId && d.kind === 'ais' ? { ...d, detection, savedId: undefined } : d)));
          deselectDetection(userLayerId);
          setMessage({ tone: 'success', text: `Detection on “${userLayer.name}”: ${detectionSummary(detection)}` });
        },
      );
    },
    [ports, detectionParams, clusterParams, runInWorker, userLayersRef, isRunning, setUserLayers, setMessage, deselectDetection],
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
