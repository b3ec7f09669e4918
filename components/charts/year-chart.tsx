'use client';

import { useCallback, useMemo, type ReactNode } from 'react';
import { BarChart, CartesianGrid, ComposedChart, LineChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { Confidence, Source } from '@/data';
import { ConfidenceBadge } from '@/components/ui/confidence-badge';
import { ChartFrame, type ChartFrameProps } from './chart-frame';
import { ChartTooltipBox, type TooltipEntry } from './chart-tooltip';
import type { ChartCommonProps } from './chart-types';
import { SelectedRangeContext, SelectedSpan, type YearAxisKind } from './selected-span';
import { indexSources, SourceRefs } from './source-refs';
import { useStableWhileEqual } from '@/components/ui/use-stable-while-equal';
import { useYearEvents } from './use-year-events';

const CHARTS = { line: LineChart, bar: BarChart, composed: ComposedChart } as const;
const CLICKABLE_STYLE = { cursor: 'pointer' } as const;
const BAND_CURSOR = { fillOpacity: 0.15 } as const;

/** What the tooltip shows for the row under the pointer. */
export interface YearTooltip {
  heading: string;
  entries: readonly TooltipEntry[];
  /** Said where the row has no figure. */
  emptyText?: string;
}

export interface YearChartProps<Row extends { year: number }> extends Omit<ChartFrameProps, 'children' | 'table'> {
  /** The recharts chart that draws the series. */
  kind: keyof typeof CHARTS;
  /** One row per year (or per dated figure): what the series, the tooltip and the year events read. */
  rows: readonly Row[];
  margin: { top: number; right: number; bottom: number; left: number };
  /** Vertical grid lines too (a continuous time axis); a category axis gets horizontal lines only. */
  verticalGrid?: boolean;
  xAxis: ReactNode;
  yAxis: ReactNode;
  tooltip: (row: Row) => YearTooltip;
  /** A shaded band under the pointer (bar charts). */
  tooltipCursor?: boolean;
  /** Builds the "Show data" table from the source index the shell made; called only while the table is shown. */
  table: (sourceIndex: ReadonlyMap<string, Source>) => ReactNode;
  common: ChartCommonProps;
  /** How the x axis places years, for drawing the selected time range on it; default one band per year. */
  yearAxis?: YearAxisKind;
  /** The series: recharts `Line`s or `Bar`s. */
  children: ReactNode;
}

/**
 * The frame every year chart shares: title, unit, empty sentence, legend and "Show data" (ChartFrame); the plot with
 * its grid, axes and tooltip of sourced figures; the selected time range shaded on the year axis; clicking or
 * hovering a year reported to the dashboard. A chart
 * configures it with its rows, axes, tooltip, table and series. The drawing is redrawn when any of `rows`, `margin`,
 * `xAxis`, `yAxis`, `tooltip` or `children` is a new object, so a chart keeps them the same while its figures are.
 */
export function YearChart<Row extends { year: number }>({
  kind,
  rows,
  margin,
  verticalGrid = false,
  xAxis,
  yAxis,
  tooltip,
  tooltipCursor = false,
  table,
  common,
  yearAxis = 'band',
  children,
  ...frame
}: YearChartProps<Row>) {
  const sourceIndex = useMemo(() => indexSources(common.sources), [common.sources]);
  const events = useYearEvents(rows, common.onYearClick, common.onYearHover);
  const range = useStableWhileEqual(common.filter.time);
  const clickable = Boolean(common.onYearClick);
  const content = useCallback(
    ({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) => {
      const row = payload?.[0]?.payload as Row | undefined;
      if (!active || !row) return null;
      return <ChartTooltipBox sourceIndex={sourceIndex} {...tooltip(row)} />;
    },
    [sourceIndex, tooltip],
  );
  // The drawing is rebuilt only when what it draws changes: recharts redoes its whole store for a new element tree,
  // and a filter change that leaves the chart's figures alone (most range moves) then moves only the selected span,
  // which reads the range from context.
  const plot = useMemo(() => {
    const Chart = CHARTS[kind];
    return (
      <ResponsiveContainer width="100%" height={frame.plotHeightPx}>
        <Chart
          data={rows as Row[]}
          margin={margin}
          accessibilityLayer={false}
          onClick={events.onClick}
          onMouseMove={events.onMouseMove}
          onMouseLeave={events.onMouseLeave}
          style={clickable ? CLICKABLE_STYLE : undefined}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={verticalGrid} />
          {xAxis}
          {yAxis}
          <Tooltip isAnimationActive={false} {...(tooltipCursor ? { cursor: BAND_CURSOR } : {})} content={content} />
          <SelectedSpan axis={yearAxis} />
          {children}
        </Chart>
      </ResponsiveContainer>
    );
  }, [kind, frame.plotHeightPx, rows, margin, events, clickable, verticalGrid, xAxis, yAxis, tooltipCursor, content, yearAxis, children]);
  return (
    <ChartFrame {...frame} table={() => table(sourceIndex)}>
      <SelectedRangeContext.Provider value={range}>{plot}</SelectedRangeContext.Provider>
    </ChartFrame>
  );
}

/** The last cells of every data-table row: how sure the figure is, and where it comes from. */
export function provenanceCells(
  figure: { confidence: Confidence; note?: string | undefined; sourceIds: readonly string[] },
  sourceIndex: ReadonlyMap<string, Source>,
  anchorPrefix: string | undefined,
): ReactNode[] {
  return [
    <ConfidenceBadge key="c" level={figure.confidence} note={figure.note} />,
    <SourceRefs key="s" ids={figure.sourceIds} sourceIndex={sourceIndex} anchorPrefix={anchorPrefix} />,
  ];
}

/** One table row per figure: each row's cell of each series that has one, in row then series order. */
export function figureRows<Row, Series extends { id: string }, Cell>(
  rows: readonly Row[],
  series: readonly Series[],
  cellOf: (row: Row, series: Series) => Cell | undefined,
  toRow: (row: Row, series: Series, cell: Cell) => { key: string; cells: ReactNode[] },
) {
  return rows.flatMap((row) =>
    series.flatMap((s) => {
      const cell = cellOf(row, s);
      return cell === undefined ? [] : [toRow(row, s, cell)];
    }),
  );
}
