import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { parseIsoDay } from '@/data/filter/epoch-day';
import { placeMarks, timelineMarks } from './event-tracks';

const d = (iso: string) => parseIsoDay(iso)!;

describe('event tracks', () => {
  it('turns timeline events into marks by date, with their spans by the one rule', () => {
    const marks = timelineMarks([
      { id: 'b', date: '2018-07', datePrecision: 'month', kind: 'report', title: 'July report' },
      { id: 'a', date: '2017-02-18', dateEnd: '2017-02-19', datePrecision: 'day', kind: 'policy', title: 'Coal suspension' },
    ]);
    expect(marks.map((m) => m.id)).toEqual(['a', 'b']);
    expect(marks[0]!.span).toEqual([d('2017-02-18'), d('2017-02-19')]);
    expect(marks[1]!.span).toEqual([d('2018-07-01'), d('2018-07-31')]);
  });

  it('spreads marks that would touch over lanes, and keeps a one-day mark wide enough to hover', () => {
    const view = { startDay: d('2018-01-01'), endDay: d('2018-01-01') + 100 };
    const marks = timelineMarks([
      { id: 'a', date: '2018-01-10', datePrecision: 'day', kind: 'x', title: 'A' },
      { id: 'b', date: '2018-01-10', datePrecision: 'day', kind: 'x', title: 'B' },
      { id: 'c', date: '2018-01-11', datePrecision: 'day', kind: 'x', title: 'C' },
      { id: 'e', date: '2018-03-01', datePrecision: 'day', kind: 'x', title: 'E' },
      { id: 'z', date: '2019-03-01', datePrecision: 'day', kind: 'x', title: 'outside the view' },
    ]);
    const placed = placeMarks(marks, view, 1000, { maxLanes: 2, minWidthPx: 8 });
    expect(placed.map((p) => [p.mark.id, p.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
      ['e', 0],
    ]);
    expect(placed.every((p) => p.widthPx >= 8)).toBe(true);
    // The one-day mark is centred on its day.
    expect(placed[0]!.x + placed[0]!.widthPx / 2).toBeCloseTo(95);
  });

  it('places every bundled timeline event in view without losing one', () => {
    const events = getDataset().timeline;
    const marks = timelineMarks(events);
    const view = { startDay: d('2012-01-01'), endDay: d('2026-01-01') };
    expect(placeMarks(marks, view, 900)).toHaveLength(events.length);
  });
});
