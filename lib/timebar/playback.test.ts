import { describe, expect, it } from 'vitest';
import { isoOfDay, parseIsoDay } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import { DEFAULT_PLAYBACK, playbackNext, playbackStart, stepIntervalMs, steppedRange, type PlaybackSettings } from './playback';

const d = (iso: string) => parseIsoDay(iso)!;
const r = (from: string, to: string): TimeRange => [d(from), d(to)];
const iso = (range: TimeRange | null) => (range ? `${isoOfDay(range[0])}..${isoOfDay(range[1])}` : null);
const BOUNDS = r('2017-01-01', '2018-12-31');

function frames(start: TimeRange, settings: PlaybackSettings, max = 40): string[] {
  const out: string[] = [iso(start)!];
  let range: TimeRange | null = start;
  while (out.length < max) {
    range = playbackNext(range, settings, BOUNDS);
    if (!range) break;
    out.push(iso(range)!);
  }
  return out;
}

describe('playback', () => {
  const monthly: PlaybackSettings = { ...DEFAULT_PLAYBACK, step: 'month', window: 'sliding' };

  it('slides a month-long window month by month, ending on each month’s last day', () => {
    const played = frames(r('2018-01-01', '2018-01-31'), monthly);
    expect(played.slice(0, 4)).toEqual(['2018-01-01..2018-01-31', '2018-02-01..2018-02-28', '2018-03-01..2018-03-31', '2018-04-01..2018-04-30']);
    expect(played.at(-1)).toBe('2018-12-01..2018-12-31');
    expect(played).toHaveLength(12);
  });

  it('slides a quarter by a month without drifting off the month ends', () => {
    expect(frames(r('2018-01-01', '2018-03-31'), monthly).slice(0, 3)).toEqual([
      '2018-01-01..2018-03-31',
      '2018-02-01..2018-04-30',
      '2018-03-01..2018-05-31',
    ]);
  });

  it('grows a cumulative window from a fixed start', () => {
    const played = frames(r('2018-01-01', '2018-01-31'), { ...monthly, window: 'cumulative' });
    expect(played.slice(0, 3)).toEqual(['2018-01-01..2018-01-31', '2018-01-01..2018-02-28', '2018-01-01..2018-03-31']);
    expect(played.at(-1)).toBe('2018-01-01..2018-12-31');
  });

  it('steps by days, weeks and years', () => {
    expect(frames(r('2018-02-27', '2018-02-27'), { ...monthly, step: 'day' }).slice(0, 3)).toEqual([
      '2018-02-27..2018-02-27',
      '2018-02-28..2018-02-28',
      '2018-03-01..2018-03-01',
    ]);
    expect(frames(r('2018-01-01', '2018-01-07'), { ...monthly, step: 'week' }).slice(0, 2)).toEqual(['2018-01-01..2018-01-07', '2018-01-08..2018-01-14']);
    expect(frames(r('2017-01-01', '2017-12-31'), { ...monthly, step: 'year' })).toEqual(['2017-01-01..2017-12-31', '2018-01-01..2018-12-31']);
  });

  it('cuts the last frame at the end of the data, then stops', () => {
    const played = frames(r('2018-11-15', '2018-12-14'), monthly);
    expect(played).toEqual(['2018-11-15..2018-12-14', '2018-12-15..2018-12-31']);
  });

  it('with loop, starts again from the first day after the last frame', () => {
    const looped = { ...monthly, loop: true };
    expect(iso(playbackNext(r('2018-12-01', '2018-12-31'), looped, BOUNDS))).toBe('2017-01-01..2017-01-31');
    expect(iso(playbackNext(r('2018-01-01', '2018-12-31'), { ...looped, window: 'cumulative' }, BOUNDS))).toBe('2018-01-01..2018-01-31');
  });

  it('starts the full span one step at a time from its first day', () => {
    expect(iso(playbackStart(null, monthly, BOUNDS))).toBe('2017-01-01..2017-01-31');
    expect(iso(playbackStart(BOUNDS, { ...monthly, step: 'year' }, BOUNDS))).toBe('2017-01-01..2017-12-31');
  });

  it('plays on from a range inside the data, and starts again from one that reaches the end', () => {
    expect(iso(playbackStart(r('2018-01-01', '2018-03-31'), monthly, BOUNDS))).toBe('2018-01-01..2018-03-31');
    expect(iso(playbackStart(r('2018-10-01', '2018-12-31'), monthly, BOUNDS))).toBe('2017-01-01..2017-03-31');
  });

  it('turns speeds into step intervals', () => {
    expect(stepIntervalMs(1)).toBe(1000);
    expect(stepIntervalMs(4)).toBe(250);
    expect(stepIntervalMs(0.5)).toBe(2000);
  });
});

describe('steppedRange (the step buttons)', () => {
  const monthly: PlaybackSettings = { ...DEFAULT_PLAYBACK, step: 'month', window: 'sliding' };
  const step = (range: TimeRange | null, settings: PlaybackSettings, direction: 1 | -1) => iso(steppedRange(range, settings, BOUNDS, direction));

  it('moves a sliding quarter a month either way, keeping to the month ends', () => {
    expect(step(r('2018-01-01', '2018-03-31'), monthly, 1)).toBe('2018-02-01..2018-04-30');
    expect(step(r('2018-02-01', '2018-04-30'), monthly, -1)).toBe('2018-01-01..2018-03-31');
    expect(step(r('2018-03-01', '2018-05-31'), monthly, -1)).toBe('2018-02-01..2018-04-30');
    expect(step(r('2018-01-08', '2018-01-14'), { ...monthly, step: 'week' }, -1)).toBe('2018-01-01..2018-01-07');
  });

  it('stops at the bounds: nothing forward from the end, nothing back from the start, a cut first step back', () => {
    expect(step(r('2018-10-01', '2018-12-31'), monthly, 1)).toBeNull();
    expect(step(r('2017-01-01', '2017-03-31'), monthly, -1)).toBeNull();
    expect(step(r('2017-01-15', '2017-02-14'), monthly, -1)).toBe('2017-01-01..2017-01-14');
    expect(step(r('2018-11-15', '2018-12-14'), monthly, 1)).toBe('2018-12-15..2018-12-31');
  });

  it('grows and shrinks a cumulative window at its end, never below one step', () => {
    const cumulative: PlaybackSettings = { ...monthly, window: 'cumulative' };
    expect(step(r('2017-01-01', '2017-03-31'), cumulative, 1)).toBe('2017-01-01..2017-04-30');
    expect(step(r('2017-01-01', '2017-03-31'), cumulative, -1)).toBe('2017-01-01..2017-02-28');
    expect(step(r('2017-01-01', '2017-01-31'), cumulative, -1)).toBeNull();
  });

  it('steps from no range (the whole span) to the first window playback shows', () => {
    expect(step(null, monthly, 1)).toBe('2017-01-01..2017-01-31');
    expect(step(null, monthly, -1)).toBeNull();
    expect(step(BOUNDS, { ...monthly, step: 'year' }, 1)).toBe('2017-01-01..2017-12-31');
  });
});
