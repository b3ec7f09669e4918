import { describe, expect, it } from 'vitest';
import { isoOfDay, parseIsoDay } from '@/data/filter/epoch-day';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import { timeBounds } from './time-bounds';

const d = (iso: string) => parseIsoDay(iso)!;
const layer = (extent: [number, number] | null) => ({ timeExtent: extent }) as UserLayer;

describe('time bounds', () => {
  it('are the data’s span, widened by the user’s layers to the day', () => {
    const curated: [number, number] = [d('2012-01-01'), d('2025-10-01')];
    expect(timeBounds(curated, [])).toEqual(curated);
    expect(timeBounds(curated, [layer(null), layer([Date.UTC(2024, 0, 1), Date.UTC(2026, 2, 3, 23, 59)])]).map(isoOfDay)).toEqual(['2012-01-01', '2026-03-03']);
    expect(timeBounds(curated, [layer([Date.UTC(2009, 5, 1), Date.UTC(2010, 0, 1)])]).map(isoOfDay)).toEqual(['2009-06-01', '2025-10-01']);
  });

  it('fall back to the current year when nothing is dated', () => {
    expect(timeBounds(null, [layer(null)], null, new Date(Date.UTC(2026, 4, 5))).map(isoOfDay)).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('hold the selected range, so a range from a link outside the data is on the band', () => {
    const curated: [number, number] = [d('2012-01-01'), d('2025-10-01')];
    expect(timeBounds(curated, [], [d('2030-01-01'), d('2031-12-31')]).map(isoOfDay)).toEqual(['2012-01-01', '2031-12-31']);
    expect(timeBounds(curated, [], [d('1990-01-01'), d('1991-01-01')]).map(isoOfDay)).toEqual(['1990-01-01', '2025-10-01']);
    expect(timeBounds(curated, [], [d('2018-01-01'), d('2018-03-31')])).toEqual(curated);
    expect(timeBounds(null, [], [d('2018-01-01'), d('2018-03-31')]).map(isoOfDay)).toEqual(['2018-01-01', '2018-03-31']);
  });
});
