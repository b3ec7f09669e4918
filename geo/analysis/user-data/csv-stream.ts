import Papa from 'papaparse';

/** Longest row kept while waiting for its end, in characters: past it a quote is taken as never closed. */
export const MAX_ROW_CHARS = 1024 * 1024;

export interface CsvDialect {
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
}

/**
 * Guesses the delimiter and line break from the start of a file with papaparse's own guesser (comma, tab,
 * semicolon, pipe). A sample that is not the whole file is cut after its last line break, so that a row cut in
 * the middle does not make a delimiter look inconsistent; blank lines are left out of the guess for the same reason.
 */
export function detectCsvDialect(sample: string, wholeFile = false): CsvDialect {
  const lastBreak = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  const text = wholeFile || lastBreak < 0 ? sample : sample.slice(0, lastBreak + 1);
  const meta = Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: true, delimitersToGuess: [',', '\t', ';', '|'] }).meta;
  const newline = meta.linebreak === '\r\n' || meta.linebreak === '\r' ? meta.linebreak : '\n';
  return { delimiter: meta.delimiter || ',', newline };
}

export class CsvRowTooLongError extends Error {
  constructor() {
    super('a row is longer than 1 MB: a quoted field is probably never closed');
  }
}

export interface CsvChunkParser {
  /** Parses the complete rows of `text` (the next piece of the file) and keeps any incomplete last row. */
  push(text: string): void;
  /** Parses what is left: the file has ended. */
  end(): void;
}

/**
 * Streams CSV text through papaparse's parser, piece by piece, calling `onRow` with each row's fields in order.
 * This is what papaparse's own `chunk` streaming does (the incomplete last row of a piece waits for the next),
 * driven here by the caller so that the bytes are decoded by one streaming `TextDecoder`: exact byte progress,
 * UTF-8 sequences split across pieces kept whole, and invalid UTF-8 anywhere in the file refused.
 * Blank lines are dropped. Throws {@link CsvRowTooLongError} when a row outgrows {@link MAX_ROW_CHARS}.
 */
export function createCsvChunkParser(dialect: CsvDialect, onRow: (fields: string[]) => void): CsvChunkParser {
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline });
  let partial = '';
  let base = 0;
  const emit = (rows: unknown) => {
    if (!Array.isArray(rows)) return;
    for (const row of rows as string[][]) {
      if (row.length === 1 && row[0]!.trim() === '') continue;
      onRow(row);
    }
  };
  return {
    push(text) {
      const aggregate = partial + text;
      // ignoreLastRow: the piece may end inside a row (or a quoted field); that row waits for the next piece.
      const results = parser.parse(aggregate, base, true) as Papa.ParseResult<string[]>;
      emit(results.data);
      const cursor = results.meta.cursor;
      partial = aggregate.substring(cursor - base);
      base = cursor;
      if (partial.length > MAX_ROW_CHARS) throw new CsvRowTooLongError();
    },
    end() {
      if (partial === '') return;
      const results = parser.parse(partial, base, false) as Papa.ParseResult<string[]>;
      partial = '';
      emit(results.data);
    },
  };
}
