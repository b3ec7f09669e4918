'use client';

import type { ReactNode } from 'react';
import type { TrackMark } from '@/lib/timebar/event-tracks';
import { monthRange, type MonthIndex } from '@/lib/timebar/histogram';
import { formatCount, formatIsoDate } from '@/lib/format';
import { isoOfDay } from '@/data/filter/epoch-day';
import { formatDayRange } from './format-day';
import type { HistogramRow } from './timebar-types';
import styles from './timebar.module.css';

export interface TimebarReadoutProps {
  rows: readonly HistogramRow[];
  hoveredMonth: MonthIndex | null;
  hoveredMark: TrackMark | null;
  kindLabel: (kind: string) => string;
  /** The selected range in words (TimebarSummary). */
  summary: ReactNode;
}

function monthCounts(rows: readonly HistogramRow[], month: MonthIndex): string {
  const parts = rows.flatMap((row) => {
    const bin = row.histogram.bins.find((b) => b.month === month);
    if (!bin) return [];
    const stacks = row.histogram.categories
      .filter((c) => (bin.counts[c] ?? 0) > 0)
      .map((c) => `${row.categoryLabel(c)} ${formatCount(bin.counts[c]!)}`);
    return [`${row.label}: ${formatCount(bin.total)}${stacks.length > 1 ? ` (${stacks.join(', ')})` : ''}`];
  });
  return parts.length > 0 ? parts.join(' · ') : 'nothing dated';
}

/** One line under the band: the selected range, and the event or the month under the pointer. */
export function TimebarReadout({ rows, hoveredMonth, hoveredMark, kindLabel, summary }: TimebarReadoutProps) {
  let hover: string | null = null;
  if (hoveredMark) {
    hover = `${formatDayRange([hoveredMark.span[0], hoveredMark.span[1]])} · ${kindLabel(hoveredMark.kind)} · ${hoveredMark.title}`;
  } else if (hoveredMonth !== null) {
    hover = `${formatIsoDate(isoOfDay(monthRange(hoveredMonth)[0]), 'month')} · ${monthCounts(rows, hoveredMonth)} · click to select the month`;
  }
  return (
    <p className={styles.readout}>
      {summary}
      {hover && <span className={styles.hover}>{hover}</span>}
    </p>
  );
}
