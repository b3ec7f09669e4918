'use client';

import type { TrackMark } from '@/lib/timebar/event-tracks';
import { monthRange, type MonthIndex } from '@/lib/timebar/histogram';
import { formatCount, formatIsoDate } from '@/lib/format';
import { isoOfDay } from '@/data/filter/epoch-day';
import { formatDayRange } from './format-day';
import type { HistogramRow } from './timebar-types';
import styles from './timebar.module.css';

/** How far the card keeps from the pointer. */
const GAP_PX = 12;

export interface TimebarHoverCardProps {
  rows: readonly HistogramRow[];
  hoveredMonth: MonthIndex | null;
  hoveredMark: TrackMark | null;
  kindLabel: (kind: string) => string;
  /** Where the pointer (or the focused mark) is, in the plot's pixels; null: nothing to show. */
  anchorX: number | null;
  widthPx: number;
  /** How far above the plot's bottom the card's foot sits: on the axis, not over it. */
  footPx: number;
}

/** Each row's count for the month, and its stacks when there are several. */
function MonthCounts({ rows, month }: { rows: readonly HistogramRow[]; month: MonthIndex }) {
  const lines = rows.flatMap((row) => {
    const bin = row.histogram.bins.find((b) => b.month === month);
    if (!bin) return [];
    const stacks = row.histogram.categories
      .filter((c) => (bin.counts[c] ?? 0) > 0)
      .map((c) => `${row.categoryLabel(c)} ${formatCount(bin.counts[c]!)}`);
    return [
      <span key={row.id}>
        {row.label}: {formatCount(bin.total)}
        {stacks.length > 1 && <span className={styles.hoverStacks}> ({stacks.join(', ')})</span>}
      </span>,
    ];
  });
  return lines.length > 0 ? <>{lines}</> : <span>Nothing dated</span>;
}

/**
 * A card beside the pointer naming the month or the timeline event under it, with the month's counts. It sits over
 * the band rather than on the line under it, where a month's stacks or an event's title were cut short at laptop
 * widths. It takes no pointer events, so the bars and marks under it stay live.
 */
export function TimebarHoverCard({ rows, hoveredMonth, hoveredMark, kindLabel, anchorX, widthPx, footPx }: TimebarHoverCardProps) {
  let lines;
  if (hoveredMark) {
    lines = (
      <>
        <strong>{hoveredMark.title}</strong>
        <span>
          {formatDayRange([hoveredMark.span[0], hoveredMark.span[1]])} · {kindLabel(hoveredMark.kind)}
        </span>
        <span className={styles.hoverHint}>Click to open the event</span>
      </>
    );
  } else if (hoveredMonth !== null) {
    lines = (
      <>
        <strong>{formatIsoDate(isoOfDay(monthRange(hoveredMonth)[0]), 'month')}</strong>
        <MonthCounts rows={rows} month={hoveredMonth} />
        <span className={styles.hoverHint}>Click to select the month</span>
      </>
    );
  }
  if (anchorX === null || !lines) return null;
  // On the side of the pointer with more room.
  const side = anchorX < widthPx / 2 ? { left: anchorX + GAP_PX } : { right: widthPx - anchorX + GAP_PX };
  return (
    <div className={styles.hoverCard} style={{ ...side, bottom: footPx }} data-testid="timebar-hover-card">
      {lines}
    </div>
  );
}
