'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { AREA_RECORD_LABELS, type AreaRecordKind } from '@/geo/analysis/area';
import { useChartTheme } from '@/components/charts/chart-theme';
import { AREA_KIND_COLORS } from './area-kind-colors';
import type { HistogramRow } from './area-histogram';

export interface AreaHistogramChartProps {
  rows: readonly HistogramRow[];
  kinds: readonly AreaRecordKind[];
  /** Draws the imported positions per month instead of the records. */
  positions?: boolean;
}

const WIDTH_PX = 320;
const HEIGHT_PX = 150;

/** Records (stacked by kind) or imported positions per month. */
export default function AreaHistogramChart({ rows, kinds, positions = false }: AreaHistogramChartProps) {
  const dark = useChartTheme() === 'dark';
  const text = dark ? '#9aa5b3' : '#5b6572';
  const grid = dark ? '#2f3845' : '#d9dde3';
  return (
    <BarChart width={WIDTH_PX} height={HEIGHT_PX} data={[...rows]} margin={{ top: 4, right: 18, bottom: 0, left: -16 }}>
      <CartesianGrid vertical={false} stroke={grid} />
      <XAxis dataKey="label" tick={{ fontSize: 10, fill: text }} interval="preserveStartEnd" minTickGap={24} />
      <YAxis allowDecimals={false} tick={{ fontSize: 10, fill: text }} width={44} />
      <Tooltip contentStyle={{ background: dark ? '#1b222c' : '#ffffff', borderColor: grid, color: dark ? '#e6e9ee' : '#1d2430', fontSize: 12 }} />
      {positions ? (
        <Bar dataKey="positions" name="AIS positions" fill="#2f6db3" isAnimationActive={false} />
      ) : (
        kinds.map((kind) => <Bar key={kind} dataKey={kind} stackId="records" name={AREA_RECORD_LABELS[kind].many} fill={AREA_KIND_COLORS[kind]} isAnimationActive={false} />)
      )}
    </BarChart>
  );
}
