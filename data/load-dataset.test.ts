import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, getDataset, parseDataset, allFeatures, DatasetError } from './load-dataset';

describe('parseDataset', () => {
  it('parses every bundled file', () => {
    const d = parseDataset(BUNDLED_FILES);
    expect(d.places.features.length).toBeGreaterThanOrEqual(16);
    expect(d.sources.length).toBeGreaterThan(0);
  });

  it('memoises getDataset', () => {
    expect(getDataset()).toBe(getDataset());
  });

  it('lists the map-visible features', () => {
    const ids = allFeatures(getDataset()).map((f) => f.id);
    expect(ids).toContain('port-rajin');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('throws a DatasetError on a non-collection', () => {
    expect(() => parseDataset({ ...BUNDLED_FILES, places: { type: 'nope' } })).toThrow(DatasetError);
  });
});
