'use client';

import { useCallback, useMemo } from 'react';
import { Bar, XAxis, YAxis } from 'recharts';
import { COMMODITY_LABELS, type Commodity, type Source, type StsIncidentFeature } from '@/data';
import { isCommodityShown } from '@/lib/chart-series/chart-filter';
import { incidentsByYearAndCommodity, type IncidentYearRow } from '@/lib/chart-series/incident-rows';
import { formatDateSpan, formatIsoDate, formatTimeRange } from '@/lib/format';
import { ChartLegend } from './chart-legend';
import { commodityCss } from './chart-colors';
import { useChartTheme } from './chart-theme';
import { DataTable, YearCell } from './data-table';
import type { ChartCommonProps } from './chart-types';
import { onePerKey } from './one-per-key';
import { useStableWhileEqual } from '@/components/ui/use-stable-while-equal';
import { provenanceCells, YearChart, type YearTooltip } from './year-chart';
import styles from './charts.module.css';

const INCIDENTS_PLOT_HEIGHT_PX = 200;
const INCIDENTS_MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };
const INCIDENTS_X_AXIS = <XAxis dataKey="year" tickLine={false} />;
const INCIDENTS_Y_AXIS = <YAxis allowDecimals={false} width={32} />;
const countOfCommodity = onePerKey((commodity: Commodity) => (row: IncidentYearRow) => row.counts[commodity] ?? 0);

export interface IncidentsChartProps extends ChartCommonProps {
  title?: string;
  /** All STS incidents; the chart keeps those of `zoneId` that pass the filter. */
  incidents: readonly StsIncidentFeature[];
  /** One zone's incidents, or every zone's with `null`. */
  zoneId: string | null;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * STS incidents by the year they began, stacked by commodity (the map's colours). The legend's commodities toggle
 * the commodity filter; the summary line gives the count the map shows.
 */
export function IncidentsChart({ title = 'STS incidents by year', incidents, zoneId, ...common }: IncidentsChartProps) {
  const { filter, onYearClick, onToggleCommodity, sourceAnchorPrefix } = common;
  const data = useStableWhileEqual(useMemo(() => incidentsByYearAndCommodity(incidents, zoneId, filter), [incidents, zoneId, filter]));
  const theme = useChartTheme();
  const range = formatTimeRange(filter.time);
  const byId = useMemo(() => new Map(data.incidents.map((i) => [i.id, i])), [data.incidents]);

  const tooltip = useCallback(
    (row: IncidentYearRow): YearTooltip => ({
      heading: `${row.year}: ${plural(row.total, 'incident', 'incidents')}`,
      emptyText: 'No incident recorded',
      entries: row.incidentIds.flatMap((id) => {
        const incident = byId.get(id);
        if (!incident) return [];
        const p = incident.properties;
        return [
          {
            key: id,
            label: formatIsoDate(p.date, p.datePrecision),
            color: commodityCss(p.commodity, theme),
            value: p.name.en,
            confidence: p.confidence,
            sourceIds: p.sourceIds,
          },
        ];
      }),
    }),
    [byId, theme],
  );
  const bars = useMemo(
    () =>
      data.commodities.map((c) => (
        <Bar
          key={c}
          name={COMMODITY_LABELS[c]}
          dataKey={countOfCommodity(c)}
          stackId="incidents"
          fill={commodityCss(c, theme)}
          isAnimationActive={false}
        />
      )),
    [data.commodities, theme],
  );

  const summary = (
    <p className={styles.summary} aria-live="polite">
      <strong>{plural(data.total, 'incident', 'incidents')}</strong> in {range}
      {data.commodities.length > 0 && ` (${data.commodities.map((c) => `${COMMODITY_LABELS[c].toLowerCase()}: ${data.incidents.filter((i) => i.properties.commodity === c).length}`).join(', ')})`}
    </p>
  );

  const table = (sourceIndex: ReadonlyMap<string, Source>) => (
    <DataTable
      caption={`${title}: ${plural(data.total, 'incident', 'incidents')}, ${range}`}
      columns={['Date', 'Incident (vessels)', 'Commodity', 'Confidence', 'Sources']}
      rows={data.incidents.map((incident) => {
        const p = incident.properties;
        return {
          key: incident.id,
          cells: [
            <span key="d">
              <YearCell year={Number(p.date.slice(0, 4))} onYearClick={onYearClick} />{' '}
              {formatDateSpan(p)}
            </span>,
            `${p.name.en} (${p.vessels.map((v) => v.name).join('; ')})`,
            COMMODITY_LABELS[p.commodity],
            ...provenanceCells({ confidence: p.confidence, note: p.confidenceNote, sourceIds: p.sourceIds }, sourceIndex, sourceAnchorPrefix),
          ],
        };
      })}
      footer={data.rows.map((r) => `${r.year}: ${r.total}`).join(' · ')}
    />
  );

  return (
    <YearChart
      kind="bar"
      common={common}
      rows={data.rows}
      title={title}
      plotHeightPx={INCIDENTS_PLOT_HEIGHT_PX}
      unit="Number of reported ship-to-ship transfers, by year the transfer began"
      emptyMessage={data.total === 0 ? `No STS incident recorded in this dataset for ${range} under the current filter.` : null}
      controls={summary}
      legend={
        <ChartLegend
          commodities={data.legendCommodities}
          isCommodityShown={(c) => isCommodityShown(c, filter)}
          onToggleCommodity={onToggleCommodity}
        />
      }
      table={table}
      margin={INCIDENTS_MARGIN}
      xAxis={INCIDENTS_X_AXIS}
      yAxis={INCIDENTS_Y_AXIS}
      tooltipCursor
      tooltip={tooltip}
    >
      {bars}
    </YearChart>
  );
}

