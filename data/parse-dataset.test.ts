import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, allFeatures, findFeature, getDataset } from './bundled-dataset';
import { DatasetError, parseDataset } from './parse-dataset';

describe('parseDataset', () => {
  it('parses every bundled file', () => {
    const d = parseDataset(BUNDLED_FILES);
    expect(d.places.features.length).toBeGreaterThanOrEqual(16);
    expect(d.sources.length).toBeGreaterThan(0);
  });

  it('throws a DatasetError on a non-collection', () => {
    expect(() => parseDataset({ ...BUNDLED_FILES, places: { type: 'nope' } })).toThrow(DatasetError);
  });
});

describe('getDataset (the bundle the page uses without parsing it)', () => {
  // The page trusts the bundled files because the build validated them. That holds only while the schemas neither
  // drop an unknown key nor transform a value: then parsing returns exactly what the page uses.
  it('is exactly what parsing the bundled files returns', () => {
    expect(getDataset()).toStrictEqual(parseDataset(BUNDLED_FILES));
  });

  it('is one object', () => {
    expect(getDataset()).toBe(getDataset());
  });

  it('lists the map-visible features', () => {
    const ids = allFeatures(getDataset()).map((f) => f.id);
    expect(ids).toContain('port-rajin');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds features, flow anchors included, by id', () => {
    const d = getDataset();
    expect(findFeature(d, 'port-rajin')?.id).toBe('port-rajin');
    expect(findFeature(d, d.flowAnchors.features[0]!.id)).toBe(d.flowAnchors.features[0]);
    expect(findFeature(d, 'no-such-feature')).toBeUndefined();
  });
});
