// The import worker: parses one file (or re-runs detection) off the main thread, so the page stays responsive
// while a large AIS file streams through papaparse. One job per worker; the page cancels by terminating it.
import { runAisDetection, runImport } from '@/geo/analysis/user-data/run-import';
import { readsAsSanctionsList, runListImport } from '@/geo/analysis/user-data/run-list-import';
import { trackBuffers, type ImportWorkerRequest, type ImportWorkerResponse } from '@/geo/analysis/user-data/worker-protocol';

interface WorkerScope {
  postMessage(message: ImportWorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  void handle(request).catch((error: unknown) => {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
};

async function handle(request: ImportWorkerRequest): Promise<void> {
  if (request.type === 'detect') {
    const detection = runAisDetection(request.tracks, request.ports, request.detection, request.cluster);
    scope.postMessage({ type: 'detected', detection });
    return;
  }
  // A sanctions list goes through the same "Import data" button and drop: its first bytes tell it from data.
  if (request.type === 'lists' || (await readsAsSanctionsList({ name: request.file.name, blob: request.file }))) {
    const files = request.type === 'lists' ? request.files : [request.file];
    const outcome = await runListImport(
      files.map((file) => ({ name: file.name, blob: file })),
      { onProgress: (progress) => scope.postMessage({ type: 'list-progress', progress }) },
    );
    scope.postMessage({ type: 'lists', outcome });
    return;
  }
  const outcome = await runImport(
    { name: request.file.name, blob: request.file },
    {
      userLayerId: request.userLayerId,
      ...(request.columns ? { columns: request.columns } : {}),
      ports: request.ports,
      detection: request.detection,
      cluster: request.cluster,
      ...(request.zones ? { zones: request.zones } : {}),
      onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
    },
  );
  const transfer = outcome.status === 'imported' && outcome.userLayer.kind === 'ais' && outcome.userLayer.tracks ? trackBuffers(outcome.userLayer.tracks) : [];
  scope.postMessage({ type: 'imported', outcome }, transfer);
}
