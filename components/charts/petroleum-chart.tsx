'use client';

import { useId, useMemo, useState } from 'react';
import { Bar, Cell, XAxis, YAxis } from 'recharts';
import type { PetroleumData, Source } from '@/data';
import {
  petroleumChartRows,
  type PetroleumBar,
  type PetroleumChartRow,
  type PetroleumUnit,
} from '@/lib/chart-series/petroleum-rows';
import { formatCount, formatCountShort, formatTimeRange } from '@/lib/format';
import { ConfidenceBadge } from '@/components/ui/confidence-badge';
import { ChartLegend } from './chart-legend';
import { CAP_COLOR, COMBINED_SUPPLIERS_COLOR, ESTIMATE_COLORS, countryCss } from './chart-colors';
import { DataTable, YearCell } from './data-table';
import type { ChartCommonProps } from './chart-types';
import { provenanceCells, YearChart } from './year-chart';
import styles from './charts.module.css';

const PETROLEUM_PLOT_HEIGHT_PX = 220;

export interface PetroleumChartProps extends ChartCommonProps {
  title?: string;
  petroleum: PetroleumData;
}

const UNIT_LABELS: Record<PetroleumUnit, { short: string; long: string }> = {
  barrels: { short: 'bbl', long: 'Barrels' },
  tonnes: { short: 't', long: 'Tonnes' },
};

function barColor(bar: PetroleumBar, bars: readonly PetroleumBar[]): string {
  if (bar.kind === 'cap') return CAP_COLOR;
  if (bar.kind === 'estimate') {
    const index = bars.filter((b) => b.kind === 'estimate').indexOf(bar);
    return ESTIMATE_COLORS[index % ESTIMATE_COLORS.length]!;
  }
  const suppliers = bar.key.slice('reported:'.length).split('+');
  return suppliers.length === 1 ? countryCss(suppliers[0]!) : COMBINED_SUPPLIERS_COLOR;
}

function boundWord(bound: 'upper' | 'lower' | undefined): string {
  return bound === 'upper' ? 'up to ' : bound === 'lower' ? 'more than ' : '';
}

/**
 * The refined-petroleum picture by year: the UN cap, deliveries officially reported to the 1718 Committee, and
 * estimates of what actually arrived. Each figure is drawn only in the unit its source states (switch barrels /
 * tonnes); nothing is converted. Ceilings ("up to") are outlined, part-year figures pale; every other sourced
 * figure in the range is listed under the chart.
 */
