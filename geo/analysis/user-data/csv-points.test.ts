import { describe, expect, it } from 'vitest';
import { checkCoordinates, createPointRowSink, propertyKeys } from './csv-points';
import { MAX_IMPORTED_FEATURES } from './import-limits';

describe('checkCoordinates', () => {
  it.each([
    ['42.5', '130.1', { ok: true, lat: 42.5, lon: 130.1 }],
    [' -33.9 ', '+151.2', { ok: true, lat: -33.9, lon: 151.2 }],
    ['4.25e1', '130', { ok: true, lat: 42.5, lon: 130 }],
    ['', '130', { ok: false, reason: 'missing-coordinates' }],
    ['42', undefined, { ok: false, reason: 'missing-coordinates' }],
    ['N42', '130', { ok: false, reason: 'bad-coordinates' }],
    ['42°30\'', '130', { ok: false, reason: 'bad-coordinates' }],
    ['NaN', '130', { ok: false, reason: 'bad-coordinates' }],
    ['0', '0', { ok: false, reason: 'bad-coordinates' }],
    ['91', '130', { ok: false, reason: 'out-of-range' }],
    ['42', '-180.5', { ok: false, reason: 'out-of-range' }],
  ])('lat %j lon %j', (lat, lon, expected) => {
    expect(checkCoordinates(lat, lon, false)).toEqual(expected);
  });

  it('accepts a decimal comma only when the delimiter is not a comma', () => {
    expect(checkCoordinates('55,5', '12,25', true)).toEqual({ ok: true, lat: 55.5, lon: 12.25 });
    expect(checkCoordinates('55,5', '12,25', false)).toEqual({ ok: false, reason: 'bad-coordinates' });
  });
});

describe('propertyKeys', () => {
  it('names blank columns and numbers repeated ones', () => {
    expect(propertyKeys(['\uFEFFname', '', 'name', ' lat '])).toEqual(['name', 'column_2', 'name_2', 'lat']);
  });
});

describe('createPointRowSink', () => {
  const headers = ['id', 'lat', 'lon', 'date', 'note'];
  const sink = () =>
    createPointRowSink({ userLayerId: 'user-x', headers, columns: { lat: 'lat', lon: 'lon' }, dateColumn: 'date', delimiter: ',' });

  it('makes a point per usable row, every cell kept as text, with its time', () => {
    const s = sink();
    s.push(['007', '42.1', '130.5', '2019-05-01', '<b>bold</b>']);
    s.push(['008', '43', '131', 'someday', '']);
    const r = s.finish();
    expect(r.features).toEqual([
      {
        type: 'Feature',
        id: 'user-x-f0',
        userLayerId: 'user-x',
        geometry: { type: 'Point', coordinates: [130.5, 42.1] },
        properties: { id: '007', lat: '42.1', lon: '130.5', date: '2019-05-01', note: '<b>bold</b>' },
        time: Date.UTC(2019, 4, 1),
      },
      expect.objectContaining({ id: 'user-x-f1', time: null }),
    ]);
    expect(r.counts).toEqual({ points: 2, lines: 0, polygons: 0 });
    expect(r.timeExtent).toEqual([Date.UTC(2019, 4, 1), Date.UTC(2019, 4, 1)]);
  });

  it('skips and counts rows by reason', () => {
    const s = sink();
    s.push(['1', '42', '130', '', '']);
    s.push(['2', '', '130', '', '']);
    s.push(['3', 'abc', '130', '', '']);
    s.push(['4', '95', '130', '', '']);
    s.push(['5', 'Smith', ' John"', '42', '130', '', 'x']);
    s.push(['6', '42']);
    s.push(['7', '42', '130', '', '', '']); // a trailing delimiter is not a shift
    const r = s.finish();
    expect(r.features.map((f) => f.properties.id)).toEqual(['1', '7']);
    expect(r.rowsRead).toBe(7);
    expect(r.skipped).toEqual({ 'missing-coordinates': 1, 'bad-coordinates': 1, 'out-of-range': 1, 'wrong-field-count': 2 });
  });

  it('stops at the feature limit and counts the rest', () => {
    const s = sink();
    for (let i = 0; i < MAX_IMPORTED_FEATURES + 2; i++) s.push([String(i), '10', '20', '', '']);
    const r = s.finish();
    expect(r.features).toHaveLength(MAX_IMPORTED_FEATURES);
    expect(r.skipped).toEqual({ 'over-feature-limit': 2 });
  });
});
