'use client';

import dynamic from 'next/dynamic';
import { useContext, useMemo } from 'react';
import { ChartsReadyContext } from '@/components/charts/charts-ready';
import { AREA_RECORD_KINDS, AREA_RECORD_LABELS, isoOfMonth, type AreaRecordKind, type AreaReport, type DayRange } from '@/geo/analysis/area';
import { formatCount } from '@/lib/format';
import { AREA_KIND_COLORS } from './area-kind-colors';
import styles from './area.module.css';

/** One month's bar: records per kind and imported positions. */
export type HistogramRow = { label: string; positions: number } & Partial<Record<AreaRecordKind, number>>;

// recharts loads on demand, as the other charts do (never in the first load).
const Chart = dynamic(() => import('./area-histogram-chart'), { ssr: false, loading: () => <p className={styles.muted}>Loading chart…</p> });

function monthOf(day: number): number {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Every month from the first to the last with something in it (within the range), empty ones as zero bars. */
export function histogramRows(report: AreaReport, days: DayRange): HistogramRow[] {
  if (report.months.length === 0) return [];
  const first = Math.max(report.months[0]!.month, monthOf(days[0]));
  const last = Math.min(report.months[report.months.length - 1]!.month, monthOf(days[1]));
  const byMonth = new Map(report.months.map((m) => [m.month, m]));
  const rows: HistogramRow[] = [];
  for (let m = first; m <= last; m++) {
    const bin = byMonth.get(m);
    rows.push({ label: isoOfMonth(m), positions: bin?.positions ?? 0, ...bin?.counts });
  }
  return rows;
}

/** The report's monthly histogram: records and events stacked by kind, and the imported positions below. */
export function AreaHistogram({ report, days }: { report: AreaReport; days: DayRange }) {
  const ready = useContext(ChartsReadyContext);
  const rows = useMemo(() => histogramRows(report, days), [report, days]);
  const kinds = AREA_RECORD_KINDS.filter((k) => rows.some((r) => (r[k] ?? 0) > 0));
  if (rows.length === 0) return null;
  const binned = rows.reduce((sum, r) => sum + kinds.reduce((s, k) => s + (r[k] ?? 0), 0), 0);
  return (
    <section aria-label="Records per month" className={styles.histogram}>
      <h3>Per month</h3>
      {kinds.length > 0 && ready && <Chart rows={rows} kinds={kinds} />}
      {kinds.length > 0 && <HistogramKey kinds={kinds} />}
      <p className={styles.muted}>
        {formatCount(binned)} record-months from {rows[0]!.label} to {rows[rows.length - 1]!.label}
        {report.notInHistogram > 0 && `; ${report.notInHistogram} open-ended or decade-long records are not in the bars`}. Ports,
        routes, rail links and zones have periods, not dates: their tables give them.
      </p>
      {report.positions !== null && report.positions > 0 && ready && (
        <>
          <h3>Your AIS positions per month</h3>
          <Chart rows={rows} kinds={[]} positions />
        </>
      )}
    </section>
  );
}

/** What each colour of the stacked bars stands for: only the kinds the bars hold, in their stacking order. */
function HistogramKey({ kinds }: { kinds: readonly AreaRecordKind[] }) {
  return (
    <ul className={styles.histogramKey} aria-label="Key to the bars">
      {kinds.map((kind) => (
        <li key={kind} data-kind={kind}>
          <span className={styles.keySwatch} style={{ background: AREA_KIND_COLORS[kind] }} aria-hidden="true" />
          {AREA_RECORD_LABELS[kind].many}
        </li>
      ))}
    </ul>
  );
}
