import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveRange, rangeNow, whenRested } from './live-range';

describe('createLiveRange', () => {
  it('holds the moving range, tells its subscribers each change once, and says nothing moves after undefined', () => {
    const live = createLiveRange();
    expect(live.get()).toBeUndefined();
    const calls: unknown[] = [];
    const stop = live.subscribe(() => calls.push(live.get()));
    const step: [number, number] = [17532, 17621];
    live.set(step);
    live.set(step); // the same range again: no news
    live.set(null); // moving to "no range" is a value, not "nothing moving"
    live.set(undefined);
    expect(calls).toEqual([step, null, undefined]);
    stop();
    live.set(step);
    expect(calls).toHaveLength(3);
    expect(live.get()).toBe(step);
  });
});

describe('rangeNow', () => {
  it('is the moving range while one moves (no range included), else the committed one', () => {
    const live = createLiveRange();
    const committed: [number, number] = [17532, 17621];
    expect(rangeNow(undefined, committed)).toBe(committed);
    expect(rangeNow(live, committed)).toBe(committed);
    const step: [number, number] = [17533, 17622];
    live.set(step);
    expect(rangeNow(live, committed)).toBe(step);
    live.set(null);
    expect(rangeNow(live, committed)).toBeNull();
    live.set(undefined);
    expect(rangeNow(live, null)).toBeNull();
  });
});

describe('whenRested', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const settled: [number, number] = [17532, 17621];

  it('runs after the delay when nothing moves', () => {
    const then = vi.fn();
    whenRested(createLiveRange(), settled, 200, then);
    vi.advanceTimersByTime(199);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('waits while a move is under way away from the settled range, however long it lasts', () => {
    const live = createLiveRange();
    const then = vi.fn();
    // A drag that went on after its range reached the state: it moves on in `live`, one step per 50 ms for 2 s.
    whenRested(live, settled, 200, then);
    for (let i = 1; i <= 40; i++) {
      live.set([settled[0] + i, settled[1] + i]);
      vi.advanceTimersByTime(50);
    }
    expect(then).not.toHaveBeenCalled();
    // It rests: the state takes the moved range (the host cancels this wait and starts another), and nothing moves.
    live.set(undefined);
    vi.advanceTimersByTime(200);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs when the move comes back to the settled range, or was to no range and the state has none either', () => {
    const live = createLiveRange();
    const then = vi.fn();
    live.set([settled[0] + 3, settled[1] + 3]);
    whenRested(live, settled, 200, then);
    vi.advanceTimersByTime(400);
    expect(then).not.toHaveBeenCalled();
    live.set([settled[0], settled[1]]);
    vi.advanceTimersByTime(200);
    expect(then).toHaveBeenCalledTimes(1);

    const none = vi.fn();
    live.set(null);
    whenRested(live, null, 200, none);
    vi.advanceTimersByTime(200);
    expect(none).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled, even while it was asking again', () => {
    const live = createLiveRange();
    const then = vi.fn();
    live.set([settled[0] + 1, settled[1] + 1]);
    const cancel = whenRested(live, settled, 200, then);
    vi.advanceTimersByTime(300);
    cancel();
    live.set(undefined);
    vi.advanceTimersByTime(1_000);
    expect(then).not.toHaveBeenCalled();
  });
});
