'use client';

import { useEffect } from 'react';
import type { Commodity } from '@/data/schema/commodity';
import type { TimeRange } from '@/data/filter/time-rule';

/** A filter change the benchmark asks for; what is left out stays as it is. */
export interface BenchFilterChange {
  commodities?: Commodity[];
  /** A time range in epoch days (time-rule.ts), or null for none. */
  time?: TimeRange | null;
}

/**
 * What a benchmark page exposes as `window.__bench`, the same on the app and the reference page, so the harness
 * (scripts/bench/run.mjs) drives both alike. Only the pages under /bench install it.
 */
export interface BenchHook {
  variant: 'app' | 'reference';
  /** SYNTHETIC points the page was asked to draw. */
  syntheticPoints: number;
  setFilter: (change: BenchFilterChange) => void;
}

declare global {
  interface Window {
    __bench?: BenchHook;
  }
}

/** Installs `hook` as `window.__bench` while the component is mounted. */
export function useBenchHook(hook: BenchHook): void {
  useEffect(() => {
    window.__bench = hook;
    return () => {
      if (window.__bench === hook) delete window.__bench;
    };
  }, [hook]);
}
