'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '@/geo/analysis/user-data/run-import';
import type { ImportWorkerRequest, ImportWorkerResponse } from '@/geo/analysis/user-data/worker-protocol';
import type { ListParseProgress } from '@/geo/analysis/vessels';
import type { SetImportMessage } from './import-messages';

export interface ImportJob {
  kind: 'import' | 'detect' | 'list';
  /** File or user layer name, for the progress label. */
  label: string;
  progress: ImportProgress | null;
}

/** A list parser's report as the progress bar shows it: bytes of the file being read, records read. */
function listProgress(p: ListParseProgress): ImportProgress {
  return { phase: 'reading', bytesRead: p.bytesRead, totalBytes: p.totalBytes, rowsRead: p.recordsRead, skipped: {} };
}

/** Runs one request in a fresh worker; `onResult` gets the final message. The worker ends with the job. */
export type RunInWorker = (request: ImportWorkerRequest, job: ImportJob, onResult: (response: ImportWorkerResponse) => void) => void;

/**
 * The Web Worker that imports files and runs detection, one job at a time: the running job with its progress,
 * starting one, and cancelling it. A worker that is no longer the current one is ignored, so a cancelled job
 * never reports; the worker is terminated when the dashboard unmounts.
 */
export function useImportWorker(setMessage: SetImportMessage) {
  const [job, setJob] = useState<ImportJob | null>(null);
  const workerRef = useRef<Worker | null>(null);

  const stopWorker = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);
  useEffect(() => stopWorker, [stopWorker]);

  const runInWorker = useCallback<RunInWorker>(
    (request, job, onResult) => {
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
        if (response.type === 'progress' || response.type === 'list-progress') {
          const progress = response.type === 'progress' ? response.progress : listProgress(response.progress);
          // A file dropped into "Import data" that turns out to be a sanctions list is shown as one from its first report.
          const kind = response.type === 'list-progress' ? 'list' : undefined;
          setJob((current) => (current ? { ...current, progress, ...(kind ? { kind } : {}) } : current));
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
    [stopWorker, setMessage],
  );

  const isRunning = useCallback(() => workerRef.current !== null, []);

  const cancel = useCallback(() => {
    if (workerRef.current === null) return;
    stopWorker();
    setJob(null);
    setMessage({ tone: 'info', text: 'Cancelled; nothing was changed.' });
  }, [stopWorker, setMessage]);

  return { job, runInWorker, isRunning, cancel };
}
