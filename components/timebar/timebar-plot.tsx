'use client';

import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import type { TrackMark } from '@/lib/timebar/event-tracks';
import type { LiveRange } from '@/lib/timebar/live-range';
import { binAt, monthIndexOfDay, monthRange, type MonthIndex } from '@/lib/timebar/histogram';
import { dayAtX, panView, viewDays, xOfDay, zoomView, type TimeView } from '@/lib/timebar/time-scale';
import { TimebarAxis } from './timebar-axis';
import { TimebarHistogram } from './timebar-histogram';
import { TimebarHoverCard } from './timebar-hover-card';
import { TimebarSelection } from './timebar-selection';
import { TimebarTracks } from './timebar-tracks';
import type { HistogramRow, OnRangeChange } from './timebar-types';
import { useElementWidth } from './use-element-width';
import styles from './timebar.module.css';

const ROW_HEIGHT_PX = 36;
const LANE_HEIGHT_PX = 9;
const LANES = 3;
const AXIS_HEIGHT_PX = 18;
/** A press that moves less than this is a click. */
const CLICK_SLOP_PX = 3;

export interface TimebarPlotProps {
  rows: readonly HistogramRow[];
  marks: readonly TrackMark[];
  /** The selected range (null: none) and the range while it moves: see TimebarSelection. */
  range: TimeRange | null;
  live?: LiveRange;
  bounds: TimeRange;
  view: TimeView;
  onViewChange: (view: TimeView) => void;
  /** A moving range is leaving the view: show it. */
  onLeaveView: (range: TimeRange) => void;
  onRangeChange: OnRangeChange;
  /** The month under the pointer (null when it leaves): the host highlights its records on the map. */
  onHoverMonth: (month: MonthIndex | null) => void;
  hoveredMonth: MonthIndex | null;
  selectedMarkId: string | null;
  onSelectMark: (mark: TrackMark) => void;
  /** The event under the pointer or focused, named in the hover card. */
  hoveredMark: TrackMark | null;
  onHoverMark: (mark: TrackMark | null) => void;
  kindLabel: (kind: string) => string;
}

/**
 * The drawing part of the timebar: histogram rows, event tracks and the axis, with the selected range over them.
 * Wheel zooms about the pointer (horizontal wheel and dragging the axis pan; the buttons are in the footer);
 * dragging across the histogram draws a new range; clicking a month's bar selects that month.
 */
