import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCsvChunkParser, CsvRowTooLongError, detectCsvDialect, MAX_ROW_CHARS } from './csv-stream';

function rowsInPieces(text: string, pieceLength: number): string[][] {
  const dialect = detectCsvDialect(text, true);
  const rows: string[][] = [];
  const parser = createCsvChunkParser(dialect, (r) => rows.push(r));
  for (let i = 0; i < text.length; i += pieceLength) parser.push(text.slice(i, i + pieceLength));
  parser.end();
  return rows;
}

const tricky = [
  'name,lat,lon,note',
  '"Rye Song Gang 1",38.7,125.2,"said ""hello"", then left"',
  '"Multi',
  'line, name",39.1,124.9,',
  'Plain,40,130,x',
  '',
  'Last,41.5,131.5,"ends without newline"',
].join('\n');

describe('createCsvChunkParser', () => {
  it('gives the same rows as papaparse on the whole text, however the text is cut', () => {
    const whole = Papa.parse<string[]>(tricky, { skipEmptyLines: true }).data;
    for (const piece of [1, 2, 3, 7, 16, 64, 10_000]) {
      expect(rowsInPieces(tricky, piece), `pieces of ${piece}`).toEqual(whole);
    }
    expect(whole[2]).toEqual(['Multi\nline, name', '39.1', '124.9', '']);
  });

  it('handles CRLF split between pieces, and semicolons', () => {
    const text = 'lat;lon;name\r\n55,5;12,5;Køge\r\n56;13;"a;b"\r\n';
    expect(detectCsvDialect(text)).toEqual({ delimiter: ';', newline: '\r\n' });
    // A sample cut in the middle of a row still gives the right delimiter.
    expect(detectCsvDialect('a\tb\tc\n1\t2\t3\n4\t5').delimiter).toBe('\t');
    const expected = [['lat', 'lon', 'name'], ['55,5', '12,5', 'Køge'], ['56', '13', 'a;b']];
    for (const piece of [1, 2, 5, 100]) expect(rowsInPieces(text, piece)).toEqual(expected);
  });

  it('detects tabs and pipes', () => {
    expect(detectCsvDialect('lat\tlon\n1\t2\n').delimiter).toBe('\t');
    expect(detectCsvDialect('lat|lon\n1|2\n').delimiter).toBe('|');
  });

  it('refuses a quote that never closes instead of holding the whole file', () => {
    const parser = createCsvChunkParser({ delimiter: ',', newline: '\n' }, () => undefined);
    parser.push('a,b\n"never closed,');
    const line = 'x'.repeat(64 * 1024);
    expect(() => {
      for (let i = 0; i < MAX_ROW_CHARS / line.length + 2; i++) parser.push(line);
    }).toThrow(CsvRowTooLongError);
  });
});
