'use client';

import { createContext, useContext } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { dayOfDate, dateOfDay, isLeapYear } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import { formatTimeRange } from '@/lib/format';

/** How the chart's x axis places years: one band per year (`year` rows), or a continuous decimal year. */
export type YearAxisKind = 'band' | 'decimal';

/** Where in its year a day falls, 0 at 1 January to 1 at the end of 31 December. */
function shareOfYear(day: number): { year: number; share: number } {
  const { year } = dateOfDay(day);
  return { year, share: (day - dayOfDate(year, 1, 1)) / (isLeapYear(year) ? 366 : 365) };
}

/**
 * The selected time range, handed to `SelectedSpan` through context rather than a prop, so that a range move redraws
 * the span alone: a new prop would give recharts a new element tree, and it rebuilds its whole store for one.
 */
export const SelectedRangeContext = createContext<TimeRange | null>(null);

/**
 * The selected time range drawn on an annual chart: a faint band over the plot and a strip along the axis, placed to
 * the day within each year's band. Annual figures are shown for every year the range touches (the one time rule), so
 * this shows how much of those years the range covers: a range of January to March shades a quarter of its year.
 */
export function SelectedSpan({ axis }: { axis: YearAxisKind }) {
  const range = useContext(SelectedRangeContext);
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!range || !scale || !plot) return null;
  // A year's stretch of the axis: its band (bar charts), or for a point per year (line charts) half the way to
  // each neighbour, the whole plot when it is the only one.
  const yearBand = (year: number): [number, number] | undefined => {
    const start = scale(year, { position: 'start' });
    const end = scale(year, { position: 'end' });
    if (start === undefined || end === undefined) return undefined;
    if (end > start) return [start, end];
    const neighbour = scale(year + 1) ?? scale(year - 1);
    const step = neighbour === undefined ? plot.width : Math.abs(neighbour - start);
    return [start - step / 2, start + step / 2];
  };
  const xAt = (day: number): number | undefined => {
    const { year, share } = shareOfYear(day);
    if (axis === 'decimal') return scale(year + share);
    const band = yearBand(year);
    return band && band[0] + share * (band[1] - band[0]);
  };
  const left = xAt(range[0]) ?? plot.x;
  // The end of the last day, i.e. the start of the day after it.
  const right = xAt(range[1] + 1) ?? (axis === 'band' ? yearBand(dateOfDay(range[1]).year)?.[1] : undefined) ?? plot.x + plot.width;
  const x0 = Math.max(plot.x, Math.min(left, right));
  const x1 = Math.min(plot.x + plot.width, Math.max(left, right));
  if (x1 <= x0) return null;
  return (
    <g className="selected-span" pointerEvents="none" aria-label={`Selected: ${formatTimeRange(range)}`}>
      <rect x={x0} y={plot.y} width={x1 - x0} height={plot.height} style={{ fill: 'var(--accent, #1f5fa8)', fillOpacity: 0.07 }} />
      <rect x={x0} y={plot.y + plot.height - 4} width={x1 - x0} height={4} style={{ fill: 'var(--accent, #1f5fa8)', fillOpacity: 0.8 }} />
    </g>
  );
}
