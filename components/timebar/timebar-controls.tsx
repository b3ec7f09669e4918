'use client';

import { useCallback } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import type { LiveRange } from '@/lib/timebar/live-range';
import { DateField, type ShownDay } from './date-field';
import { PlaybackControls, type PlaybackControlsProps } from './playback-controls';
import styles from './timebar.module.css';

export interface TimebarControlsProps extends PlaybackControlsProps {
  /** The range the typed dates show (the bounds when there is no filter). */
  range: TimeRange;
  bounds: TimeRange;
  /** The range while it moves: the typed dates follow each step. */
  live?: LiveRange | undefined;
  onDates: (range: TimeRange) => void;
}

/**
 * Playback (play/pause, step, speed, window, loop) and the two typed dates. Both memoised: a moving range (whose
 * dates the host passes once it rests) draws neither again, since a native date input rebuilds its fields per value;
 * the dates follow its steps from `live` instead.
 */
export function TimebarControls({ range, bounds, live, onDates, ...playback }: TimebarControlsProps) {
  const [from, to] = range;
  const commitFrom = useCallback((day: number) => onDates([day, to]), [onDates, to]);
  const commitTo = useCallback((day: number) => onDates([from, day]), [onDates, from]);
  const fromIn = useCallback((moving: TimeRange | null): ShownDay => {
    const [start, end] = moving ?? bounds;
    return { day: start, min: bounds[0], max: end };
  }, [bounds]);
  const toIn = useCallback((moving: TimeRange | null): ShownDay => {
    const [start, end] = moving ?? bounds;
    return { day: end, min: start, max: bounds[1] };
  }, [bounds]);
  return (
    <div className={styles.controls}>
      <PlaybackControls {...playback} />
      <div className={styles.group} role="group" aria-label="Dates">
        <DateField label="From" day={from} min={bounds[0]} max={to} onCommit={commitFrom} live={live} shownIn={fromIn} />
        <DateField label="To" day={to} min={from} max={bounds[1]} onCommit={commitTo} live={live} shownIn={toIn} />
      </div>
    </div>
  );
}
