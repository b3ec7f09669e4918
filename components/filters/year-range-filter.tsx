'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { YEAR_BOUNDS } from '@/data/filter/feature-filter';
import styles from './filters.module.css';

export interface YearRangeFilterProps {
  /** Inclusive range within `YEAR_BOUNDS`. */
  years: readonly [from: number, to: number];
  /** `playing`: a step of the player (the host may keep such steps out of browser history). */
  onChange: (years: [from: number, to: number], playing?: boolean) => void;
  /** Milliseconds per step while playing; default 1000. */
  stepMs?: number;
}

const YEARS = Array.from({ length: YEAR_BOUNDS[1] - YEAR_BOUNDS[0] + 1 }, (_, i) => YEAR_BOUNDS[0] + i);

/**
 * The year range: "From year" and "To year" (from ≤ to is kept by moving the other end), and "Play", which steps
 * a one-year range from the start of the current range to its end, one year per step, then stops there. A range
 * of one year plays on to the last year.
 */
export function YearRangeFilter({ years, onChange, stepMs = 1000 }: YearRangeFilterProps) {
  const [from, to] = years;
  // While playing: the last year to show. Local: playing is a transient of this control, not shared state.
  const [playUntil, setPlayUntil] = useState<number | null>(null);
  const fromId = useId();
  const toId = useId();
  // The step timer must not restart when the parent re-renders with a new callback (e.g. on a map hover).
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (playUntil === null) return;
    if (from >= playUntil) {
      // Reached the end: leave the last year shown.
      const done = setTimeout(() => setPlayUntil(null), stepMs);
      return () => clearTimeout(done);
    }
    const step = setTimeout(() => onChangeRef.current([from + 1, from + 1], true), stepMs);
    return () => clearTimeout(step);
  }, [playUntil, from, stepMs]);

  const play = () => {
    const end = from === to ? YEAR_BOUNDS[1] : to;
    if (from >= end) return;
    setPlayUntil(end);
    onChange([from, from]);
  };

  const setFrom = (value: number) => {
    setPlayUntil(null);
    onChange([value, Math.max(value, to)]);
  };
  const setTo = (value: number) => {
    setPlayUntil(null);
    onChange([Math.min(from, value), value]);
  };

  const playing = playUntil !== null;
  return (
    <fieldset className={styles.fieldset}>
      <legend>Years</legend>
      <div className={styles.years}>
        <label htmlFor={fromId}>From year</label>
        <select id={fromId} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>To year</label>
        <select id={toId} value={to} onChange={(e) => setTo(Number(e.target.value))}>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        {playing ? (
          <button type="button" onClick={() => setPlayUntil(null)} aria-label="Stop playing years">
            ■ Stop
          </button>
        ) : (
          <button
            type="button"
            onClick={play}
            aria-label="Play years"
            disabled={from === to && from >= YEAR_BOUNDS[1]}
            title="Step through the years one at a time"
          >
            ▶ Play
          </button>
        )}
      </div>
      <p className={styles.playing} aria-live="polite">
        {playing ? `Playing: ${from} (to ${playUntil})` : ''}
      </p>
    </fieldset>
  );
}
