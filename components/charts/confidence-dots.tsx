'use client';

import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { TradeChartRow } from '@/lib/chart-series/trade-rows';

const DOT_RADIUS_PX = 3.5;

export interface DottedSeries {
  id: string;
  color: string;
}

/**
 * The points of the trade chart's lines, filled for a reported figure and hollow for an estimated, alleged or unverified
 * one, drawn above the lines. One component for all series rather than each Line's `dot`: recharts remounts a Line's
 * dots whenever its points change, and each remount registers and drops a z-index layer in the chart's store, which
 * made a commodity change cost the chart (and the page's heap) a good deal more than the lines themselves.
 */
export function ConfidenceDots({ rows, series }: { rows: readonly TradeChartRow[]; series: readonly DottedSeries[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      {xScale && yScale && (
        <g data-confidence-dots="">
          {series.map((s) =>
            rows.map((row) => {
              const cell = row.cells[s.id];
              const cx = cell && xScale(row.year);
              const cy = cell && yScale(cell.valueUsd);
              if (!cell || cx == null || cy == null) return null;
              const reported = cell.confidence === 'reported';
              return (
                <circle
                  key={`${s.id}-${row.year}`}
                  cx={cx}
                  cy={cy}
                  r={DOT_RADIUS_PX}
                  stroke={s.color}
                  strokeWidth={1.5}
                  fill={reported ? s.color : 'var(--panel, #fff)'}
                  data-series={s.id}
                  data-year={row.year}
                  data-confidence={cell.confidence}
                />
              );
            }),
          )}
        </g>
      )}
    </ZIndexLayer>
  );
}
