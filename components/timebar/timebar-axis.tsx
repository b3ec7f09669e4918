'use client';

import { memo } from 'react';
import { ticksFor, xOfDay, type Tick, type TimeView } from '@/lib/timebar/time-scale';
import styles from './timebar.module.css';

/** About the width of a 10 px label character. */
const LABEL_CHAR_PX = 6.5;
/** The least room between two labels. */
const LABEL_GAP_PX = 6;

/**
 * Which ticks keep their label: none that would run off the right edge or into the label before it (the first
 * label names its month and year, so it can reach past the next tick). Left out rather than cut.
 */
function labelsThatFit(ticks: readonly Tick[], xs: readonly number[], widthPx: number): boolean[] {
  let labelsEndX = -Infinity;
  return ticks.map((tick, i) => {
    const startX = xs[i]! + 3;
    const endX = startX + tick.label.length * LABEL_CHAR_PX;
    const fits = endX <= widthPx && startX >= labelsEndX + LABEL_GAP_PX;
    if (fits) labelsEndX = endX;
    return fits;
  });
}

export interface TimebarAxisProps {
  view: TimeView;
  widthPx: number;
  heightPx: number;
}

/** The time axis: ticks at the finest unit whose labels fit (decades down to days), year boundaries stronger. */
export const TimebarAxis = memo(function TimebarAxis({ view, widthPx, heightPx }: TimebarAxisProps) {
  if (widthPx <= 0) return null;
  const { ticks } = ticksFor(view, widthPx);
  const xs = ticks.map((tick) => Math.round(xOfDay(view, widthPx, tick.day)) + 0.5);
  const labelled = labelsThatFit(ticks, xs, widthPx);
  return (
    <svg className={styles.axis} width={widthPx} height={heightPx} aria-hidden="true">
      {ticks.map((tick, i) => {
        const x = xs[i]!;
        const fits = labelled[i];
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
