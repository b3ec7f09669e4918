import { describe, expect, it } from 'vitest';
import { allFeatures, getDataset } from '@/data';
import { normalizeForSearch, searchFeatures } from './search-features';

const features = allFeatures(getDataset());

describe('searchFeatures', () => {
  it('finds Rajin port by its English name, first', () => {
    expect(searchFeatures(features, 'rajin')[0]?.feature.id).toMatch(/rajin/);
    expect(searchFeatures(features, 'Rajin').map((r) => r.feature.id)).toContain('port-rajin');
  });

  it('matches names in Russian', () => {
    expect(searchFeatures(features, 'Владивосток').map((r) => r.feature.id)).toContain('port-vladivostok');
  });

  it('matches vessel names of incidents', () => {
    const results = searchFeatures(features, 'rye song gang');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.feature.properties.kind === 'sts-incident')).toBe(true);
  });

  it('ignores diacritics and case', () => {
    expect(normalizeForSearch('Sŏnbong')).toBe('sonbong');
    expect(searchFeatures(features, 'sonbong').length).toBeGreaterThan(0);
  });

  it('returns nothing for an empty query', () => {
    expect(searchFeatures(features, '   ')).toEqual([]);
  });
});
