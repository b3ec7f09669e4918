'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { sameRange, yearsRange, type TimeRange } from '@/data/filter/time-rule';
import type { RangeChangeKind } from '@/components/timebar/timebar-types';
import type { DashboardState } from '@/lib/dashboard-state';
import { createLiveRange } from '@/lib/timebar/live-range';
import { layersWithPreset, type TimePreset } from '@/lib/timebar/presets';
import type { StateChange } from './use-dashboard-state';
import { RANGE_SETTLE_MS } from './use-panel-filter';

type Update = (change: StateChange, options?: { replaceHistory?: boolean }) => void;

/**
 * What the timebar and the charts do to time: set the range, choose a preset (its layers too), click a chart year;
 * and the transient highlight of a hovered chart year or timebar month, which stays out of the URL.
 *
 * A user's choice (a click, typed dates, a preset) goes into the dashboard state at once, as a new history entry.
 * A move (a drag, a held key, playback) goes to `live`, which only the map and the timebar read, step by step from
 * its first, and reaches the state once the range has rested for RANGE_SETTLE_MS: as a new history entry the first
 * time, replacing it if the move goes on after that. A step then costs the map's GPU filter and the timebar, never a
 * render of the whole dashboard, not even the first. `committed` is the state's range: set from anywhere else, it
 * drops a move still waiting.
 */
export function useTimeControls(update: Update, committed: TimeRange | null) {
  const [highlight, setHighlight] = useState<TimeRange | null>(null);
  const [live] = useState(createLiveRange);
  const restTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The moving range last handed to the state, to tell that commit from a range set elsewhere.
  const handedOver = useRef<TimeRange | null | undefined>(undefined);
  // A move has started since the range last reached the state: it goes in as a new history entry.
  const newEntryAtRest = useRef(false);
  const latestCommitted = useRef(committed);

  useEffect(() => {
    latestCommitted.current = committed;
    if (committed === handedOver.current) {
      // The state took the moving range: the live one is done, unless the range has moved on since.
      handedOver.current = undefined;
      if (live.get() === committed) live.set(undefined);
      return;
    }
    // Set elsewhere (a click, a slide, back/forward): that wins over a move still waiting to rest.
    clearTimeout(restTimer.current);
    restTimer.current = undefined;
    newEntryAtRest.current = false;
    live.set(undefined);
  }, [committed, live]);
  useEffect(() => () => clearTimeout(restTimer.current), []);

  const onTimeChange = useCallback(
    (time: TimeRange | null, kind: RangeChangeKind) => {
      clearTimeout(restTimer.current);
      restTimer.current = undefined;
      if (kind !== 'commit') {
        if (kind === 'start') newEntryAtRest.current = true;
        live.set(time);
        restTimer.current = setTimeout(() => {
          restTimer.current = undefined;
          const moved = live.get();
          if (moved === undefined) return;
          const newEntry = newEntryAtRest.current;
          newEntryAtRest.current = false;
          // Moved back to where it was: nothing for the state or the history to take.
          if (sameRange(moved, latestCommitted.current)) return live.set(undefined);
          handedOver.current = moved;
          update({ time: moved }, { replaceHistory: !newEntry });
        }, RANGE_SETTLE_MS);
        return;
      }
      newEntryAtRest.current = false;
      live.set(undefined);
      update({ time });
    },
    [update, live],
  );
  const onPreset = useCallback(
    (preset: TimePreset) => update((current: DashboardState) => ({ layers: layersWithPreset(current.layers, preset) })),
    [update],
  );
  const onYearClick = useCallback((year: number) => onTimeChange(yearsRange(year, year), 'commit'), [onTimeChange]);
  const onYearHover = useCallback((year: number | null) => setHighlight(year === null ? null : yearsRange(year, year)), []);
  return { live, highlight, setHighlight, onTimeChange, onPreset, onYearClick, onYearHover };
}
