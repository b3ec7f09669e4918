import type { TimeRange } from '@/data/filter/time-rule';
import type { MonthHistogram } from '@/lib/timebar/histogram';

/**
 * How a range change should enter the browser history: `commit` is a choice of the user's (a new entry), `transient`
 * a step of something in progress (a drag after its first move, a playback frame, a held key) that replaces it.
 */
export type RangeChangeKind = 'commit' | 'transient';

/** A new range, or null for the full span (no time filter). */
export type OnRangeChange = (range: TimeRange | null, kind: RangeChangeKind) => void;

/** One row of the histogram: its own scale, its own stacks. */
export interface HistogramRow {
  id: string;
  /** Says what the bars count, e.g. "Dated records" or "positions.csv: positions". */
  label: string;
  histogram: MonthHistogram;
  /** CSS colour of a category's stack. */
  colorOf: (category: string) => string;
  /** Words for a category in the tooltip. */
  categoryLabel: (category: string) => string;
}
