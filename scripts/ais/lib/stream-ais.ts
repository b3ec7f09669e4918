import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { AisImportResult, AisRowSink } from '../../../geo/analysis/ais';

export interface StreamProgress {
  rowsRead: number;
  accepted: number;
}

/**
 * Streams CSV text from `input` through papaparse into `sink`, without finishing it (more files may follow:
 * call `sink.startFile()` between them). Memory stays bounded by papaparse's chunk plus what the sink keeps
 * (compact tracks): the raw text is never held. Stops reading as soon as the header turns out not to be AIS.
 */
export function pumpAisCsv(
  input: Readable,
  sink: AisRowSink,
  onProgress?: (p: StreamProgress) => void,
  progressEveryRows = 500_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Rows as arrays (no header option): papaparse then builds no object a row, which reads ~2x faster.
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: true });
    let settled = false;
    const done = (): void => {
      if (settled) return;
      settled = true;
      resolve();
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    parser.on('data', (row: string[]) => {
      sink.pushValues(row);
      if (sink.rejected) {
        input.unpipe(parser);
        input.destroy();
        parser.destroy();
        done();
        return;
      }
      if (onProgress && sink.rowsRead > 0 && sink.rowsRead % progressEveryRows === 0) onProgress({ rowsRead: sink.rowsRead, accepted: sink.accepted });
    });
    parser.on('end', done);
    parser.on('error', fail);
    input.on('error', fail);
    input.pipe(parser);
  });
}

/** {@link pumpAisCsv} for one file, then the sink finished. */
export async function streamAisIntoSink(
  input: Readable,
  sink: AisRowSink,
  onProgress?: (p: StreamProgress) => void,
  progressEveryRows = 500_000,
): Promise<AisImportResult> {
  await pumpAisCsv(input, sink, onProgress, progressEveryRows);
  return sink.finish();
}
