'use client';

import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import type { LiveRange } from '@/lib/timebar/live-range';
import { dragEnd, dragRange, keyMove, moveRange, type RangeHandle } from '@/lib/timebar/range-keys';
import { dayAtX, viewDays, xOfDay, type TimeView } from '@/lib/timebar/time-scale';
import { formatDay, formatDayRange, formatRangeLength } from './format-day';
import type { OnRangeChange } from './timebar-types';
import { useLiveRange } from './use-live-range';
import styles from './timebar.module.css';

export interface TimebarSelectionProps {
  /** The selected range (the dashboard state's); null: none, the bounds are drawn. */
  range: TimeRange | null;
  /** The range while it moves, drawn ahead of `range`: only this component and the summary follow each step. */
  live?: LiveRange;
  bounds: TimeRange;
  view: TimeView;
  widthPx: number;
  onChange: OnRangeChange;
  /** Page x of the plot's left edge, read when a drag starts. */
  plotLeft: () => number;
  /** A press on the range that did not move it: a click at this x (px in the plot). */
  onClickAt: (x: number) => void;
  /** A moving range is leaving the view (a held key, playback): the host moves the view to show it. */
  onLeaveView: (range: TimeRange) => void;
}

interface Gesture {
  handle: RangeHandle;
  startX: number;
  startRange: TimeRange;
  changed: boolean;
}

const HANDLE_LABELS: Record<RangeHandle, string> = {
  from: 'Start of the time range',
  to: 'End of the time range',
  range: 'Time range (moves both ends)',
};

/**
 * The selected range over the histogram: the time outside it dimmed, a handle at each end and the range between them,
 * all three sliders. Dragging a handle moves that end to the day under the pointer; dragging the range moves both.
 * A drag adds one history entry (its first move); its later moves replace it, so Back undoes the whole drag.
 */
export function TimebarSelection(props: TimebarSelectionProps) {
  const { bounds, view, widthPx, onChange, plotLeft, onClickAt, onLeaveView } = props;
  const range = useLiveRange(props.live, props.range) ?? bounds;
  const gesture = useRef<Gesture | null>(null);
  const left = xOfDay(view, widthPx, range[0]);
  const right = xOfDay(view, widthPx, range[1] + 1);
  // Only while it moves: a range set at rest is brought into view by the timebar itself, with the view it draws.
  const leaving = props.live?.get() !== undefined && widthPx > 0 && (left < 0 || right > widthPx || right - left > 0.9 * widthPx);
  useEffect(() => {
    if (leaving) onLeaveView(range);
  }, [leaving, range, onLeaveView]);

  const start = (handle: RangeHandle, event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    gesture.current = { handle, startX: event.clientX, startRange: range, changed: false };
  };
  const move = (event: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g) return;
    let next: TimeRange;
    if (g.handle === 'range') {
      next = dragRange(g.startRange, ((event.clientX - g.startX) / widthPx) * viewDays(view), bounds);
    } else {
      // The start handle sits on a day's left edge, the end handle on its right edge: round to the nearest edge.
      const edge = Math.round(dayAtX(view, widthPx, event.clientX - plotLeft()));
      next = dragEnd(g.startRange, g.handle, g.handle === 'from' ? edge : edge - 1, bounds);
    }
    if (next[0] === range[0] && next[1] === range[1]) return;
    onChange(next, g.changed ? 'transient' : 'commit');
    g.changed = true;
  };
  const end = (event: PointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    gesture.current = null;
    if (g?.handle === 'range' && !g.changed && event.type === 'pointerup') onClickAt(event.clientX - plotLeft());
  };
  const onKeyDown = (handle: RangeHandle, event: KeyboardEvent<HTMLDivElement>) => {
    const step = keyMove(event.key, event.shiftKey);
    if (!step) return;
    event.preventDefault();
    const next = moveRange(range, handle, step, bounds);
    if (next[0] !== range[0] || next[1] !== range[1]) onChange(next, event.repeat ? 'transient' : 'commit');
  };

  const aria = (handle: RangeHandle) => ({
    role: 'slider' as const,
    tabIndex: 0,
    'aria-label': HANDLE_LABELS[handle],
    'aria-valuemin': handle === 'to' ? range[0] : bounds[0],
    'aria-valuemax': handle === 'from' ? range[1] : bounds[1],
    'aria-valuenow': handle === 'to' ? range[1] : range[0],
    'aria-valuetext':
      handle === 'range' ? `${formatDayRange(range)} (${formatRangeLength(range)})` : formatDay(handle === 'from' ? range[0] : range[1]),
  });

  // Placed by transforms on layers of their own (see .dim in the CSS): a moving range is then composited, not a
  // repaint of the histogram under it, which in software rendering costs more than the rest of the step.
  const at = (x: number) => ({ transform: `translateX(${x}px)` });
  return (
    <>
      <div className={styles.dim} style={{ width: widthPx, ...at(Math.max(0, left) - widthPx) }} />
      <div className={styles.dim} style={{ width: widthPx, ...at(Math.min(widthPx, right)) }} />
      {(['range', 'from', 'to'] as const).map((handle) => (
        <div
          key={handle}
          className={handle === 'range' ? styles.rangeBody : styles.handle}
          style={handle === 'range' ? { width: Math.max(2, right - left), ...at(left) } : at(handle === 'from' ? left : right)}
          {...aria(handle)}
          onPointerDown={(event) => start(handle, event)}
          onPointerMove={(event) => move(event)}
          onPointerUp={(event) => end(event)}
          onPointerCancel={(event) => end(event)}
          onKeyDown={(event) => onKeyDown(handle, event)}
        >
          {handle !== 'range' && <span className={styles.grip} />}
        </div>
      ))}
    </>
  );
}
