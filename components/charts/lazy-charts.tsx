'use client';

import dynamic from 'next/dynamic';
import { useContext, type ComponentType } from 'react';
import { ChartsReadyContext } from './charts-ready';
import styles from './charts.module.css';

function ChartLoading() {
  return <div className={styles.loading}>Loading chart…</div>;
}

/** Shows the loading state until the charts may load (see ChartsReadyContext), then the chart. */
function whenChartsReady<P extends object>(Chart: ComponentType<P>): ComponentType<P> {
  function ChartWhenReady(props: P) {
    return useContext(ChartsReadyContext) ? <Chart {...props} /> : <ChartLoading />;
  }
  return ChartWhenReady;
}

// recharts is large and draws only in the browser: the charts load after the map, in their own chunks.
export const LazyTradeChart = whenChartsReady(dynamic(() => import('./trade-chart').then((m) => m.TradeChart), { ssr: false, loading: ChartLoading }));
export const LazyLaborChart = whenChartsReady(dynamic(() => import('./labor-chart').then((m) => m.LaborChart), { ssr: false, loading: ChartLoading }));
export const LazyPetroleumChart = whenChartsReady(
  dynamic(() => import('./petroleum-chart').then((m) => m.PetroleumChart), { ssr: false, loading: ChartLoading }),
);
export const LazyIncidentsChart = whenChartsReady(
  dynamic(() => import('./incidents-chart').then((m) => m.IncidentsChart), { ssr: false, loading: ChartLoading }),
);
