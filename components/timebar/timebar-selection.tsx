'use client';

import { useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import { rangeNow, type LiveRange } from '@/lib/timebar/live-range';
import { dragEnd, dragRange, keyMove, moveRange, type RangeHandle } from '@/lib/timebar/range-keys';
import { dayAtX, viewDays, xOfDay, type TimeView } from '@/lib/timebar/time-scale';
import { formatDay, formatDayRange, formatRangeLength } from './format-day';
import type { OnRangeChange } from './timebar-types';
import { useLiveSteps } from './use-live-range';
import styles from './timebar.module.css';

export interface TimebarSelectionProps {
  /** The selected range (the dashboard state's); null: none, the bounds are drawn. */
  range: TimeRange | null;
  /** The range while it moves, drawn ahead of `range`: only this, the summary and the map follow each step. */
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

type Part = 'dimBefore' | 'dimAfter' | RangeHandle;
const PARTS: readonly Part[] = ['dimBefore', 'dimAfter', 'range', 'from', 'to'];
const HANDLES: readonly RangeHandle[] = ['range', 'from', 'to'];

interface SelectionParts {
  left: number;
  right: number;
  /** Each part's width and place (transforms, on layers of their own: see .dim in the CSS). */
  style: Record<Part, { width?: string; transform: string }>;
  /** What each slider says. */
  slider: Record<RangeHandle, { min: number; max: number; now: number; text: string }>;
}

/** Where each part of the selection goes for `range`, and what its sliders say: for a render and for a move's step alike. */
function selectionParts(range: TimeRange, bounds: TimeRange, view: TimeView, widthPx: number): SelectionParts {
  const left = xOfDay(view, widthPx, range[0]);
  const right = xOfDay(view, widthPx, range[1] + 1);
  const at = (x: number) => `translateX(${x}px)`;
  const slider = (handle: RangeHandle) => ({
    min: handle === 'to' ? range[0] : bounds[0],
    max: handle === 'from' ? range[1] : bounds[1],
    now: handle === 'to' ? range[1] : range[0],
    text: handle === 'range' ? `${formatDayRange(range)} (${formatRangeLength(range)})` : formatDay(handle === 'from' ? range[0] : range[1]),
  });
  return {
    left,
    right,
    style: {
      dimBefore: { width: `${widthPx}px`, transform: at(Math.max(0, left) - widthPx) },
      dimAfter: { width: `${widthPx}px`, transform: at(Math.min(widthPx, right)) },
      range: { width: `${Math.max(2, right - left)}px`, transform: at(left) },
      from: { transform: at(left) },
      to: { transform: at(right) },
    },
    slider: { range: slider('range'), from: slider('from'), to: slider('to') },
  };
}

/** Writes a move's step into the selection's elements, as a render with that range would. */
function drawParts(nodes: Partial<Record<Part, HTMLDivElement | null>>, parts: SelectionParts) {
  for (const part of PARTS) {
    const node = nodes[part];
    if (!node) continue;
    Object.assign(node.style, parts.style[part]);
    if (part === 'dimBefore' || part === 'dimAfter') continue;
    const { min, max, now, text } = parts.slider[part];
    node.setAttribute('aria-valuemin', String(min));
    node.setAttribute('aria-valuemax', String(max));
    node.setAttribute('aria-valuenow', String(now));
    node.setAttribute('aria-valuetext', text);
  }
}

/**
 * The selected range over the histogram: the time outside it dimmed, a handle at each end and the range between them,
 * all three sliders. Dragging a handle moves that end to the day under the pointer; dragging the range moves both.
 * A drag is one move (see RangeChangeKind): one history entry once it rests, so Back undoes the whole drag.
 *
 * A move's steps (a drag, a held key, playback) are written into the elements from the live range's subscription,
 * as the map's layers are, not rendered: a step then costs no React render at all. A render draws whatever range is
 * current, moving or not, and writes it into the elements again, so the two never disagree.
 */
export function TimebarSelection(props: TimebarSelectionProps) {
  const { live, bounds, view, widthPx, onChange, plotLeft, onClickAt, onLeaveView } = props;
  const gesture = useRef<Gesture | null>(null);
  const nodes = useRef<Partial<Record<Part, HTMLDivElement | null>>>({});
  const current = () => rangeNow(live, props.range) ?? bounds;
  useLiveSteps(live, () => {
    const range = current();
    const step = selectionParts(range, bounds, view, widthPx);
    drawParts(nodes.current, step);
    // Only while it moves: a range set at rest is brought into view by the timebar itself, with the view it draws.
    const leaving = live?.get() !== undefined && widthPx > 0 && (step.left < 0 || step.right > widthPx || step.right - step.left > 0.9 * widthPx);
    if (leaving) onLeaveView(range);
  });
  const parts = selectionParts(current(), bounds, view, widthPx);
  // React writes only what changed since its last render, which a step may have overwritten since: the elements
  // take the render's values again, whatever they hold.
  useLayoutEffect(() => drawParts(nodes.current, parts));

  const start = (handle: RangeHandle, event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    gesture.current = { handle, startX: event.clientX, startRange: current(), changed: false };
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
    const now = current();
    if (next[0] === now[0] && next[1] === now[1]) return;
    onChange(next, g.changed ? 'transient' : 'start');
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
    const now = current();
    const next = moveRange(now, handle, step, bounds);
    if (next[0] !== now[0] || next[1] !== now[1]) onChange(next, event.repeat ? 'transient' : 'start');
  };

  return (
    <>
      {(['dimBefore', 'dimAfter'] as const).map((part) => (
        <div key={part} ref={(node) => void (nodes.current[part] = node)} className={styles.dim} style={parts.style[part]} />
      ))}
      {HANDLES.map((handle) => (
        <div
          key={handle}
          ref={(node) => void (nodes.current[handle] = node)}
          className={handle === 'range' ? styles.rangeBody : styles.handle}
          style={parts.style[handle]}
          role="slider"
          tabIndex={0}
          aria-label={HANDLE_LABELS[handle]}
          aria-valuemin={parts.slider[handle].min}
          aria-valuemax={parts.slider[handle].max}
          aria-valuenow={parts.slider[handle].now}
          aria-valuetext={parts.slider[handle].text}
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
