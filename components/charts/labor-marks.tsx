'use client';

import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { LaborBound, LaborChartRow } from '@/lib/chart-series/labor-rows';

export interface MarkedSeries {
  id: string;
  color: string;
}

/**
 * The mark for one stated figure: a dot for a single value (filled if reported, hollow otherwise), a triangle
 * pointing up for a floor ("more than"), down for a ceiling ("up to"), and a short tick at the low end of a range,
 * whose span the error bar draws.
 */
function LaborMark({ cx, cy, color, bound, reported }: { cx: number; cy: number; color: string; bound: LaborBound; reported: boolean }) {
  const fill = reported ? color : 'var(--panel, #fff)';
  switch (bound) {
    case 'exact':
      return <circle cx={cx} cy={cy} r={4} fill={fill} stroke={color} strokeWidth={1.5} />;
    case 'lower':
      return <path d={`M${cx},${cy - 6} L${cx + 5},${cy + 3} L${cx - 5},${cy + 3} Z`} fill={fill} stroke={color} strokeWidth={1.5} />;
    case 'upper':
      return <path d={`M${cx},${cy + 6} L${cx + 5},${cy - 3} L${cx - 5},${cy - 3} Z`} fill={fill} stroke={color} strokeWidth={1.5} />;
    case 'range':
      return <line x1={cx - 5} x2={cx + 5} y1={cy} y2={cy} stroke={color} strokeWidth={2} />;
  }
}

/**
 * Every stated head count of the labor chart's series, above their error bars. One component for all series rather
 * than each Line's `dot`, for the reason given at `ConfidenceDots`: recharts remounts a Line's dots on every change.
 */
export function LaborMarks({ rows, series }: { rows: readonly LaborChartRow[]; series: readonly MarkedSeries[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      {xScale && yScale && (
        <g data-labor-marks="">
          {series.map((s) =>
            rows.map((row) => {
              const cell = row.cells[s.id];
              const cx = cell && xScale(row.t);
              const cy = cell && yScale(cell.plot);
              if (!cell || cx == null || cy == null) return null;
              return (
                <g key={`${s.id}-${row.date}`} data-series={s.id} data-date={row.date} data-bound={cell.bound} data-confidence={cell.confidence}>
                  <LaborMark cx={cx} cy={cy} color={s.color} bound={cell.bound} reported={cell.confidence === 'reported'} />
                </g>
              );
            }),
          )}
        </g>
      )}
    </ZIndexLayer>
  );
}
