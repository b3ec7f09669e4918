'use client';

import { useCallback, useMemo, useState } from 'react';
import { ErrorBar, Line, XAxis, YAxis } from 'recharts';
import type { LaborData, Source } from '@/data';
import { formatLaborCell, laborChartRows, type LaborChartRow } from '@/lib/chart-series/labor-rows';
import { rangeYears } from '@/data/filter/time-rule';
import { formatCountShort, formatIsoDate, formatTimeRange } from '@/lib/format';
import { ChartLegend } from './chart-legend';
import { seriesColor } from './chart-colors';
import { DataTable, YearCell } from './data-table';
import { LaborMarks } from './labor-marks';
import type { ChartCommonProps } from './chart-types';
import { onePerKey } from './one-per-key';
import { useStableWhileEqual } from '@/components/ui/use-stable-while-equal';
import { figureRows, provenanceCells, YearChart, type YearTooltip } from './year-chart';
import styles from './charts.module.css';

const LABOR_PLOT_HEIGHT_PX = 240;

export interface LaborChartProps extends ChartCommonProps {
  title?: string;
  labor: LaborData;
}

const HOST_NAMES = { RU: 'Russia', CN: 'China', ALL: 'All countries' } as const;
const LABOR_MARGIN = { top: 10, right: 12, bottom: 0, left: 0 };
const LABOR_Y_AXIS = <YAxis tickFormatter={(v: number) => formatCountShort(v)} width={48} domain={[0, 'auto']} />;

const plotOfSeries = onePerKey((seriesId: string) => (row: LaborChartRow) => row.cells[seriesId]?.plot ?? null);
const errorOfSeries = onePerKey((seriesId: string) => (row: LaborChartRow) => row.cells[seriesId]?.error ?? null);

/**
 * DPRK workers abroad over time, by host series: each figure where and as its source states it, on a continuous
 * time axis (points sit mid-month or mid-year of the date stated). Ranges are error bars from low to high, floors
 * and ceilings are triangles; no line joins figures, because consecutive figures often count different things.
 */
export function LaborChart({ title = 'DPRK workers abroad', labor, ...common }: LaborChartProps) {
  const { filter, onYearClick, onToggleCommodity, sourceAnchorPrefix } = common;
  const data = useStableWhileEqual(useMemo(() => laborChartRows(labor, filter), [labor, filter]));
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (key: string) =>
      setHidden((prev) => {
        const next = new Set(prev);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  // Colour by place in the whole file, so a series keeps its colour when the year range hides others.
  const colored = useMemo(
    () => data.series.map((s) => ({ ...s, color: seriesColor(labor.workers.findIndex((w) => w.id === s.id)) })),
    [data.series, labor.workers],
  );
  const visible = useMemo(() => colored.filter((s) => !hidden.has(s.id)), [colored, hidden]);
  const range = formatTimeRange(filter.time);

  // Without figures nothing is drawn; the axis then only needs to be finite.
  const years = data.rows.length > 0 ? data.rows.map((r) => r.year) : filter.time ? rangeYears(filter.time) : [0];
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const xAxis = useMemo(
    () => (
      <XAxis
        type="number"
        dataKey="t"
        domain={[firstYear, lastYear + 1]}
        // A tick at the start of each year with figures; the axis runs to the end of the last year, unlabelled.
        ticks={Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)}
        tickFormatter={String}
        allowDataOverflow
      />
    ),
    [firstYear, lastYear],
  );
  const tooltip = useCallback(
    (row: LaborChartRow): YearTooltip => ({
      heading: formatIsoDate(row.date),
      entries: visible.flatMap((s) => {
        const cell = row.cells[s.id];
        return cell
          ? [{ key: s.id, label: s.label, color: s.color, value: `${formatLaborCell(cell)} ${s.measure}`, confidence: cell.confidence, sourceIds: cell.sourceIds }]
          : [];
      }),
    }),
    [visible],
  );
  const marks = useMemo(
    () =>
      visible.map((s) => (
        <Line
          key={s.id}
          name={s.label}
          dataKey={plotOfSeries(s.id)}
          stroke="none"
          isAnimationActive={false}
          connectNulls={false}
          activeDot={false}
          dot={false}
        >
          <ErrorBar dataKey={errorOfSeries(s.id)} stroke={s.color} strokeWidth={2} width={6} isAnimationActive={false} />
        </Line>
      )),
    [visible],
  );
  // One child, the same object while the figures are: YearChart redraws only when its children change.
  const plot = useMemo(
    () => (
      <>
        {marks}
        <LaborMarks rows={data.rows} series={visible} />
      </>
    ),
    [marks, data.rows, visible],
  );

  const emptyMessage = data.excludedByCommodity
    ? 'Labor is not among the selected commodities.'
    : data.rows.length === 0
      ? `No sourced figure for ${range}.`
      : null;

  const table = (sourceIndex: ReadonlyMap<string, Source>) => (
    <DataTable
      caption={`${title}: every sourced head count, ${range}`}
      columns={['Year', 'Date', 'Host', 'Series (what is counted)', 'Workers', 'Confidence', 'Sources', 'Note']}
      numericColumns={[4]}
      rows={figureRows(
        data.rows,
        colored,
        (row, s) => row.cells[s.id],
        (row, s, cell) => ({
          key: `${row.date}-${s.id}`,
          cells: [
            <YearCell key="y" year={row.year} onYearClick={onYearClick} />,
            formatIsoDate(row.date),
            HOST_NAMES[s.host],
            `${s.label} (${s.measure})`,
            formatLaborCell(cell),
            ...provenanceCells(cell, sourceIndex, sourceAnchorPrefix),
            cell.note ?? '',
          ],
        }),
      )}
    />
  );

  return (
    <YearChart
      kind="composed"
      yearAxis="decimal"
      common={common}
      rows={data.rows}
      title={title}
      plotHeightPx={LABOR_PLOT_HEIGHT_PX}
      unit="People, at the date each source gives. Bars: ranges; ▲ at least; ▼ at most; hollow: not reported first-hand."
      emptyMessage={emptyMessage}
      controls={
        data.excludedByCommodity && onToggleCommodity ? (
          <button type="button" className={styles.smallToggle} onClick={() => onToggleCommodity('labor')}>
            Show labor
          </button>
        ) : null
      }
      legend={
        <ChartLegend
          series={colored.map((s) => ({ key: s.id, label: s.label, color: s.color, shape: 'point' }))}
          seriesToggle={{ hidden, onToggle: toggle }}
        />
      }
      table={table}
      margin={LABOR_MARGIN}
      verticalGrid
      xAxis={xAxis}
      yAxis={LABOR_Y_AXIS}
      tooltip={tooltip}
    >
      {plot}
    </YearChart>
  );
}

