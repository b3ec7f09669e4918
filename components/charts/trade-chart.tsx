'use client';

import { useCallback, useMemo, useState } from 'react';
import { Line, XAxis, YAxis } from 'recharts';
import type { Source, TradeSeries } from '@/data';
import type { Theme } from '@/geo/basemap/basemap-theme';
import { isCommodityShown } from '@/lib/chart-series/chart-filter';
import { tradeChartRows, type TradeChartRow, type TradeChartSeries } from '@/lib/chart-series/trade-rows';
import { formatUsd, formatUsdExact, formatTimeRange, formatYearList } from '@/lib/format';
import { ChartLegend, type LegendSeries } from './chart-legend';
import { ConfidenceDots } from './confidence-dots';
import { commodityCss, seriesColor } from './chart-colors';
import { useChartTheme } from './chart-theme';
import { DataTable, YearCell } from './data-table';
import type { ChartCommonProps } from './chart-types';
import { onePerKey } from './one-per-key';
import { useStableWhileEqual } from '@/components/ui/use-stable-while-equal';
import { figureRows, provenanceCells, YearChart, type YearTooltip } from './year-chart';
import styles from './charts.module.css';

const TRADE_PLOT_HEIGHT_PX = 220;
const TRADE_MARGIN = { top: 8, right: 12, bottom: 0, left: 4 };
const TRADE_X_AXIS = <XAxis dataKey="year" tickLine={false} padding={{ left: 8, right: 12 }} />;
const TRADE_Y_AXIS = <YAxis tickFormatter={(v: number) => formatUsd(v)} width={64} domain={[0, 'auto']} />;

export interface TradeChartProps extends ChartCommonProps {
  title: string;
  /** The series to draw (e.g. one partner's, or `seriesForFeature`); the filter picks points and commodity lines. */
  series: readonly TradeSeries[];
  /** Said where `series` is empty, e.g. "No trade series is tied to this place." */
  noSeriesMessage?: string;
}

const FLOW_DASH: Record<TradeChartSeries['flow'], string | undefined> = {
  total: undefined,
  'dprk-exports': '6 3',
  'dprk-imports': '2 3',
};

interface StyledSeries extends TradeChartSeries {
  color: string;
  dash: string | undefined;
}

/**
 * Commodity lines take the map's commodity hue; other series a qualitative colour by their place among all the
 * chart's input series of their flow, so a series keeps its colour when the filter hides its neighbours.
 */
function styleSeries(shown: readonly TradeChartSeries[], input: readonly TradeSeries[], theme: Theme): StyledSeries[] {
  return shown.map((s) => {
    const sameFlow = input.filter((i) => i.commodity === 'all' && i.flow === s.flow);
    return {
      ...s,
      color: s.commodity === 'all' ? seriesColor(sameFlow.findIndex((i) => i.id === s.id)) : commodityCss(s.commodity, theme),
      dash: FLOW_DASH[s.flow],
    };
  });
}

const valueOfSeries = onePerKey((seriesId: string) => (row: TradeChartRow) => row.cells[seriesId]?.valueUsd ?? null);
const ACTIVE_DOT = { r: 5 };

/**
 * Trade by year, in US dollars: each publisher its own line (GACC and KOTRA side by side, never averaged), gaps
 * where no figure is sourced, hollow points for estimates. Commodity lines follow the commodity filter and are
 * toggled from the legend; totals always show.
 */
export function TradeChart({ title, series, noSeriesMessage = 'No trade series is tied to this selection.', ...common }: TradeChartProps) {
  const { filter, onYearClick, onToggleCommodity, sourceAnchorPrefix } = common;
  const [showFlows, setShowFlows] = useState(false);
  const data = useStableWhileEqual(
    useMemo(() => tradeChartRows(series, filter, { flows: showFlows ? ['total', 'dprk-exports', 'dprk-imports'] : ['total'] }), [series, filter, showFlows]),
  );
  const theme = useChartTheme();
  const styled = useMemo(() => styleSeries(data.series, series, theme), [data.series, series, theme]);
  const hasFlows = series.some((s) => s.flow !== 'total' && s.commodity === 'all');

  const emptyMessage =
    series.length === 0
      ? noSeriesMessage
      : data.rows.length === 0
        ? `No sourced figure for ${formatTimeRange(filter.time)}.`
        : null;

  const tooltip = useCallback(
    (row: TradeChartRow): YearTooltip => ({
      heading: String(row.year),
      entries: styled.flatMap((s) => {
        const cell = row.cells[s.id];
        return cell ? [{ key: s.id, label: s.label, color: s.color, value: formatUsd(cell.valueUsd), confidence: cell.confidence, sourceIds: cell.sourceIds }] : [];
      }),
    }),
    [styled],
  );
  const lines = useMemo(
    () =>
      styled.map((s) => (
        <Line
          key={s.id}
          type="linear"
          name={s.label}
          dataKey={valueOfSeries(s.id)}
          stroke={s.color}
          strokeWidth={s.commodity === 'all' ? 2 : 2.5}
          strokeDasharray={s.dash}
          connectNulls={false}
          isAnimationActive={false}
          dot={false}
          activeDot={ACTIVE_DOT}
        />
      )),
    [styled],
  );
  // One child, the same object while the figures are: YearChart redraws only when its children change.
  const plot = useMemo(
    () => (
      <>
        {lines}
        <ConfidenceDots rows={data.rows} series={styled} />
      </>
    ),
    [lines, data.rows, styled],
  );

  const legendSeries: LegendSeries[] = styled.map((s) => ({ key: s.id, label: s.label, color: s.color, dash: s.dash }));

  const table = (sourceIndex: ReadonlyMap<string, Source>) => (
    <DataTable
      caption={`${title}: every sourced figure, US dollars`}
      columns={['Year', 'Series', 'Value (US$)', 'Confidence', 'Sources', 'Note']}
      numericColumns={[2]}
      rows={figureRows(
        data.rows,
        styled,
        (row, s) => row.cells[s.id],
        (row, s, cell) => ({
          key: `${row.year}-${s.id}`,
          cells: [
            <YearCell key="y" year={row.year} onYearClick={onYearClick} />,
            s.label,
            formatUsdExact(cell.valueUsd),
            ...provenanceCells(cell, sourceIndex, sourceAnchorPrefix),
            cell.note ?? '',
          ],
        }),
      )}
    />
  );

  return (
    <YearChart
      kind="line"
      common={common}
      rows={data.rows}
      title={title}
      plotHeightPx={TRADE_PLOT_HEIGHT_PX}
      unit="US dollars per calendar year. Filled points: reported; hollow: estimated or less certain."
      emptyMessage={emptyMessage}
      footer={
        !emptyMessage &&
        data.yearsWithoutFigure.length > 0 && (
          <p className={styles.footnote}>No sourced figure for {formatYearList(data.yearsWithoutFigure)} in the series shown.</p>
        )
      }
      controls={
        hasFlows &&
        !emptyMessage && (
          <button
            type="button"
            className={styles.smallToggle}
            aria-pressed={showFlows}
            onClick={() => setShowFlows((v) => !v)}
          >
            Show exports and imports
          </button>
        )
      }
      legend={
        <ChartLegend
          series={legendSeries}
          commodities={data.legendCommodities}
          isCommodityShown={(c) => isCommodityShown(c, filter)}
          onToggleCommodity={onToggleCommodity}
        />
      }
      table={table}
      margin={TRADE_MARGIN}
      xAxis={TRADE_X_AXIS}
      yAxis={TRADE_Y_AXIS}
      tooltip={tooltip}
    >
      {plot}
    </YearChart>
  );
}

