import { describe, expect, it } from 'vitest';
import { createLiveRange } from './live-range';

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
