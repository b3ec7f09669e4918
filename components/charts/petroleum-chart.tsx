'use client';

import { useCallback, useId, useMemo, useState } from 'react';
import { Bar, XAxis, YAxis } from 'recharts';
import type { PetroleumData, Source } from '@/data';
import {
  petroleumChartRows,
  type PetroleumChartRow,
  type PetroleumFocus,
  type PetroleumUnit,
} from '@/lib/chart-series/petroleum-rows';
import { formatCount, formatCountShort, formatTimeRange, formatYearRange } from '@/lib/format';
import { ConfidenceBadge } from '@/components/ui/confidence-badge';
import { COMBINED_SUPPLIERS_COLOR, ESTIMATE_COLORS, countryCss } from './chart-colors';
import type { ChartCommonProps } from './chart-types';
import { PetroleumKey, PetroleumSeriesLegend } from './petroleum-key';
import { BREAK_LABEL_STEP_PX, PetroleumMarks } from './petroleum-marks';
import { PetroleumTable } from './petroleum-table';
import { useStableWhileEqual } from '@/components/ui/use-stable-while-equal';
import { YearChart, type YearTooltip } from './year-chart';
import styles from './charts.module.css';
import own from './petroleum-chart.module.css';

const PETROLEUM_PLOT_HEIGHT_PX = 240;
/**
 * Where the value axis is cut by default, in multiples of the cap: high enough for every 2020–2025 figure (the
 * Panel's 0.6–1.6 M bbl range, the floors of about 1 M bbl), low enough that the cap does not sink into the axis
 * under the 2018 ceiling (3.78 M) and a second-hand 2020 figure (4.4 M). "Full scale" shows all.
 */
const CLIP_AT_CAPS = 4;
/** Room above the highest figure for a floor's arrowhead and the selection's marker. */
const HEADROOM = 1.1;

export interface PetroleumChartProps extends ChartCommonProps {
  title?: string;
  petroleum: PetroleumData;
  /** Narrows the chart to a selection's years and marks the figures that cite its sources. */
  focus?: PetroleumFocus | undefined;
}

const UNIT_LABELS: Record<PetroleumUnit, { short: string; long: string }> = {
  barrels: { short: 'bbl', long: 'Barrels' },
  tonnes: { short: 't', long: 'Tonnes' },
};

/** Rounds up to a half or whole power of ten (4.84 M → 5 M, 1.1 M → 1.5 M), so the top tick is a round figure. */
function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value)) / 2;
  return Math.ceil(value / step) * step;
}

const BOUND_WORDS = { value: '', floor: 'more than ', ceiling: 'up to ', range: '' } as const;
const PETROLEUM_X_AXIS = <XAxis dataKey="year" tickLine={false} />;
/** Invisible: it gives the value axis its extent and the tooltip its row; PetroleumMarks draws the figures. */
const EXTENT_BAR = <Bar dataKey="top" fill="transparent" isAnimationActive={false} />;

/**
 * A colour per series that does not change with the filter: notified deliveries in their suppliers' map colours,
 * estimates by their publisher's place among all estimate publishers in the file.
 */
function useSeriesColors(petroleum: PetroleumData): (key: string) => string {
  return useMemo(() => {
    // Publishers with a volume in barrels only: the others are never drawn, and ten colours then go round once.
    const publishers = [...new Set(petroleum.estimates.filter((e) => e.barrels !== undefined || e.barrelsLow !== undefined).map((e) => e.publisher))];
    return (key: string) => {
      if (key.startsWith('estimate:')) {
        const index = Math.max(publishers.indexOf(key.slice('estimate:'.length)), 0);
        return ESTIMATE_COLORS[index % ESTIMATE_COLORS.length]!;
      }
      const suppliers = key.slice('reported:'.length).split('+');
      return suppliers.length === 1 ? countryCss(suppliers[0]!) : COMBINED_SUPPLIERS_COLOR;
    };
  }, [petroleum]);
}

