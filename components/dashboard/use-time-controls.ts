'use client';

import { useCallback, useState } from 'react';
import { yearsRange, type TimeRange } from '@/data/filter/time-rule';
import type { RangeChangeKind } from '@/components/timebar/timebar-types';
import type { DashboardState } from '@/lib/dashboard-state';
import { layersWithPreset, type TimePreset } from '@/lib/timebar/presets';
import type { StateChange } from './use-dashboard-state';

type Update = (change: StateChange, options?: { replaceHistory?: boolean }) => void;

/**
 * What the timebar and the charts do to time: set the range (playback frames and a drag's later moves replace the
 * history entry, so back/forward skip them, not the user's choices), choose a preset (its layers too), click a chart
 * year; and the transient highlight of a hovered chart year or timebar month, which stays out of the URL.
 */
export function useTimeControls(update: Update) {
  const [highlight, setHighlight] = useState<TimeRange | null>(null);
  const onTimeChange = useCallback(
    (time: TimeRange | null, kind: RangeChangeKind) => update({ time }, { replaceHistory: kind === 'transient' }),
    [update],
  );
  const onPreset = useCallback(
    (preset: TimePreset) => update((current: DashboardState) => ({ layers: layersWithPreset(current.layers, preset) })),
    [update],
  );
  const onYearClick = useCallback((year: number) => update({ time: yearsRange(year, year) }), [update]);
  const onYearHover = useCallback((year: number | null) => setHighlight(year === null ? null : yearsRange(year, year)), []);
  return { highlight, setHighlight, onTimeChange, onPreset, onYearClick, onYearHover };
}
