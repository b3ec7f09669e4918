'use client';

import type { LaborBound, LaborCell, LaborChartRow } from '@/lib/chart-series/labor-rows';
import { SeriesMarks, type ColoredSeries } from './series-marks';

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

const cellOf = (row: LaborChartRow, s: ColoredSeries) => row.cells[s.id];
const at = (row: LaborChartRow, cell: LaborCell) => ({ x: row.t, y: cell.plot });
const mark = (s: ColoredSeries, row: LaborChartRow, cell: LaborCell, cx: number, cy: number) => (
  <g data-series={s.id} data-date={row.date} data-bound={cell.bound} data-confidence={cell.confidence}>
    <LaborMark cx={cx} cy={cy} color={s.color} bound={cell.bound} reported={cell.confidence === 'reported'} />
  </g>
);

/** Every stated head count of the labor chart's series, above their error bars. */
export function LaborMarks({ rows, series }: { rows: readonly LaborChartRow[]; series: readonly ColoredSeries[] }) {
  return <SeriesMarks rows={rows} series={series} cellOf={cellOf} at={at} mark={mark} />;
}
