import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '@/data/filter/epoch-day';
import { rangeSummary } from './timebar-summary';

const d = (iso: string) => parseIsoDay(iso)!;
const RECORDS: [number, number] = [d('2012-01-01'), d('2025-10-01')];

describe('rangeSummary', () => {
  it('names the range and its length, and the records’ span when there is no filter', () => {
    expect(rangeSummary([d('2018-01-01'), d('2018-03-31')], RECORDS)).toBe('1 Jan 2018 – 31 Mar 2018 (90 days)');
    expect(rangeSummary(null, RECORDS)).toBe('No time filter: 1 Jan 2012 – 1 Oct 2025 and undated records');
  });

  it('says when the range lies wholly after or before the dated records', () => {
    expect(rangeSummary([d('2030-01-01'), d('2031-12-31')], RECORDS)).toBe('1 Jan 2030 – 31 Dec 2031 (730 days), after the last dated record (1 Oct 2025)');
    expect(rangeSummary([d('1990-01-01'), d('1990-12-31')], RECORDS)).toBe('1 Jan 1990 – 31 Dec 1990 (365 days), before the first dated record (1 Jan 2012)');
    // Partly outside: the band shows where the records stop.
    expect(rangeSummary([d('2025-06-01'), d('2026-06-30')], RECORDS)).toBe('1 Jun 2025 – 30 Jun 2026 (395 days)');
  });
});
