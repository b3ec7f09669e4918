'use client';

import { memo, useMemo } from 'react';
import type { Commodity, Dataset } from '@/data';
import { LazyIncidentsChart, LazyLaborChart, LazyPetroleumChart, LazyTradeChart } from '@/components/charts/lazy-charts';
import { incidentsByYearAndCommodity } from '@/lib/chart-series/incident-rows';
import { laborChartRows } from '@/lib/chart-series/labor-rows';
import { petroleumChartRows } from '@/lib/chart-series/petroleum-rows';
import { tradeChartRows } from '@/lib/chart-series/trade-rows';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { useStableWhileEqual } from '@/components/ui/use-stable-while-equal';
import { EarningsList } from './earnings-list';
import { SourcesList } from './sources-list';
import styles from './panels.module.css';

export interface OverviewPanelProps {
  dataset: Dataset;
  filter: FeatureFilter;
  onYearClick?: ((year: number) => void) | undefined;
  onYearHover?: ((year: number | null) => void) | undefined;
  onToggleCommodity?: ((commodity: Commodity) => void) | undefined;
}

export const OVERVIEW_SOURCE_PREFIX = 'overview-source-';

/**
 * What is shown with nothing selected: Russia–DPRK and China–DPRK trade by year (each publisher its own line),
 * DPRK workers abroad with earnings estimates, the refined-petroleum picture and STS incidents, all under the
 * shared filter, with every cited source listed.
 */
export const OverviewPanel = memo(function OverviewPanel({ dataset, filter, onYearClick, onYearHover, onToggleCommodity }: OverviewPanelProps) {
  const russia = useMemo(() => dataset.trade.series.filter((s) => s.partners[0] === 'RU'), [dataset]);
  const china = useMemo(() => dataset.trade.series.filter((s) => s.partners[0] === 'CN'), [dataset]);
  const labor = useMemo(() => laborChartRows(dataset.labor, filter), [dataset, filter]);
  // The sources of everything drawn, for the list at the end (the charts derive the same rows themselves).
  const cited = useStableWhileEqual(
    useMemo(
      () => [
        ...tradeChartRows(dataset.trade.series, filter, { flows: ['total', 'dprk-exports', 'dprk-imports'] }).sourceIds,
        ...labor.sourceIds,
        ...petroleumChartRows(dataset.petroleum, filter).sourceIds,
        ...incidentsByYearAndCommodity(dataset.stsIncidents.features, null, filter).sourceIds,
      ],
      [dataset, filter, labor],
    ),
  );
  const common = {
    filter,
    sources: dataset.sources,
    onYearClick,
    onYearHover,
    onToggleCommodity,
    sourceAnchorPrefix: OVERVIEW_SOURCE_PREFIX,
  };
  return (
    <section className={styles.panel} aria-label="Overview">
      <h2>Overview</h2>
      <p className={styles.muted}>
        Trade, labor and fuel figures for the selected commodities, in every year the time range touches. Select a
        place, route or zone on the map to narrow the charts to it.
      </p>
      {/* Two charts, not one: China–DPRK trade is about 50 times Russia–DPRK, which a shared axis would flatten. */}
      <LazyTradeChart {...common} title="Russia–DPRK trade" series={russia} />
      <LazyTradeChart {...common} title="China–DPRK trade" series={china} />
      <LazyLaborChart {...common} labor={dataset.labor} />
      {!labor.excludedByCommodity && (
        <EarningsList earnings={labor.earnings} sources={dataset.sources} sourceAnchorPrefix={OVERVIEW_SOURCE_PREFIX} />
      )}
      <LazyPetroleumChart {...common} petroleum={dataset.petroleum} />
      <LazyIncidentsChart {...common} title="STS incidents by year, all zones" incidents={dataset.stsIncidents.features} zoneId={null} />
      <SourcesList sourceIds={cited} sources={dataset.sources} idPrefix={OVERVIEW_SOURCE_PREFIX} />
    </section>
  );
});
