import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAisRowSink } from './ais-row-sink';
import { detectAisLayout, parseAisRow, parseAisTimestamp, resolveAisColumns, type AisColumns } from './parse-ais-row';

const NOAA_HEADER =
  'MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass';
const DMA_HEADER =
  '# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,Draught,Destination,ETA,Data source type,A,B,C,D';

const noaa = resolveAisColumns(NOAA_HEADER.split(','))!;
const dma = resolveAisColumns(DMA_HEADER.split(','))!;

function noaaRow(over: Record<string, string> = {}): Record<string, string> {
  return {
    MMSI: '367000001',
    BaseDateTime: '2023-01-01T00:00:05',
    LAT: '29.8',
    LON: '123.5',
    SOG: '11.2',
    COG: '90',
    Heading: '91',
    VesselName: 'EXAMPLE STAR',
    IMO: 'IMO9234567',
    ...over,
  };
}

describe('detectAisLayout', () => {
  it('recognises NOAA MarineCadastre and both DMA timestamp spellings, and nothing else', () => {
    expect(detectAisLayout(NOAA_HEADER.split(','))).toBe('noaa');
    expect(detectAisLayout(DMA_HEADER.split(','))).toBe('dma');
    expect(detectAisLayout(DMA_HEADER.replace('# Timestamp', 'Timestamp').split(','))).toBe('dma');
    expect(detectAisLayout(['\uFEFFmmsi', 'basedatetime', 'lat', 'lon'])).toBe('noaa');
    expect(detectAisLayout(['name', 'latitude', 'longitude'])).toBeNull();
    expect(detectAisLayout(['MMSI', 'LAT', 'LON'])).toBeNull();
  });

  it('keeps the file’s own spelling of each column', () => {
    expect(dma).toMatchObject<Partial<AisColumns>>({ layout: 'dma', time: '# Timestamp', lat: 'Latitude', name: 'Name' });
  });
});

describe('parseAisTimestamp', () => {
  it('reads NOAA ISO times as UTC even without a zone', () => {
    expect(parseAisTimestamp('2023-01-01T00:00:05', 'noaa')).toBe(Date.UTC(2023, 0, 1, 0, 0, 5));
    expect(parseAisTimestamp('2023-01-01 00:00:05', 'noaa')).toBe(Date.UTC(2023, 0, 1, 0, 0, 5));
  });
  it('reads DMA day-first times', () => {
    expect(parseAisTimestamp('31/12/2023 23:59:58', 'dma')).toBe(Date.UTC(2023, 11, 31, 23, 59, 58));
  });
  it('reads consecutive rows of one day (the cached fast path) and still rejects bad times on that day', () => {
    expect(parseAisTimestamp('2023-05-01T00:00:05', 'noaa')).toBe(Date.UTC(2023, 4, 1, 0, 0, 5));
    expect(parseAisTimestamp('2023-05-01T23:59:59', 'noaa')).toBe(Date.UTC(2023, 4, 1, 23, 59, 59));
    expect(parseAisTimestamp('2023-05-01 12:00:00', 'noaa')).toBe(Date.UTC(2023, 4, 1, 12));
    expect(parseAisTimestamp('2023-05-01T24:00:00', 'noaa')).toBeNull();
    expect(parseAisTimestamp('2023-05-01T12:6x:00', 'noaa')).toBeNull();
    expect(parseAisTimestamp('2023-05-01X12:00:00', 'noaa')).toBeNull();
    expect(parseAisTimestamp('2023-05-02T00:00:00', 'noaa')).toBe(Date.UTC(2023, 4, 2));
    expect(parseAisTimestamp('02/05/2023 01:00:00', 'dma')).toBe(Date.UTC(2023, 4, 2, 1));
    expect(parseAisTimestamp('02/05/2023T01:00:00', 'dma')).toBeNull();
    expect(parseAisTimestamp('02/05/2023 01:00:60', 'dma')).toBeNull();
  });

  it('rejects impossible dates and the other layout’s format', () => {
    expect(parseAisTimestamp('31/02/2023 00:00:00', 'dma')).toBeNull();
    expect(parseAisTimestamp('2023-13-01T00:00:00', 'noaa')).toBeNull();
    expect(parseAisTimestamp('01/01/2023 00:00:00', 'noaa')).toBeNull();
    expect(parseAisTimestamp('2023-01-01T24:00:00', 'noaa')).toBeNull();
    expect(parseAisTimestamp('', 'noaa')).toBeNull();
  });
});

