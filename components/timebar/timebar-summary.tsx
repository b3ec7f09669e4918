'use client';

import { useLayoutEffect, useRef } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import { MOVING_TEXT_INTERVAL_MS, rangeNow, type LiveRange } from '@/lib/timebar/live-range';
import { formatDay, formatDayRange, formatRangeLength } from './format-day';
import { useLiveSteps } from './use-live-range';
import styles from './timebar.module.css';

/**
 * The selected range in words; null is no time filter, the whole span of the data (`records`). A range wholly before
 * or after the dated records says so: only what runs on without an end date (a port, a rail link) is shown there.
 */
export function rangeSummary(range: TimeRange | null, records: TimeRange): string {
  if (range === null) return `No time filter: ${formatDayRange(records)} and undated records`;
  const words = `${formatDayRange(range)} (${formatRangeLength(range)})`;
  if (range[0] > records[1]) return `${words}, after the last dated record (${formatDay(records[1])})`;
  if (range[1] < records[0]) return `${words}, before the first dated record (${formatDay(records[0])})`;
  return words;
}

export interface TimebarSummaryProps {
  /** The selected range (the dashboard state's). */
  range: TimeRange | null;
  /** The range while it moves: the summary follows each step, as the selection and the map do. */
  live?: LiveRange;
  bounds: TimeRange;
  playing: boolean;
}

/**
 * Changes the element's text in place (its one text node), so that a step re-lays out the text, not a new node. The
 * title holds it too: where the band is narrow the line ends in an ellipsis, and the pointer reads the rest.
 */
function writeText(element: HTMLElement | null, text: string) {
  const first = element?.firstChild;
  if (first instanceof Text && first === element?.lastChild) {
    if (first.data !== text) first.data = text;
  } else if (element) element.textContent = text;
  if (element && element.title !== text) element.title = text;
}

/**
 * Where the range is, in words: a polite live region, so a screen reader hears where playback is. A move's steps are
 * written into it from the live range's subscription, as the selection's are, without a React render, at most every
 * MOVING_TEXT_INTERVAL_MS.
 */
export function TimebarSummary({ range, live, bounds, playing }: TimebarSummaryProps) {
  const node = useRef<HTMLSpanElement>(null);
  const textFor = (shown: TimeRange | null) => `${playing ? 'Playing: ' : ''}${rangeSummary(shown, bounds)}`;
  useLiveSteps(live, () => writeText(node.current, textFor(rangeNow(live, range))), MOVING_TEXT_INTERVAL_MS);
  const text = textFor(rangeNow(live, range));
  // As in the selection: a step may have overwritten what React last wrote.
  useLayoutEffect(() => writeText(node.current, text));
  return (
    <span ref={node} className={styles.summary} role="status" aria-live="polite" aria-label="Selected time range">
      {text}
    </span>
  );
}
