import { describe, expect, it } from 'vitest';
import { getDataset } from './bundled-dataset';
import { DATED_RECORD_KINDS, computeDatasetSpan, datesOf } from './dataset-span';
import type { Dataset } from './dataset-types';

const d = getDataset();

describe('computeDatasetSpan', () => {
  it('runs the bundled data from its first to its last dated record, through 2025', () => {
    const span = computeDatasetSpan(d)!;
    const all = DATED_RECORD_KINDS.flatMap((k) => datesOf(d, k)).sort();
    expect(span.first).toBe(all[0]);
    expect(span.last).toBe(all.at(-1));
    expect(span.lastYear).toBe(2025);
    expect(span.firstYear).toBeLessThanOrEqual(2013);
  });

  it('leaves out the periods of places and rail lines (infrastructure since 1893), and UN caps', () => {
    expect(d.places.features.some((f) => f.properties.period.start === '1893')).toBe(true);
    expect(computeDatasetSpan(d)!.firstYear).toBeGreaterThan(1900);
  });

  it('follows the records: a later event moves the end, a kind filter narrows the span', () => {
    const later: Dataset = { ...d, timeline: [...d.timeline, { ...d.timeline[0]!, id: 'event-x', date: '2031-02-03', datePrecision: 'day' }] };
    expect(computeDatasetSpan(later)).toMatchObject({ last: '2031-02-03', lastYear: 2031 });
    const trade = computeDatasetSpan(d, ['trade'])!;
    const years = d.trade.series.flatMap((s) => s.points.map((p) => p.year));
    expect(trade).toMatchObject({ firstYear: Math.min(...years), lastYear: Math.max(...years) });
  });

  it('is undefined where nothing is dated', () => {
    const empty: Dataset = { ...d, timeline: [] };
    expect(computeDatasetSpan(empty, ['timeline'])).toBeUndefined();
  });
});
