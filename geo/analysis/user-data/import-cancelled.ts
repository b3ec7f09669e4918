export class ImportCancelledError extends Error {
  constructor() {
    super('import cancelled');
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelledError();
}
