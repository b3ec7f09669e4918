'use client';

import type { TimeRange } from '@/data/filter/time-rule';
import type { LiveRange } from '@/lib/timebar/live-range';
import { formatDayRange, formatRangeLength } from './format-day';
import { useLiveRange } from './use-live-range';
import styles from './timebar.module.css';

/** The selected range in words; null is no time filter, the whole span of the data. */
export function rangeSummary(range: TimeRange | null, bounds: TimeRange): string {
  return range === null
    ? `All dates: ${formatDayRange(bounds)} and undated records (no time filter)`
    : `${formatDayRange(range)} (${formatRangeLength(range)})`;
}

export interface TimebarSummaryProps {
  /** The selected range (the dashboard state's). */
  range: TimeRange | null;
  /** The range while it moves: the summary follows each step, as the selection does, and nothing else redraws. */
  live?: LiveRange;
  bounds: TimeRange;
  playing: boolean;
}

/** Where the range is, in words: a polite live region, so a screen reader hears where playback is. */
export function TimebarSummary({ range, live, bounds, playing }: TimebarSummaryProps) {
  const shown = useLiveRange(live, range);
  return (
    <span className={styles.summary} role="status" aria-live="polite" aria-label="Selected time range">
      {playing ? 'Playing: ' : ''}
      {rangeSummary(shown, bounds)}
    </span>
  );
}
