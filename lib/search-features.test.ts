import { describe, expect, it } from 'vitest';
import { allFeatures, getDataset } from '@/data';
import { normalizeForSearch, searchFeatures, searchTimelineEvents } from './search-features';

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

describe('searchTimelineEvents', () => {
  const events = getDataset().timeline;

  it('finds a resolution by its number, whole titles first, then by date', () => {
    expect(searchTimelineEvents(events, '2397').map((r) => r.event.id)).toEqual(['event-2017-12-22-unscr-2397', 'event-2019-12-22-repatriation-deadline']);
    expect(searchTimelineEvents(events, 'unscr 2397').map((r) => r.rank)).toEqual([0, 0]);
  });

  it('finds inside titles, by date, and nothing for an empty query', () => {
    expect(searchTimelineEvents(events, 'nuclear test').map((r) => r.event.date)).toEqual(['2016-01-06', '2016-09-09', '2017-09-03']);
    expect(searchTimelineEvents(events, ' ')).toEqual([]);
  });
});