describe('parseAisRow', () => {
  it('parses a NOAA row', () => {
    expect(parseAisRow(noaaRow(), noaa)).toEqual({
      ok: true,
      position: {
        mmsi: '367000001',
        t: Date.UTC(2023, 0, 1, 0, 0, 5),
        lon: 123.5,
        lat: 29.8,
        sogKnots: 11.2,
        name: 'EXAMPLE STAR',
        imo: '9234567',
      },
    });
  });

  it('parses a DMA row', () => {
    const row = {
      '# Timestamp': '01/03/2024 12:00:00',
      'Type of mobile': 'Class A',
      MMSI: '219000001',
      Latitude: '55.5',
      Longitude: '10.25',
      SOG: '0.4',
      IMO: 'Unknown',
      Name: 'NORDIC',
    };
    expect(parseAisRow(row, dma)).toEqual({
      ok: true,
      position: { mmsi: '219000001', t: Date.UTC(2024, 2, 1, 12), lon: 10.25, lat: 55.5, sogKnots: 0.4, name: 'NORDIC' },
    });
  });

  it('treats speed 102.3 and an empty speed as not available, not as an error', () => {
    const r1 = parseAisRow(noaaRow({ SOG: '102.3' }), noaa);
    const r2 = parseAisRow(noaaRow({ SOG: '' }), noaa);
    expect(r1.ok && r1.position.sogKnots).toBeUndefined();
    expect(r2.ok && r2.position.sogKnots).toBeUndefined();
    expect(r1.ok && r2.ok).toBe(true);
  });

  it.each([
    ['bad-mmsi', { MMSI: '36700000' }],
    ['bad-mmsi', { MMSI: '3670000011' }],
    ['bad-mmsi', { MMSI: 'ABC000001' }],
    ['bad-mmsi', { MMSI: '000000000' }],
    ['bad-mmsi', { MMSI: '' }],
    ['bad-timestamp', { BaseDateTime: 'yesterday' }],
    ['bad-timestamp', { BaseDateTime: '2023-02-30T00:00:00' }],
    ['bad-coordinates', { LAT: '91' }],
    ['bad-coordinates', { LON: '181' }],
    ['bad-coordinates', { LAT: '-90.5' }],
    ['bad-coordinates', { LON: 'x' }],
    ['bad-coordinates', { LAT: '' }],
    ['bad-coordinates', { LAT: '0', LON: '0' }],
    ['bad-speed', { SOG: 'fast' }],
    ['bad-speed', { SOG: '-1' }],
    ['bad-speed', { SOG: '150' }],
  ] as const)('skips with %s for %j', (reason, over) => {
    expect(parseAisRow(noaaRow(over), noaa)).toEqual({ ok: false, reason });
  });

  it('accepts the edges of the valid ranges', () => {
    expect(parseAisRow(noaaRow({ LAT: '90', LON: '-180', SOG: '102.2' }), noaa).ok).toBe(true);
  });
});

describe('createAisRowSink fed by papaparse step callbacks (as the Web Worker will)', () => {
  it('counts rows and skips by reason, and builds per-vessel tracks', () => {
    const csv = [
      NOAA_HEADER,
      '367000001,2023-01-01T00:00:00,29.8,123.5,11.2,90,90,A,IMO9234567,,,,,,,,A',
      '367000001,2023-01-01T00:01:00,29.8,123.51,11.2,90,90,A,IMO9234567,,,,,,,,A',
      '367000002,2023-01-01T00:00:00,29.9,123.6,0.1,90,90,"B, ""THE"" SHIP",,,,,,,,,A',
      '36700000X,2023-01-01T00:00:00,29.9,123.6,0.1,90,90,B,,,,,,,,,A',
      '367000002,not a time,29.9,123.6,0.1,90,90,B,,,,,,,,,A',
      '367000002,2023-01-01T00:02:00,91,181,0.1,90,90,B,,,,,,,,,A',
      '367000002,2023-01-01T00:03:00,29.9,123.6,-3,90,90,B,,,,,,,,,A',
    ].join('\n');
    const sink = createAisRowSink();
    Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
      step: (results) => sink.push(results.data),
    });
    expect(sink.layout).toBe('noaa');
    const result = sink.finish();
    if (!result.ok) throw new Error('expected AIS');
    expect(result.rowsRead).toBe(7);
    expect(result.accepted).toBe(3);
    expect(result.skipped).toEqual({ 'bad-mmsi': 1, 'bad-timestamp': 1, 'bad-coordinates': 1, 'bad-speed': 1 });
    expect(result.tracks.vessels.map((v) => [v.mmsi, v.length, v.name])).toEqual([
      ['367000001', 2, 'A'],
      ['367000002', 1, 'B, "THE" SHIP'],
    ]);
  });

  it('says "not-ais" for a CSV that is not AIS, and keeps nothing', () => {
    const sink = createAisRowSink();
    Papa.parse<Record<string, string>>('name,latitude,longitude\nfoo,1,2\n', {
      header: true,
      skipEmptyLines: true,
      step: (results) => sink.pushMany([results.data]),
    });
    expect(sink.rejected).toBe(true);
    expect(sink.finish()).toEqual({ ok: false, error: 'not-ais', headers: ['name', 'latitude', 'longitude'], rowsRead: 1 });
  });

  it('takes rows as arrays too (papaparse without header), the first row being the header', () => {
    const sink = createAisRowSink();
    Papa.parse<string[]>([DMA_HEADER, '01/03/2024 12:00:00,Class A,219000001,55.5,10.25,,,102.3,,,,,NORDIC', '01/03/2024 12:00:00,Class A,219000001,91,181'].join('\n'), {
      skipEmptyLines: true,
      step: (r) => sink.pushValues(r.data),
    });
    const result = sink.finish();
    if (!result.ok) throw new Error('expected AIS');
    expect([result.layout, result.rowsRead, result.accepted, result.skipped['bad-coordinates']]).toEqual(['dma', 2, 1, 1]);
    expect(result.tracks.vessels[0]).toMatchObject({ mmsi: '219000001', name: 'NORDIC' });
    expect(result.tracks.vessels[0]!.sogDeciKnots[0]).toBe(1023);
  });

  it('takes the header up front when the caller has it', () => {
    const sink = createAisRowSink();
    expect(sink.setHeaders(DMA_HEADER.split(','))).toBe('dma');
    sink.push({ '# Timestamp': '01/03/2024 12:00:00', MMSI: '219000001', Latitude: '55.5', Longitude: '10.25' });
    const result = sink.finish();
    expect(result.ok && result.tracks.positionCount).toBe(1);
  });
});
