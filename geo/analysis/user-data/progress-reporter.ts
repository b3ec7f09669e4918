import type { ImportOptions } from './import-run-types';
import type { SkippedByReason } from './types';

/** Progress is reported at most this often. */
const PROGRESS_INTERVAL_MS = 100;

/** Reports reading progress to `options.onProgress`, throttled; `force` reports the final counts regardless. */
export function progressReporter(options: ImportOptions, totalBytes: number) {
  let last = 0;
  return (bytesRead: number, rowsRead: number, skipped: SkippedByReason, force = false) => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - last < PROGRESS_INTERVAL_MS)) return;
    last = now;
    options.onProgress({ phase: 'reading', bytesRead, totalBytes, rowsRead, skipped: { ...skipped } });
  };
}