export function TimebarPlot(props: TimebarPlotProps) {
  const { rows, marks, range, bounds, view, onViewChange, onRangeChange, onHoverMonth, hoveredMonth } = props;
  const plot = useRef<HTMLDivElement>(null);
  const widthPx = useElementWidth(plot);
  const plotLeft = useCallback(() => plot.current?.getBoundingClientRect().left ?? 0, []);
  const brush = useRef<{ startX: number; startDay: number; changed: boolean } | null>(null);
  const pan = useRef<{ lastX: number } | null>(null);
  const [hoverX, setHoverX] = useState<number | null>(null);

  // The wheel needs a non-passive listener to keep the page from scrolling while it zooms.
  const latest = useRef({ view, bounds, widthPx, onViewChange });
  useEffect(() => {
    latest.current = { view, bounds, widthPx, onViewChange };
  });
  useEffect(() => {
    const element = plot.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const { view: v, bounds: b, widthPx: w, onViewChange: change } = latest.current;
      if (w <= 0) return;
      event.preventDefault();
      const x = event.clientX - element.getBoundingClientRect().left;
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) change(panView(v, (event.deltaX / w) * viewDays(v), b));
      else change(zoomView(v, Math.exp(event.deltaY * 0.0015), dayAtX(v, w, x), b));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const xOf = (event: PointerEvent) => event.clientX - plotLeft();
  const monthWithBarsAt = (x: number): MonthIndex | null => {
    const day = dayAtX(view, widthPx, x);
    return rows.some((row) => binAt(row.histogram, day)) ? monthIndexOfDay(day) : null;
  };
  const selectMonthAt = (x: number) => {
    const month = monthWithBarsAt(x);
    if (month !== null) onRangeChange(monthRange(month), 'commit');
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const x = xOf(event);
    // No card or cursor line while a button is down: the handles and the summary show a drag.
    setHoverX(event.buttons === 0 ? x : null);
    const month = monthWithBarsAt(x);
    if (month !== hoveredMonth) onHoverMonth(month);
  };
  const onPointerLeave = () => {
    setHoverX(null);
    if (hoveredMonth !== null) onHoverMonth(null);
  };

  const onBrushDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const x = xOf(event);
    brush.current = { startX: x, startDay: Math.floor(dayAtX(view, widthPx, x)), changed: false };
  };
  const onBrushMove = (event: PointerEvent<HTMLDivElement>) => {
    const b = brush.current;
    if (!b) return;
    const x = xOf(event);
    if (!b.changed && Math.abs(x - b.startX) < CLICK_SLOP_PX) return;
    const day = Math.floor(dayAtX(view, widthPx, x));
    const from = Math.max(bounds[0], Math.min(b.startDay, day));
    const to = Math.min(bounds[1], Math.max(b.startDay, day));
    if (from > to) return;
    onRangeChange([from, to], b.changed ? 'transient' : 'start');
    b.changed = true;
  };
  const onBrushUp = (event: PointerEvent<HTMLDivElement>) => {
    const b = brush.current;
    brush.current = null;
    if (b && !b.changed) selectMonthAt(xOf(event));
  };

  const onAxisDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    pan.current = { lastX: event.clientX };
  };
  const onAxisMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!pan.current) return;
    const dx = event.clientX - pan.current.lastX;
    pan.current.lastX = event.clientX;
    onViewChange(panView(view, (-dx / widthPx) * viewDays(view), bounds));
  };

  const plotHeight = rows.length * ROW_HEIGHT_PX + LANES * LANE_HEIGHT_PX;
  const { hoveredMark } = props;
  // A mark focused from the keyboard has no pointer: the card goes by the mark.
  const anchorX = hoverX ?? (hoveredMark ? xOfDay(view, widthPx, hoveredMark.span[0]) : null);
  return (
    <div className={styles.plot} ref={plot} onPointerMove={onPointerMove} onPointerLeave={onPointerLeave}>
      <div className={styles.drawing} style={{ height: plotHeight }}>
        <div className={styles.brushArea} onPointerDown={onBrushDown} onPointerMove={onBrushMove} onPointerUp={onBrushUp} onPointerCancel={() => (brush.current = null)}>
          <TimebarHistogram rows={rows} view={view} widthPx={widthPx} rowHeightPx={ROW_HEIGHT_PX} firstDay={bounds[0]} hoveredMonth={hoveredMonth} />
        </div>
        <TimebarSelection
          range={range}
          live={props.live}
          bounds={bounds}
          view={view}
          widthPx={widthPx}
          onChange={onRangeChange}
          plotLeft={plotLeft}
          onClickAt={selectMonthAt}
          onLeaveView={props.onLeaveView}
        />
        <div className={styles.trackRow} style={{ top: rows.length * ROW_HEIGHT_PX }}>
          <TimebarTracks
            marks={marks}
            view={view}
            widthPx={widthPx}
            laneHeightPx={LANE_HEIGHT_PX}
            lanes={LANES}
            selectedId={props.selectedMarkId}
            kindLabel={props.kindLabel}
            onSelect={props.onSelectMark}
            onHover={props.onHoverMark}
          />
        </div>
        {hoverX !== null && <div className={styles.cursor} style={{ left: hoverX }} />}
      </div>
      <div
        className={styles.axisStrip}
        title="Drag to move through time; the wheel zooms"
        onPointerDown={onAxisDown}
        onPointerMove={onAxisMove}
        onPointerUp={() => (pan.current = null)}
        onPointerCancel={() => (pan.current = null)}
      >
        <TimebarAxis view={view} widthPx={widthPx} heightPx={AXIS_HEIGHT_PX} />
      </div>
      <TimebarHoverCard rows={rows} hoveredMonth={hoveredMonth} hoveredMark={hoveredMark} kindLabel={props.kindLabel} anchorX={anchorX} widthPx={widthPx} footPx={AXIS_HEIGHT_PX} />
    </div>
  );
}
