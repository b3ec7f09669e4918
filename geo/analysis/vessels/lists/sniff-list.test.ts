import { describe, expect, it } from 'vitest';
import { bytesSource } from '../test-support';
import { parseSanctionsLists } from './parse-lists';
import { sniffListLayout } from './sniff-list';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffListLayout', () => {
  it('tells the layouts apart by their first bytes', () => {
    const sniff = (s: string) => sniffListLayout(bytes(s), 1_000_000);
    expect(sniff('<?xml version="1.0"?>\n<sdnList xmlns="x">')).toEqual({ ok: true, layout: 'ofac-sdn-xml' });
    expect(sniff('\uFEFF<sdnList>')).toEqual({ ok: true, layout: 'ofac-sdn-xml' });
    expect(sniff('36,"AEROCARIBBEAN","-0- ","CUBA","-0- ","-0- ","-0- ","-0- ","-0- ","-0- ","-0- ","-0- "\r\n')).toEqual({ ok: true, layout: 'ofac-sdn-csv' });
    expect(sniff('36,12,"aka","NAME","-0- "\r\n')).toEqual({ ok: true, layout: 'ofac-alt-csv' });
    expect(sniff('36,25,"-0- ","Havana","Cuba","-0- "\r\n')).toEqual({ ok: true, layout: 'ofac-add-csv' });
    expect(sniff('36,"more remarks"\r\n')).toEqual({ ok: true, layout: 'ofac-comments-csv' });
    expect(sniff('{"id":"x","schema":"Vessel","properties":{}}\n')).toEqual({ ok: true, layout: 'opensanctions-ftm' });
  });

  it('says in one sentence why a file is no list', () => {
    const message = (head: Uint8Array | string, size = 1000) => {
      const r = sniffListLayout(typeof head === 'string' ? bytes(head) : head, size);
      return r.ok ? r.layout : r.message;
    };
    expect(message('', 0)).toBe('The file is empty.');
    expect(message('   \n  ', 6)).toBe('The file is empty (only blank space).');
    expect(message(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toMatch(/UTF-16/);
    expect(message(new Uint8Array([0x3c, 0x00, 0x73, 0x00]))).toMatch(/UTF-16/);
    expect(message(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(/ZIP archive/);
    expect(message(new Uint8Array([0x89, 0x50, 0x00, 0x47]))).toMatch(/binary data/);
    expect(message(new Uint8Array([0x3c, 0x61, 0xe9, 0x3e]))).toMatch(/not UTF-8/);
    expect(message('<kml><Document/></kml>')).toMatch(/not OFAC's sdn\.xml/);
    expect(message('{"type":"FeatureCollection","features":[]}')).toMatch(/GeoJSON/);
    expect(message('[{"id":1}]')).toMatch(/JSON array/);
    expect(message('MMSI,BaseDateTime,LAT,LON,SOG\n')).toMatch(/AIS file/);
    expect(message('name,lat,lon\n')).toMatch(/no list layout known here/);
  });

  it('fails the whole load, naming the file, when one file of several is no list', async () => {
    const outcome = await parseSanctionsLists([
      bytesSource('good.ftm.json', '{"id":"v","schema":"Vessel","properties":{"name":["A"]}}\n'),
      bytesSource('notes.txt', 'hello'),
    ]);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^notes\.txt: This file is in no list layout known here\./) });
  });

  it('refuses bytes that are not UTF-8 past the sniffed head', async () => {
    const head = '{"id":"v","schema":"Vessel","properties":{"name":["A"]}}\n';
    const data = new Uint8Array([...bytes(head + ' '.repeat(70_000)), 0xe9, 0x0a]);
    const outcome = await parseSanctionsLists([bytesSource('latin1.json', data, 4096)]);
    expect(outcome.ok === false && outcome.message).toMatch(/not UTF-8 text throughout/);
  });

  it('reports progress and stops when cancelled', async () => {
    const line = '{"id":"v1","schema":"Vessel","properties":{"name":["A"]}}\n';
    const progress: number[] = [];
    const ok = await parseSanctionsLists([bytesSource('a.json', line.repeat(3), 16)], { onProgress: (p) => progress.push(p.bytesRead) });
    expect(ok.ok).toBe(true);
    expect(progress.at(-1)).toBe(line.length * 3);
    const controller = new AbortController();
    controller.abort();
    expect(await parseSanctionsLists([bytesSource('a.json', line)], { signal: controller.signal })).toMatchObject({ ok: false, cancelled: true });
    // Cancelled halfway through a file: no list, whatever was read.
    const midway = new AbortController();
    const big = bytesSource('big.json', line.repeat(20_000), 4096);
    const outcome = await parseSanctionsLists([big], { signal: midway.signal, onProgress: () => midway.abort() });
    expect(outcome).toEqual({ ok: false, cancelled: true, message: 'Loading the list was cancelled.' });
  });
});
