import Papa from 'papaparse';
import { ListFormatError } from './limits';

/** Longest CSV row kept while waiting for its end; past it a quote is taken as never closed. */
const MAX_ROW_CHARS = 256 * 1024;

export interface CsvRowStream {
  push(text: string): void;
  end(): void;
}

/**
 * Comma-separated rows from text given piece by piece, through papaparse's parser: a piece may end inside a row
 * (or a quoted field), which then waits for the next piece. OFAC's CSV files end with a DOS end-of-file mark
 * (Ctrl-Z, U+001A) on a line of its own; it is dropped with blank lines. `onRow` gets each row's fields and
 * whether it is the file's last row (so a cut row can be told from a bad one).
 */
export function createCsvRowStream(onRow: (fields: string[], isLast: boolean) => void): CsvRowStream {
  const parser = new Papa.Parser({ delimiter: ',' });
  let partial = '';
  let base = 0;
  let pending: string[] | null = null;
  const emit = (rows: unknown, final: boolean): void => {
    if (Array.isArray(rows)) {
      for (const row of rows as string[][]) {
        if (row.length === 1 && row[0]!.replace(/\u001a/g, '').trim() === '') continue;
        if (pending !== null) onRow(pending, false);
        pending = row;
      }
    }
    if (final && pending !== null) {
      onRow(pending, true);
      pending = null;
    }
  };
  return {
    push(text) {
      const aggregate = partial + text;
      const results = parser.parse(aggregate, base, true) as Papa.ParseResult<string[]>;
      emit(results.data, false);
      partial = aggregate.substring(results.meta.cursor - base);
      base = results.meta.cursor;
      if (partial.length > MAX_ROW_CHARS) throw new ListFormatError('This CSV file is broken: a row is longer than 256 KB, so a quote is probably never closed.');
    },
    end() {
      const results = partial === '' ? null : (parser.parse(partial, base, false) as Papa.ParseResult<string[]>);
      partial = '';
      emit(results?.data, true);
    },
  };
}