/**
 * Refined petroleum to the DPRK by year, against the UN cap: the cap as a line, each figure notified to the 1718
 * Committee or estimated as a mark whose shape says how its source states it (as stated, "more than", "up to", a
 * range), paler where it covers part of the year. Each figure is drawn only in the unit its source states (switch
 * barrels / tonnes); nothing is converted, so only barrel figures meet the cap. Every record of the years, drawn or
 * not, is in "Show data" with why.
 */
export function PetroleumChart({
  title = 'Refined petroleum: notified deliveries and estimates against the UN cap',
  petroleum,
  focus,
  ...common
}: PetroleumChartProps) {
  const { filter, onYearClick, onToggleCommodity, sourceAnchorPrefix } = common;
  const [unit, setUnit] = useState<PetroleumUnit>('barrels');
  const [fullScale, setFullScale] = useState(false);
  const data = useStableWhileEqual(useMemo(() => petroleumChartRows(petroleum, filter, unit, focus), [petroleum, filter, unit, focus]));
  const colorOf = useSeriesColors(petroleum);
  const unitName = useId();
  const range = focus?.years ? formatYearRange(data.years[0], data.years[1]) : formatTimeRange(filter.time);
  const { short, long } = UNIT_LABELS[unit];
  const notDrawn = data.records.filter((r) => !r.plotted);
  const capRow = data.rows.find((row) => row.cap);
  const capText = capRow?.cap ? `UN cap, ${capRow.cap.resolution}: ${formatCount(capRow.cap.value)} ${short} a year` : null;
  const related = data.rows.some((row) => row.marks.some((m) => m.related));
  const highest = Math.max(0, ...data.rows.map((row) => row.top));
  const cutAt = capRow?.cap ? capRow.cap.value * CLIP_AT_CAPS : undefined;
  const canCut = cutAt !== undefined && highest > cutAt;
  const clipAt = canCut && !fullScale ? cutAt : undefined;
  const stackedBreaks = clipAt === undefined ? 0 : Math.max(0, ...data.rows.map((row) => row.marks.filter((m) => m.value > clipAt).length - 1));

  const capValue = capRow?.cap?.value;
  const margin = useMemo(() => ({ top: 16 + BREAK_LABEL_STEP_PX * stackedBreaks, right: 12, bottom: 0, left: 4 }), [stackedBreaks]);
  const yAxis = useMemo(
    () => (
      <YAxis
        tickFormatter={(v: number) => formatCountShort(v)}
        width={44}
        domain={[0, clipAt ?? ((dataMax: number) => niceCeil(dataMax * HEADROOM))]}
        allowDataOverflow={clipAt !== undefined}
        ticks={clipAt !== undefined && capValue !== undefined ? Array.from({ length: CLIP_AT_CAPS + 1 }, (_, i) => i * capValue) : undefined}
      />
    ),
    [clipAt, capValue],
  );
  const tooltip = useCallback(
    (row: PetroleumChartRow): YearTooltip => ({
      heading: String(row.year),
      emptyText: `No sourced figure in ${long.toLowerCase()}`,
      entries: [
        ...(row.cap
          ? [
              {
                key: 'cap',
                label: `UN cap (${row.cap.resolution})`,
                color: 'var(--text)',
                value: `${formatCount(row.cap.value)} ${short} a year`,
                confidence: row.cap.confidence,
                sourceIds: row.cap.sourceIds,
              },
            ]
          : []),
        ...row.marks.map((m) => ({
          key: m.recordId,
          label: data.series.find((s) => s.key === m.seriesKey)?.label ?? m.seriesKey,
          color: colorOf(m.seriesKey),
          value: m.shape === 'range' ? `${formatCount(m.low)}–${formatCount(m.value)} ${short}` : `${BOUND_WORDS[m.shape]}${formatCount(m.value)} ${short}`,
          confidence: m.confidence,
          sourceIds: m.sourceIds,
          detail: m.partial ? `${m.periodLabel} only` : undefined,
        })),
      ],
    }),
    [data.series, colorOf, long, short],
  );
  const marks = useMemo(
    () => <PetroleumMarks rows={data.rows} colorOf={colorOf} unitShort={short} clipAt={clipAt} />,
    [data.rows, colorOf, short, clipAt],
  );

  const emptyMessage = data.excludedByCommodity
    ? 'Neither refined petroleum nor crude oil is among the selected commodities.'
    : data.rows.length === 0
      ? `No sourced figure in ${long.toLowerCase()} for ${range}.`
      : null;

  const scope = focus ? `The whole DPRK's figures for ${range}, the years of this selection, not its own. ` : '';
  const unitText =
    scope +
    (unit === 'barrels'
      ? 'Barrels per calendar year, each figure as its source states it. Only figures stated in barrels are compared with the cap line; tonnes are never converted (switch the unit to see them).'
      : 'Tonnes per calendar year, as stated. The UN sets the cap in barrels, so no cap line is drawn here and no tonnes figure is compared with it.');

  const controls = data.excludedByCommodity ? (
    onToggleCommodity && (
      <button type="button" className={styles.smallToggle} onClick={() => onToggleCommodity('refined-petroleum')}>
        Show refined petroleum
      </button>
    )
  ) : (
    <div className={own.controls}>
      <fieldset className={styles.unitSwitch}>
        <legend>Unit</legend>
        {(['barrels', 'tonnes'] as const).map((u) => (
          <label key={u}>
            <input type="radio" name={unitName} value={u} checked={unit === u} onChange={() => setUnit(u)} /> {UNIT_LABELS[u].long}
          </label>
        ))}
      </fieldset>
      {canCut && (
        <button type="button" className={styles.smallToggle} aria-pressed={fullScale} onClick={() => setFullScale((v) => !v)}>
          Full scale (to {formatCountShort(highest)})
        </button>
      )}
    </div>
  );

  const footer =
    data.excludedByCommodity || data.records.length === 0 ? null : (
      <>
        {data.yearsWithoutFigure.length > 0 && (
          <p className={styles.footnote}>
            No sourced figure in {long.toLowerCase()} for {data.yearsWithoutFigure.join(', ')}.
          </p>
        )}
        {notDrawn.length > 0 && (
          <details className={styles.footnote}>
            <summary>
              {notDrawn.length} more sourced {notDrawn.length === 1 ? 'figure' : 'figures'} for {range}, not drawn in {long.toLowerCase()}
            </summary>
            <ul className={styles.notes}>
              {notDrawn.map((r) => (
                <li key={r.item.record.id}>
                  {r.kindLabel}, {r.subject} ({r.item.record.periodLabel}): {r.figure}{' '}
                  <ConfidenceBadge level={r.item.record.confidence} note={r.item.record.note} /> — {r.notDrawnReason}
                </li>
              ))}
            </ul>
          </details>
        )}
      </>
    );

  return (
    <YearChart
      kind="bar"
      common={common}
      rows={data.rows}
      title={title}
      plotHeightPx={PETROLEUM_PLOT_HEIGHT_PX}
      unit={unitText}
      emptyMessage={emptyMessage}
      controls={controls}
      legend={
        <>
          <PetroleumKey cap={capText} related={related} />
          <PetroleumSeriesLegend series={data.series} colorOf={colorOf} />
        </>
      }
      table={(sourceIndex: ReadonlyMap<string, Source>) => (
        <PetroleumTable
          caption={`${title}: every sourced figure, ${range}, in the units stated`}
          records={data.records}
          unitName={long.toLowerCase()}
          sourceIndex={sourceIndex}
          onYearClick={onYearClick}
          sourceAnchorPrefix={sourceAnchorPrefix}
        />
      )}
      footer={footer}
      margin={margin}
      xAxis={PETROLEUM_X_AXIS}
      yAxis={yAxis}
      tooltipCursor
      tooltip={tooltip}
    >
      {EXTENT_BAR}
      {marks}
    </YearChart>
  );
}
