import type { TimeRange } from '@/data/filter/time-rule';
import type { MonthHistogram } from '@/lib/timebar/histogram';

/**
 * How a range change should enter the dashboard state and the browser history: `commit` is a choice of the user's
 * (typed dates, a preset, a click), taken at once as a new entry; `start` is the first step of a move (a drag's first
 * move, a key press, playback's first frame) and `transient` a later step of it (a drag's later moves, a held key's
 * repeats, playback frames): both are drawn at once by the map and the timebar alone, and reach the state once the
 * range rests, the move's start as a new entry, later steps replacing it.
 */
export type RangeChangeKind = 'commit' | 'start' | 'transient';

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
