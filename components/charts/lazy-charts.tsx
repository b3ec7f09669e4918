'use client';

import dynamic from 'next/dynamic';
import styles from './charts.module.css';

function ChartLoading() {
  return <div className={styles.loading}>Loading chart…</div>;
}

// recharts is large and draws only in the browser: the charts load after first paint, in their own chunks.
export const LazyTradeChart = dynamic(() => import('./trade-chart'), { ssr: false, loading: ChartLoading });
export const LazyLaborChart = dynamic(() => import('./labor-chart'), { ssr: false, loading: ChartLoading });
export const LazyPetroleumChart = dynamic(() => import('./petroleum-chart'), { ssr: false, loading: ChartLoading });
export const LazyIncidentsChart = dynamic(() => import('./incidents-chart'), { ssr: false, loading: ChartLoading });
