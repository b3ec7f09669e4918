'use client';

import { useCallback } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import { DateField } from './date-field';
import { PlaybackControls, type PlaybackControlsProps } from './playback-controls';
import styles from './timebar.module.css';

export interface TimebarControlsProps extends PlaybackControlsProps {
  /** The range the typed dates show (the bounds when there is no filter). */
  range: TimeRange;
  bounds: TimeRange;
  onDates: (range: TimeRange) => void;
}

/**
 * Playback (play/pause, step, speed, window, loop) and the two typed dates. Both memoised: a moving range (whose
 * dates the host passes once it rests) draws neither again, and a native date input rebuilds its fields per value.
 */
export function TimebarControls({ range, bounds, onDates, ...playback }: TimebarControlsProps) {
  const [from, to] = range;
  const commitFrom = useCallback((day: number) => onDates([day, to]), [onDates, to]);
  const commitTo = useCallback((day: number) => onDates([from, day]), [onDates, from]);
  return (
    <div className={styles.controls}>
      <PlaybackControls {...playback} />
      <div className={styles.group} role="group" aria-label="Dates">
        <DateField label="From" day={from} min={bounds[0]} max={to} onCommit={commitFrom} />
        <DateField label="To" day={to} min={from} max={bounds[1]} onCommit={commitTo} />
      </div>
    </div>
  );
}
