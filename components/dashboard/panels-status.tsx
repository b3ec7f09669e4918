'use client';

import { useSyncExternalStore } from 'react';
import type { LiveRange } from '@/lib/timebar/live-range';

const nothingMoving = () => false;

/**
 * Says whether the panels (list, counts, legend, charts) show the range the map shows: false while a range moves
 * or has just moved and they have not caught up. For scripts that wait for the page to settle (e2e, benchmark);
 * nothing is shown.
 */
export function PanelsStatus({ live, settled }: { live: LiveRange; settled: boolean }) {
  // A yes/no snapshot: this re-renders when a move starts and ends, not at each of its steps.
  const moving = useSyncExternalStore(live.subscribe, () => live.get() !== undefined, nothingMoving);
  return <span hidden data-testid="panels-status" data-panels-current={settled && !moving} />;
}
