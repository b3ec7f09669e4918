import { resolveAisColumns } from '@/geo/analysis/ais';
import { createCsvChunkParser, detectCsvDialect, type CsvChunkParser } from './csv-stream';
import { feedAisRow, finishAisCsv, startAisCsv, type AisCsvMode } from './import-ais-csv';
import { finishPointsCsv, startPointsCsv, type PointsCsvMode } from './import-points-csv';
import type { ImportOptions, ImportOutcome, ImportSource } from './import-run-types';
import { progressReporter } from './progress-reporter';
import { withoutZeros } from './skip-reasons';
import { streamText } from './stream-text';
import type { SkippedByReason } from './types';

/** Rows held back before deciding how to read a CSV (its date column is judged on them). */
const DECISION_ROWS = 200;

type CsvMode = AisCsvMode | PointsCsvMode;

/** AIS when the header is in a known AIS layout and the user has not chosen columns; points otherwise. */
function chooseMode(header: string[], held: readonly string[][], options: ImportOptions, delimiter: string): CsvMode | ImportOutcome {
  if (resolveAisColumns(header) !== null && options.columns === undefined) return startAisCsv(header);
  return startPointsCsv(header, held, options, delimiter);
}

/**
 * Streams a CSV through the chunk parser: the header and the first rows decide how it is read (AIS or points,
 * or asking the user for the columns), then every row goes to that mode's sink.
 */
export async function importCsvFile(source: ImportSource, options: ImportOptions): Promise<ImportOutcome> {
  const report = progressReporter(options, source.blob.size);
  let parser: CsvChunkParser | null = null;
  let delimiter = ',';
  let sniffText = '';
  let header: string[] | null = null;
  let mode: CsvMode | null = null;
  let early: ImportOutcome | null = null;
  const held: string[][] = [];

  const liveCounts = (): [number, SkippedByReason] => {
    if (mode === null) return [held.length, {}];
    if (mode.kind === 'points') return [mode.sink.rowsRead, mode.sink.skipped];
    return [mode.rowsRead, { ...mode.skipped, ...withoutZeros(mode.sink.skipped) }];
  };

  const feed = (fields: string[]) => {
    if (mode === null) return;
    if (mode.kind === 'points') return mode.sink.push(fields);
    feedAisRow(mode, fields);
  };

  const decide = (): void => {
    if (header === null || mode !== null || early !== null) return;
    const outcome = chooseMode(header, held, options, delimiter);
    if ('status' in outcome) {
      early = outcome;
      return;
    }
    mode = outcome;
    for (const row of held) feed(row);
    held.length = 0;
  };

  const onRow = (fields: string[]) => {
    if (early !== null) return;
    if (header === null) {
      header = fields;
      return;
    }
    if (mode === null) {
      held.push(fields);
      if (held.length >= DECISION_ROWS) decide();
      return;
    }
    feed(fields);
  };

  const startParser = (wholeFile: boolean) => {
    const dialect = detectCsvDialect(sniffText.slice(0, 64 * 1024), wholeFile && sniffText.length <= 64 * 1024);
    delimiter = dialect.delimiter;
    parser = createCsvChunkParser(dialect, onRow);
    parser.push(sniffText);
    sniffText = '';
  };

  await streamText(source.blob, options.signal, (text, bytesRead) => {
    if (parser === null) {
      sniffText += text;
      if (sniffText.length < 4096) return;
      startParser(false);
    } else {
      parser.push(text);
    }
    const [rows, skipped] = liveCounts();
    report(bytesRead, rows, skipped);
    return early !== null;
  });
  if (early === null) {
    if (parser === null) startParser(true);
    (parser as CsvChunkParser | null)?.end();
    decide();
  }
  if (early !== null) return early;
  if (header === null) return { status: 'failed', message: 'The file is empty.' };
  // `decide` has run: with no data rows it still picks a mode (or returns early above).
  const finalMode = mode as CsvMode | null;
  if (finalMode === null) return { status: 'failed', message: 'The CSV could not be read.' };
  const [rows, skipped] = liveCounts();
  report(source.blob.size, rows, skipped, true);
  if (rows === 0) return { status: 'failed', message: 'The CSV has a header but no data rows.' };

  if (finalMode.kind === 'points') return finishPointsCsv(source, options, finalMode);
  return finishAisCsv(source, options, finalMode);
}
