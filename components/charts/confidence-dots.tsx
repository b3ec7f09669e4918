'use client';

import type { TradeCell, TradeChartRow } from '@/lib/chart-series/trade-rows';
import { SeriesMarks, type ColoredSeries } from './series-marks';

const DOT_RADIUS_PX = 3.5;

const cellOf = (row: TradeChartRow, s: ColoredSeries) => row.cells[s.id];
const at = (row: TradeChartRow, cell: TradeCell) => ({ x: row.year, y: cell.valueUsd });
const dot = (s: ColoredSeries, row: TradeChartRow, cell: TradeCell, cx: number, cy: number) => (
  <circle
    cx={cx}
    cy={cy}
    r={DOT_RADIUS_PX}
    stroke={s.color}
    strokeWidth={1.5}
    fill={cell.confidence === 'reported' ? s.color : 'var(--panel, #fff)'}
    data-series={s.id}
    data-year={row.year}
    data-confidence={cell.confidence}
  />
);

/** The trade chart's points, filled for a reported figure and hollow for an estimated, alleged or unverified one. */
export function ConfidenceDots({ rows, series }: { rows: readonly TradeChartRow[]; series: readonly ColoredSeries[] }) {
  return <SeriesMarks rows={rows} series={series} cellOf={cellOf} at={at} mark={dot} />;
}
