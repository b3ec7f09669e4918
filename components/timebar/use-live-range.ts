'use client';

import { useSyncExternalStore } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import type { LiveRange } from '@/lib/timebar/live-range';

const subscribeNever = () => () => {};
const nothingMoving = () => undefined;

/** The range to draw: the moving one while it moves, else `committed` (the dashboard state's). */
export function useLiveRange(live: LiveRange | undefined, committed: TimeRange | null): TimeRange | null {
  const moving = useSyncExternalStore(live?.subscribe ?? subscribeNever, live?.get ?? nothingMoving, nothingMoving);
  return moving === undefined ? committed : moving;
}
