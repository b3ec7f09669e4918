import { describe, expect, it } from 'vitest';
import { getDataset } from './bundled-dataset';
import { countRecordsByPeriod } from './period-counts';
import { computeDatasetStats } from './stats';

const d = getDataset();
const counts = new Map(countRecordsByPeriod(d).map((c) => [c.kind, c]));

describe('countRecordsByPeriod (data:check)', () => {
  it('covers the same kinds as the totals, with the same totals', () => {
    const totals = computeDatasetStats(d).counts;
    for (const [kind, c] of counts) expect(c.total, kind).toBe(totals[kind]);
  });

  it('counts each record in every period its dates touch, undated ones apart', () => {
    for (const [kind, c] of counts) {
      expect(c.before2020 + c.from2020 + c.undated, kind).toBeGreaterThanOrEqual(c.total);
      expect(c.undated, kind).toBeLessThanOrEqual(c.total);
    }
    expect(counts.get('claims')).toMatchObject({ before2020: 0, from2020: 0, undated: d.claims.length });
  });

  it('puts the shuttle, the oil runs and the 2020–2025 events in the second period', () => {
    expect(counts.get('timeline events')!.from2020).toBe(d.timeline.filter((e) => e.date >= '2020').length);
    expect(counts.get('sea routes')!.from2020).toBeGreaterThanOrEqual(4);
    expect(counts.get('vessels')!.from2020).toBeGreaterThanOrEqual(8);
  });
});
