import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAisRowSink } from '../../../geo/analysis/ais';
import { planSyntheticAis, syntheticCsv, syntheticCsvChunks } from '../synthetic/generate-synthetic-ais';
import { parsePorts, parsePortsCsv } from './load-ports';
import { pumpAisCsv, streamAisIntoSink } from './stream-ais';

describe('streamAisIntoSink (Node stream → papaparse → row sink)', () => {
  it('reads several files into one set of tracks, each with its own header', async () => {
    const scenario = planSyntheticAis({ seed: 12, vessels: 30, encounters: 2, hours: 24 });
    const { csv, stats } = syntheticCsv(scenario, 'noaa');
    const lines = csv.trimEnd().split('\n');
    const half = Math.floor(lines.length / 2);
    const sink = createAisRowSink();
    await pumpAisCsv(Readable.from([lines.slice(0, half).join('\n') + '\n']), sink);
    sink.startFile();
    const result = await streamAisIntoSink(Readable.from([[lines[0], ...lines.slice(half)].join('\n') + '\n']), sink);
    if (!result.ok) throw new Error('expected AIS');
    expect(result.accepted).toBe(stats.positions);
  });

  it('reads a streamed synthetic file into the same tracks as the whole-text path', async () => {
    const scenario = planSyntheticAis({ seed: 11, vessels: 30, encounters: 2, hours: 24, badRowRate: 0.01 });
    const { stats } = syntheticCsv(scenario, 'dma');
    const result = await streamAisIntoSink(Readable.from(syntheticCsvChunks(scenario, 'dma', undefined, 100)), createAisRowSink());
    if (!result.ok) throw new Error('expected AIS');
    expect(result.layout).toBe('dma');
    expect(result.accepted).toBe(stats.positions);
    expect(result.rowsRead).toBe(stats.rows);
    expect(result.skipped).toEqual(stats.badRows);
  });

  it('stops at a header that is not AIS', async () => {
    const result = await streamAisIntoSink(Readable.from(['name,lat,lon\n', 'a,1,2\n'.repeat(1000)]), createAisRowSink());
    expect(result).toMatchObject({ ok: false, error: 'not-ais', headers: ['name', 'lat', 'lon'] });
  });
});

describe('parsePorts', () => {
  it('reads a list, a {ports} wrapper and a GeoJSON gazetteer keeping only ports and anchorages', () => {
    expect(parsePorts([{ id: 'a', lon: 1, lat: 2 }])).toEqual([{ id: 'a', lon: 1, lat: 2 }]);
    expect(parsePorts({ ports: [{ id: 'a', name: 'A', lon: 1, lat: 2 }] })).toEqual([{ id: 'a', name: 'A', lon: 1, lat: 2 }]);
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'port-x', geometry: { type: 'Point', coordinates: [131.9, 43.1] }, properties: { kind: 'port', name: { en: 'X port' } } },
        { type: 'Feature', id: 'city-y', geometry: { type: 'Point', coordinates: [131.9, 43.8] }, properties: { kind: 'city' } },
        { type: 'Feature', id: 'zone', geometry: { type: 'Polygon', coordinates: [] }, properties: { kind: 'anchorage' } },
      ],
    };
    expect(parsePorts(fc)).toEqual([{ id: 'port-x', name: 'X port', lon: 131.9, lat: 43.1 }]);
    expect(() => parsePorts({ nope: true })).toThrow(/ports/);
  });

  it('reads a CSV port list by its header, and names a row without coordinates', () => {
    expect(parsePortsCsv('Name,Latitude,Longitude\nNampo,38.72,125.38\n')).toEqual([{ name: 'Nampo', lon: 125.38, lat: 38.72 }]);
    expect(parsePortsCsv('id,lon,lat\np1,1,2\n')).toEqual([{ id: 'p1', lon: 1, lat: 2 }]);
    expect(() => parsePortsCsv('id,lon,lat\np1,,2\n')).toThrow(/row 1/);
    expect(() => parsePortsCsv('id,x1,y1\np1,1,2\n')).toThrow(/lon and lat/);
  });
});
