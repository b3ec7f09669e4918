import { describe, expect, it } from 'vitest';
import { MAX_CSV_FILE_BYTES, MAX_GEOJSON_FILE_BYTES } from './import-limits';
import { sniffFile } from './sniff-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i);
  return out;
}

const sniff = (name: string, bytes: Uint8Array, size = bytes.length) => sniffFile(name, size, bytes);

describe('sniffFile', () => {
  it('recognises GeoJSON and CSV by name, and by content when the name says nothing', () => {
    expect(sniff('a.geojson', utf8('{"type":"FeatureCollection"}'))).toEqual({ ok: true, kind: 'geojson' });
    expect(sniff('a.json', utf8('{}'))).toEqual({ ok: true, kind: 'geojson' });
    expect(sniff('a.csv', utf8('lat,lon\n1,2\n'))).toEqual({ ok: true, kind: 'csv' });
    expect(sniff('export', utf8('  {"type":"Feature"}'))).toEqual({ ok: true, kind: 'geojson' });
    expect(sniff('export', utf8('lat;lon\n'))).toEqual({ ok: true, kind: 'csv' });
    expect(sniff('a.csv', utf8('\uFEFFlat,lon\n'))).toEqual({ ok: true, kind: 'csv' });
  });

  it('refuses an empty file and one of blank space only', () => {
    expect(sniff('a.csv', new Uint8Array())).toEqual({ ok: false, message: 'The file is empty.' });
    expect(sniff('a.csv', utf8(' \n\n  '))).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
  });

  it('refuses UTF-16, with or without a byte-order mark', () => {
    expect(sniff('a.csv', utf16le('lat,lon\n1,2\n'))).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16/) });
    expect(sniff('a.csv', utf16le('lat,lon\n1,2\n', false))).toMatchObject({ ok: false, message: expect.stringMatching(/NUL bytes/) });
  });

  it('refuses binary files, naming common formats', () => {
    expect(sniff('a.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({ ok: false, message: expect.stringMatching(/ZIP/) });
    expect(sniff('a.geojson', new Uint8Array([0x1f, 0x8b, 8, 0]))).toMatchObject({ ok: false, message: expect.stringMatching(/gzip/) });
    expect(sniff('a.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatchObject({ ok: false, message: expect.stringMatching(/PNG/) });
    const noise = new Uint8Array(4096).map((_, i) => (i * 37 + 11) % 256);
    expect(sniff('a.csv', noise)).toMatchObject({ ok: false, message: expect.stringMatching(/not a (UTF-8 )?text file/i) });
  });

  it('refuses text that is not UTF-8 (Latin-1), but not a sequence cut at the end of the sample', () => {
    const latin1 = new Uint8Array([...utf8('name,lat,lon\nK'), 0xf8, ...utf8('ge,55,12\n')]);
    expect(sniff('a.csv', latin1)).toMatchObject({ ok: false, message: expect.stringMatching(/not UTF-8/) });
    const cut = utf8('name,lat,lon\nKøge,55,12\n').slice(0, 15); // ends inside "ø"
    expect(sniff('a.csv', cut, 1000)).toEqual({ ok: true, kind: 'csv' });
  });

  it('refuses files over the size limit of their kind, pointing large AIS to the Node command', () => {
    expect(sniff('big.csv', utf8('lat,lon\n'), MAX_CSV_FILE_BYTES + 1)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/limit for CSV is 512 MB.*npm run detect/),
    });
    expect(sniff('big.geojson', utf8('{'), MAX_GEOJSON_FILE_BYTES + 1)).toMatchObject({ ok: false, message: expect.stringMatching(/limit for GeoJSON is 64 MB/) });
    expect(sniff('big.csv', utf8('lat,lon\n'), MAX_CSV_FILE_BYTES)).toEqual({ ok: true, kind: 'csv' });
  });

  it('refuses markup and JSON under the wrong name', () => {
    expect(sniff('a.csv', utf8('<html><body>hi</body></html>'))).toMatchObject({ ok: false, message: expect.stringMatching(/HTML or XML/) });
    expect(sniff('a.geojson', utf8('lat,lon\n1,2'))).toMatchObject({ ok: false, message: expect.stringMatching(/not GeoJSON/) });
    expect(sniff('a.csv', utf8('{"type":"Feature"}'))).toMatchObject({ ok: false, message: expect.stringMatching(/looks like JSON/) });
  });
});
