'use client';

import { memo } from 'react';
import { ticksFor, xOfDay, type TimeView } from '@/lib/timebar/time-scale';
import styles from './timebar.module.css';

/** About the width of a 10 px label character. */
const LABEL_CHAR_PX = 6.5;

export interface TimebarAxisProps {
  view: TimeView;
  widthPx: number;
  heightPx: number;
}

/** The time axis: ticks at the finest unit whose labels fit (decades down to days), year boundaries stronger. */
export const TimebarAxis = memo(function TimebarAxis({ view, widthPx, heightPx }: TimebarAxisProps) {
  if (widthPx <= 0) return null;
  const { ticks } = ticksFor(view, widthPx);
  return (
    <svg className={styles.axis} width={widthPx} height={heightPx} aria-hidden="true">
      {ticks.map((tick) => {
        const x = Math.round(xOfDay(view, widthPx, tick.day)) + 0.5;
        // A label that would run off the right edge is left out rather than cut.
        const fits = x + 3 + tick.label.length * LABEL_CHAR_PX <= widthPx;
        return (
          <g key={tick.day} className={tick.major ? styles.majorTick : styles.tick}>
            <line x1={x} x2={x} y1={0} y2={tick.major ? 6 : 4} />
            {fits && (
              <text x={x + 3} y={heightPx - 3}>
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
