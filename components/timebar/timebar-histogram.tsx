'use client';

import { memo } from 'react';
import type { MonthIndex } from '@/lib/timebar/histogram';
import { xOfDay, type TimeView } from '@/lib/timebar/time-scale';
import type { HistogramRow } from './timebar-types';
import styles from './timebar.module.css';

/** Half the range handle's width plus a gap. */
const LABEL_CLEARANCE_PX = 10;

export interface TimebarHistogramProps {
  rows: readonly HistogramRow[];
  view: TimeView;
  widthPx: number;
  rowHeightPx: number;
  /** The first day of the data's span. */
  firstDay: number;
  /** The month under the pointer, outlined. */
  hoveredMonth: MonthIndex | null;
}

/**
 * The histogram rows: one stacked bar per month with records, each row on its own scale (its busiest month fills
 * the row), so a row of a thousand positions does not flatten a row of a dozen incidents. Drawn as plain SVG.
 */
export const TimebarHistogram = memo(function TimebarHistogram({ rows, view, widthPx, rowHeightPx, firstDay, hoveredMonth }: TimebarHistogramProps) {
  if (widthPx <= 0) return null;
  const barArea = rowHeightPx - 4;
  // Right of the data's first day, where the range's handle sits on the full span, so that the handle does not cover it.
  const labelX = Math.max(4, xOfDay(view, widthPx, firstDay) + LABEL_CLEARANCE_PX);
  return (
    <svg className={styles.histogram} width={widthPx} height={rows.length * rowHeightPx} aria-hidden="true">
      {rows.map((row, r) => {
        const top = r * rowHeightPx;
        const { bins, maxTotal, categories } = row.histogram;
        return (
          <g key={row.id} transform={`translate(0 ${top})`}>
            <line className={styles.baseline} x1={0} x2={widthPx} y1={rowHeightPx - 0.5} y2={rowHeightPx - 0.5} />
            {bins.map((bin) => {
              const left = xOfDay(view, widthPx, bin.range[0]);
              const right = xOfDay(view, widthPx, bin.range[1] + 1);
              if (right < 0 || left > widthPx) return null;
              // A hairline gap between months while they are wide enough to spare it.
              const width = Math.max(1, right - left - (right - left > 4 ? 1 : 0));
              let y = rowHeightPx;
              return (
                <g key={bin.month}>
                  {categories.map((category) => {
                    const count = bin.counts[category] ?? 0;
                    if (count === 0) return null;
                    const height = Math.max(1.5, (count / maxTotal) * barArea);
                    y -= height;
                    return <rect key={category} x={left} y={y} width={width} height={height} fill={row.colorOf(category)} />;
                  })}
                  {bin.month === hoveredMonth && (
                    <rect className={styles.hoveredBin} x={left - 0.5} y={1} width={width + 1} height={rowHeightPx - 1.5} />
                  )}
                </g>
              );
            })}
            <text className={styles.rowLabel} x={labelX} y={11}>
              {row.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
