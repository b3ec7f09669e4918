import { describe, expect, it } from 'vitest';
import { importGeoJson } from './geojson-import';
import { MAX_IMPORTED_FEATURES, MAX_PROPERTY_VALUE_CHARS } from './import-limits';

const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const point = (lon: number, lat: number, properties: unknown = {}) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });

function ok(text: string) {
  const result = importGeoJson(text, 'user-t');
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result;
}

function failure(text: string): string {
  const result = importGeoJson(text, 'user-t');
  if (result.ok) throw new Error('expected a failure');
  return result.message;
}

describe('importGeoJson', () => {
  it('reads points, lines and polygons with ids of its own and the user-layer id', () => {
    const r = ok(
      fc([
        point(130.3, 42.2, { name: 'Rajin' }),
        { type: 'Feature', id: 'theirs', geometry: { type: 'LineString', coordinates: [[130, 42], [131, 43, 12]] }, properties: null },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[130, 42], [131, 42], [131, 43], [130, 42]]] }, properties: {} },
        { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[[[1, 1], [2, 1], [2, 2], [1, 2]]]] }, properties: {} },
      ]),
    );
    expect(r.features.map((f) => f.id)).toEqual(['user-t-f0', 'user-t-f1', 'user-t-f2', 'user-t-f3']);
    expect(r.features.every((f) => f.userLayerId === 'user-t')).toBe(true);
    expect(r.counts).toEqual({ points: 1, lines: 1, polygons: 2 });
    expect(r.features[1]!.geometry).toEqual({ type: 'LineString', coordinates: [[130, 42], [131, 43]] });
    // An open ring is closed.
    expect(r.features[3]!.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]] });
    expect(r.skipped).toEqual({});
  });

  it('accepts a single Feature and a bare geometry', () => {
    expect(ok(JSON.stringify(point(1, 2))).features).toHaveLength(1);
    expect(ok(JSON.stringify({ type: 'Point', coordinates: [1, 2] })).features).toHaveLength(1);
  });

  it('skips unusable features and counts them by reason', () => {
    const r = ok(
      fc([
        point(1, 2),
        { type: 'Feature', geometry: null, properties: {} },
        { type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [] } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: ['1', 2] } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[1, 2]] } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 2] } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [1, NaN] } },
        { type: 'Thing' },
        'text',
        null,
      ]),
    );
    expect(r.features).toHaveLength(1);
    expect(r.rowsRead).toBe(10);
    expect(r.skipped).toEqual({ 'no-geometry': 1, 'unsupported-geometry': 1, 'bad-coordinates': 3, 'out-of-range': 1, 'not-a-feature': 3 });
  });

  it.each([
    ['', /empty/],
    ['   \n', /empty/],
    ['{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,', /not valid JSON; the file may be truncated/],
    ['[1,2,3]', /JSON list, not GeoJSON/],
    ['"just text"', /expected a JSON object/],
    ['{"name":"x"}', /no "type" field/],
    ['{"type":"Topology","objects":{}}', /type is "Topology"/],
    ['{"type":"FeatureCollection","features":{}}', /no "features" list/],
    ['{"type":"FeatureCollection","features":[]}', /contains no features/],
    [fc([{ type: 'Feature', geometry: null }]), /No feature in this GeoJSON could be used/],
  ])('refuses %j with a clear message', (text, message) => {
    expect(failure(text)).toMatch(message);
  });

  it('keeps markup in properties as plain text and flattens nested values', () => {
    const r = ok(
      fc([
        point(1, 2, {
          name: '<img src=x onerror=alert(1)>',
          html: '<script>fetch("//evil")</script>',
          nested: { a: [1, 2] },
          n: 3,
          flag: true,
          none: null,
          inf: 1e400,
        }),
      ]),
    );
    expect(r.features[0]!.properties).toEqual({
      name: '<img src=x onerror=alert(1)>',
      html: '<script>fetch("//evil")</script>',
      nested: '{"a":[1,2]}',
      n: 3,
      flag: true,
      none: null,
      inf: null,
    });
  });

  it('does not let a "__proto__" property change the object prototype', () => {
    const r = ok('{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"__proto__":{"polluted":1},"a":1}}');
    const props = r.features[0]!.properties;
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.keys(props)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cuts very long property values', () => {
    const r = ok(fc([point(1, 2, { note: 'x'.repeat(100_000) })]));
    const note = r.features[0]!.properties.note as string;
    expect(note).toHaveLength(MAX_PROPERTY_VALUE_CHARS);
    expect(note.endsWith('…')).toBe(true);
  });

  it('detects a date property and sets each feature time', () => {
    const dates = ['2019-05-01', '2020-01-01', '2020-06-30', '2021-01-01', 'unknown'];
    const r = ok(fc(dates.map((date) => point(1, 2, { date }))));
    expect(r.timeField).toBe('date');
    expect(r.features.map((f) => f.time)).toEqual([...dates.slice(0, 4).map((d) => Date.parse(d)), null]);
    expect(r.timeExtent).toEqual([Date.UTC(2019, 4, 1), Date.UTC(2021, 0, 1)]);
  });

  it('stops keeping features at the limit and counts the rest', () => {
    const features = Array.from({ length: MAX_IMPORTED_FEATURES + 3 }, (_, i) => point((i % 360) - 180, 10));
    const r = ok(fc(features));
    expect(r.features).toHaveLength(MAX_IMPORTED_FEATURES);
    expect(r.skipped['over-feature-limit']).toBe(3);
  });
});
