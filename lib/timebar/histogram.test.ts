import { describe, expect, it } from 'vitest';
import { dateSpan, msSpan, overlaps, periodSpan } from '@/data/filter/time-rule';
import { getDataset } from '@/data';
import { featureSpan } from '@/data/filter/time-rule';
import { binAt, binByMonth, countByMonth, monthIndexOfDay, monthRange, type TimedRecord } from './histogram';
import { isoOfDay, parseIsoDay } from '@/data/filter/epoch-day';

const d = (iso: string) => parseIsoDay(iso)!;

describe('month histogram', () => {
  it('counts a record in every month its span overlaps', () => {
    const h = binByMonth([
      { id: 'a', span: dateSpan('2018-02-13'), category: 'coal' },
      { id: 'b', span: dateSpan('2018-02-27', '2018-03-02'), category: 'refined-petroleum' },
      { id: 'c', span: dateSpan('2018-04', undefined, 'month'), category: 'coal' },
    ]);
    expect(h.bins.map((b) => [isoOfDay(b.range[0]), isoOfDay(b.range[1]), b.total])).toEqual([
      ['2018-02-01', '2018-02-28', 2],
      ['2018-03-01', '2018-03-31', 1],
      ['2018-04-01', '2018-04-30', 1],
    ]);
    expect(h.bins[0]!.counts).toEqual({ coal: 1, 'refined-petroleum': 1 });
    expect(h.bins[0]!.ids).toEqual(['a', 'b']);
    expect(h.maxTotal).toBe(2);
  });

  it('stacks categories in the order given, then in the order met', () => {
    const h = binByMonth(
      [
        { id: 'a', span: dateSpan('2018-02-13'), category: 'x' },
        { id: 'b', span: dateSpan('2018-02-13'), category: 'coal' },
      ],
      ['refined-petroleum', 'coal'],
    );
    expect(h.categories).toEqual(['coal', 'x']);
  });

  it('counts open and decade-long spans as ongoing instead of raising every bar', () => {
    const h = binByMonth([
      { id: 'a', span: periodSpan({ start: '2013' }), category: 'coal' },
      { id: 'b', span: dateSpan('2000', '2019', 'year'), category: 'coal' },
      { id: 'c', span: dateSpan('2019-05'), category: 'coal' },
    ]);
    expect(h.ongoing).toBe(2);
    expect(h.bins).toHaveLength(1);
  });

  it('knows month ends in leap years', () => {
    expect(monthRange(monthIndexOfDay(d('2024-02-10'))).map(isoOfDay)).toEqual(['2024-02-01', '2024-02-29']);
    expect(monthRange(monthIndexOfDay(d('2023-02-10'))).map(isoOfDay)).toEqual(['2023-02-01', '2023-02-28']);
    expect(monthRange(monthIndexOfDay(d('2023-12-31'))).map(isoOfDay)).toEqual(['2023-12-01', '2023-12-31']);
  });

  it('counts imported positions by month without keeping an id each', () => {
    const seconds = [Date.UTC(2018, 0, 31, 23, 59) / 1000, Date.UTC(2018, 1, 1) / 1000, Date.UTC(2018, 1, 20) / 1000];
    const h = countByMonth(binByMonth([]), 'positions', [Uint32Array.from(seconds.slice(0, 2)), Uint32Array.from(seconds.slice(2))], 1000);
    expect(h.bins.map((b) => [isoOfDay(b.range[0]), b.total, b.ids.length])).toEqual([
      ['2018-01-01', 1, 0],
      ['2018-02-01', 2, 0],
    ]);
    expect(h.categories).toEqual(['positions']);
    expect(binAt(h, d('2018-02-05'))?.total).toBe(2);
    expect(binAt(h, d('2018-03-05'))).toBeUndefined();
    expect(msSpan(seconds[0]! * 1000)[0]).toBe(d('2018-01-31'));
  });

  it('on the bundled incidents, a month’s bar holds exactly the incidents a range of that month selects', () => {
    const incidents = getDataset().stsIncidents.features;
    const records: TimedRecord[] = incidents.map((i) => ({ id: i.id, span: featureSpan(i), category: i.properties.commodity }));
    const h = binByMonth(records);
    expect(h.bins.length).toBeGreaterThan(0);
    for (const bin of h.bins) {
      const selected = incidents.filter((i) => overlaps(featureSpan(i), bin.range)).map((i) => i.id);
      expect(bin.ids.sort()).toEqual(selected.sort());
    }
  });
});
