'use client';

import { throttle } from 'es-toolkit';
import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import type { LiveRange } from '@/lib/timebar/live-range';

const subscribeNever = () => () => {};
const nothingMoving = () => undefined;

/** The range to draw: the moving one while it moves, else `committed` (the dashboard state's). */
export function useLiveRange(live: LiveRange | undefined, committed: TimeRange | null): TimeRange | null {
  const moving = useSyncExternalStore(live?.subscribe ?? subscribeNever, live?.get ?? nothingMoving, nothingMoving);
  return moving === undefined ? committed : moving;
}

/**
 * Runs `onStep` (the latest one given) on each step of a move, outside React: for what must follow every step (the
 * map's layers, the timebar's selection and summary) without a render. Subscribed in a layout effect, so a step
 * never reaches a callback older than the last render. With `atMostEveryMs`, steps closer together than that are
 * run as one, after the last of them (throttled, leading and trailing edges).
 */
export function useLiveSteps(live: LiveRange | undefined, onStep: () => void, atMostEveryMs?: number): void {
  const latest = useRef(onStep);
  useLayoutEffect(() => {
    latest.current = onStep;
  });
  useLayoutEffect(() => {
    if (!live) return undefined;
    if (atMostEveryMs === undefined) return live.subscribe(() => latest.current());
    const step = throttle(() => latest.current(), atMostEveryMs);
    const unsubscribe = live.subscribe(step);
    return () => {
      unsubscribe();
      step.cancel();
    };
  }, [live, atMostEveryMs]);
}