export function PetroleumChart({ title = 'Refined petroleum: UN cap, reported deliveries and estimates', petroleum, ...common }: PetroleumChartProps) {
  const { filter, onYearClick, onToggleCommodity, sourceAnchorPrefix } = common;
  const [unit, setUnit] = useState<PetroleumUnit>('barrels');
  const data = useMemo(() => petroleumChartRows(petroleum, filter, unit), [petroleum, filter, unit]);
  const unitName = useId();
  const range = formatTimeRange(filter.time);
  const notDrawn = data.records.filter((r) => !r.plotted);

  const emptyMessage = data.excludedByCommodity
    ? 'Neither refined petroleum nor crude oil is among the selected commodities.'
    : data.rows.length === 0
      ? `No sourced figure in ${UNIT_LABELS[unit].long.toLowerCase()} for ${range}.`
      : null;

  const unitSwitch = (
    <fieldset className={styles.unitSwitch}>
      <legend>Unit</legend>
      {(['barrels', 'tonnes'] as const).map((u) => (
        <label key={u}>
          <input type="radio" name={unitName} value={u} checked={unit === u} onChange={() => setUnit(u)} />{' '}
          {UNIT_LABELS[u].long}
        </label>
      ))}
    </fieldset>
  );

  const table = (sourceIndex: ReadonlyMap<string, Source>) => (
    <DataTable
      caption={`${title}: every sourced figure, ${range}, in the units stated`}
      columns={['Period', 'Kind', 'Who / what', 'Figure as stated', `Drawn (${UNIT_LABELS[unit].long.toLowerCase()})`, 'Confidence', 'Sources', 'Note']}
      rows={data.records.map((r) => {
        const rec = r.item.record;
        const within = rec.period.start && rec.period.end && rec.period.start.slice(0, 4) === rec.period.end.slice(0, 4);
        return {
          key: rec.id,
          cells: [
            within ? (
              <span key="p">
                <YearCell year={Number(rec.period.start!.slice(0, 4))} onYearClick={onYearClick} /> {rec.periodLabel}
              </span>
            ) : (
              rec.periodLabel
            ),
            r.kindLabel,
            r.subject,
            r.figure,
            r.plotted ? 'yes' : 'no',
            ...provenanceCells(rec, sourceIndex, sourceAnchorPrefix),
            rec.note ?? '',
          ],
        };
      })}
    />
  );

  const footer =
    notDrawn.length > 0 && !data.excludedByCommodity ? (
      <details className={styles.footnote}>
        <summary>
          {notDrawn.length} more sourced {notDrawn.length === 1 ? 'figure' : 'figures'} for {range}, not drawn in{' '}
          {UNIT_LABELS[unit].long.toLowerCase()}
        </summary>
        <p className={styles.footnote}>
          Stated in another unit, covering part of a year that a whole-year figure covers, superseded by a later cap,
          or not tied to a single year:
        </p>
        <ul className={styles.notes}>
          {notDrawn.map((r) => (
            <li key={r.item.record.id}>
              {r.kindLabel}, {r.subject} ({r.item.record.periodLabel}): {r.figure}{' '}
              <ConfidenceBadge level={r.item.record.confidence} note={r.item.record.note} />
            </li>
          ))}
        </ul>
      </details>
    ) : null;

  return (
    <YearChart
      kind="bar"
      common={common}
      rows={data.rows}
      title={title}
      plotHeightPx={PETROLEUM_PLOT_HEIGHT_PX}
      unit={`${UNIT_LABELS[unit].long} per calendar year, as each source states them (never converted). Outlined: a ceiling ("up to"); pale: part of the year.`}
      emptyMessage={emptyMessage}
      controls={
        data.excludedByCommodity ? (
          onToggleCommodity && (
            <button type="button" className={styles.smallToggle} onClick={() => onToggleCommodity('refined-petroleum')}>
              Show refined petroleum
            </button>
          )
        ) : (
          unitSwitch
        )
      }
      legend={<ChartLegend series={data.bars.map((b) => ({ key: b.key, label: b.label, color: barColor(b, data.bars), shape: 'bar' }))} />}
      table={table}
      footer={footer}
      margin={{ top: 8, right: 12, bottom: 0, left: 4 }}
      xAxis={<XAxis dataKey="year" tickLine={false} />}
      yAxis={<YAxis tickFormatter={(v: number) => formatCountShort(v)} width={52} />}
      tooltipCursor
      tooltip={(row) => ({
        heading: String(row.year),
        entries: data.bars.flatMap((b) => {
          const cell = row.cells[b.key];
          return cell
            ? [
                {
                  key: b.key,
                  label: b.label,
                  color: barColor(b, data.bars),
                  value: `${boundWord(cell.bound)}${formatCount(cell.value)} ${UNIT_LABELS[unit].short}`,
                  confidence: cell.confidence,
                  sourceIds: cell.sourceIds,
                  detail: cell.partial ? cell.periodLabel : undefined,
                },
              ]
            : [];
        }),
      })}
    >
      {data.bars.map((b) => (
        <Bar
          key={b.key}
          name={b.label}
          dataKey={(row: PetroleumChartRow) => row.cells[b.key]?.value ?? null}
          stackId={b.stackId}
          fill={barColor(b, data.bars)}
          isAnimationActive={false}
        >
          {data.rows.map((row) => {
            const cell = row.cells[b.key];
            const ceiling = cell?.bound === 'upper';
            return (
              <Cell
                key={row.year}
                fillOpacity={cell?.partial ? 0.45 : ceiling ? 0.3 : 1}
                stroke={ceiling ? barColor(b, data.bars) : undefined}
                strokeDasharray={ceiling ? '4 2' : undefined}
                strokeWidth={ceiling ? 1.5 : 0}
              />
            );
          })}
        </Bar>
      ))}
    </YearChart>
  );
}

