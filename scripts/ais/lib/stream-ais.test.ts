import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAisRowSink } from '../../../geo/analysis/ais';
import { planSyntheticAis, syntheticCsv, syntheticCsvChunks } from '../synthetic/generate-synthetic-ais';
import { parsePorts } from './load-ports';
import { streamAisIntoSink } from './stream-ais';

describe('streamAisIntoSink (Node stream → papaparse → row sink)', () => {
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
    expect(parsePorts({ ports: [{ id: 'a', name: 'A', lon: 1, lat: 2 }] })).toEqual([{ id: 'a', lon: 1, lat: 2 }]);
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'port-x', geometry: { type: 'Point', coordinates: [131.9, 43.1] }, properties: { kind: 'port' } },
        { type: 'Feature', id: 'city-y', geometry: { type: 'Point', coordinates: [131.9, 43.8] }, properties: { kind: 'city' } },
        { type: 'Feature', id: 'zone', geometry: { type: 'Polygon', coordinates: [] }, properties: { kind: 'anchorage' } },
      ],
    };
    expect(parsePorts(fc)).toEqual([{ id: 'port-x', lon: 131.9, lat: 43.1 }]);
    expect(() => parsePorts({ nope: true })).toThrow(/ports/);
  });
});
