import { describe, expect, it } from 'vitest';
import { isoOfDay, parseIsoDay } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import { dragEnd, dragRange, keyMove, moveRange, type KeyMove, type RangeHandle } from './range-keys';

const d = (iso: string) => parseIsoDay(iso)!;
const r = (from: string, to: string): TimeRange => [d(from), d(to)];
const iso = (range: TimeRange) => [isoOfDay(range[0]), isoOfDay(range[1])];
const BOUNDS = r('2013-01-01', '2025-12-31');

function press(range: TimeRange, handle: RangeHandle, key: string, shift = false) {
  const move = keyMove(key, shift) as KeyMove;
  return iso(moveRange(range, handle, move, BOUNDS));
}

describe('keyboard model', () => {
  const q1 = r('2018-01-01', '2018-03-31');

  it('moves the focused end a day with the arrows, a month with Shift, a year with Page keys', () => {
    expect(press(q1, 'from', 'ArrowRight')).toEqual(['2018-01-02', '2018-03-31']);
    expect(press(q1, 'from', 'ArrowLeft')).toEqual(['2017-12-31', '2018-03-31']);
    expect(press(q1, 'to', 'ArrowUp')).toEqual(['2018-01-01', '2018-04-01']);
    expect(press(q1, 'to', 'ArrowDown')).toEqual(['2018-01-01', '2018-03-30']);
    expect(press(q1, 'to', 'ArrowRight', true)).toEqual(['2018-01-01', '2018-04-30']);
    expect(press(q1, 'from', 'ArrowLeft', true)).toEqual(['2017-12-01', '2018-03-31']);
    expect(press(q1, 'to', 'PageUp')).toEqual(['2018-01-01', '2019-03-31']);
    expect(press(q1, 'from', 'PageDown')).toEqual(['2017-01-01', '2018-03-31']);
  });

  it('keeps a month step on the calendar: 31 January + 1 month is the last day of February', () => {
    expect(press(r('2018-01-31', '2018-06-30'), 'from', 'ArrowRight', true)).toEqual(['2018-02-28', '2018-06-30']);
    expect(press(r('2020-01-31', '2020-06-30'), 'from', 'ArrowRight', true)).toEqual(['2020-02-29', '2020-06-30']);
  });

  it('never lets one end pass the other nor leave the bounds', () => {
    const oneDay = r('2018-02-13', '2018-02-13');
    expect(press(oneDay, 'from', 'ArrowRight')).toEqual(['2018-02-13', '2018-02-13']);
    expect(press(oneDay, 'to', 'ArrowLeft')).toEqual(['2018-02-13', '2018-02-13']);
    expect(press(r('2018-02-01', '2018-02-10'), 'from', 'ArrowRight', true)).toEqual(['2018-02-10', '2018-02-10']);
    expect(press(r('2013-01-01', '2018-01-01'), 'from', 'ArrowLeft')).toEqual(['2013-01-01', '2018-01-01']);
    expect(press(r('2018-01-01', '2025-12-31'), 'to', 'PageUp')).toEqual(['2018-01-01', '2025-12-31']);
  });

  it('sends Home and End as far as the handle may go', () => {
    expect(press(q1, 'from', 'Home')).toEqual(['2013-01-01', '2018-03-31']);
    expect(press(q1, 'from', 'End')).toEqual(['2018-03-31', '2018-03-31']);
    expect(press(q1, 'to', 'Home')).toEqual(['2018-01-01', '2018-01-01']);
    expect(press(q1, 'to', 'End')).toEqual(['2018-01-01', '2025-12-31']);
  });

  it('moves the whole range keeping its length, stopping at the bounds', () => {
    expect(press(q1, 'range', 'ArrowRight')).toEqual(['2018-01-02', '2018-04-01']);
    expect(press(q1, 'range', 'End')).toEqual(['2025-10-03', '2025-12-31']);
    expect(press(q1, 'range', 'Home')).toEqual(['2013-01-01', '2013-03-31']);
    expect(press(r('2025-11-01', '2025-12-30'), 'range', 'ArrowRight', true)).toEqual(['2025-11-02', '2025-12-31']);
  });

  it('ignores other keys', () => {
    expect(keyMove('a', false)).toBeNull();
    expect(keyMove('Enter', true)).toBeNull();
  });
});

describe('dragging', () => {
  it('moves one end to the day under the pointer, stopping at the other end and the bounds', () => {
    const q1 = r('2018-01-01', '2018-03-31');
    expect(iso(dragEnd(q1, 'from', d('2017-11-05'), BOUNDS))).toEqual(['2017-11-05', '2018-03-31']);
    expect(iso(dragEnd(q1, 'from', d('2018-06-05'), BOUNDS))).toEqual(['2018-03-31', '2018-03-31']);
    expect(iso(dragEnd(q1, 'to', d('2030-01-01'), BOUNDS))).toEqual(['2018-01-01', '2025-12-31']);
  });

  it('moves the whole range by whole days', () => {
    expect(iso(dragRange(r('2018-01-01', '2018-03-31'), 10.4, BOUNDS))).toEqual(['2018-01-11', '2018-04-10']);
    expect(iso(dragRange(r('2018-01-01', '2018-03-31'), -1e6, BOUNDS))).toEqual(['2013-01-01', '2013-03-31']);
  });
});
