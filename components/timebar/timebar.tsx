'use client';

import { useCallback, useState } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import type { TrackMark } from '@/lib/timebar/event-tracks';
import type { LiveRange } from '@/lib/timebar/live-range';
import { monthRange, type MonthIndex } from '@/lib/timebar/histogram';
import { DEFAULT_PLAYBACK, steppedRange, type PlaybackSettings } from '@/lib/timebar/playback';
import { presetRange, type TimePreset } from '@/lib/timebar/presets';
import { clampView, viewAround, viewForBounds, viewForTypedRange, viewShowing, type TimeView } from '@/lib/timebar/time-scale';
import { TimebarControls } from './timebar-controls';
import { TimebarPlot } from './timebar-plot';
import { TimebarPresets } from './timebar-presets';
import { TimebarSummary } from './timebar-summary';
import { TimebarZoom } from './timebar-zoom';
import type { HistogramRow, OnRangeChange } from './timebar-types';
import { RangeStepButtons } from './range-step-buttons';
import { usePlayback } from './use-playback';
import styles from './timebar.module.css';

export interface TimebarProps {
  /** The span the band covers (the data's, curated and imported, and the selected range's): the range stays within it. */
  bounds: TimeRange;
  /** The span of the dated records alone, where it is narrower than `bounds`: a range outside it is said to be. */
  recordSpan?: TimeRange;
  /** The selected range (the host's state); null is the full span, no time filter. */
  range: TimeRange | null;
  /**
   * The range while it moves (a drag, a held key, playback), ahead of `range`. Only the selection and the summary
   * follow each step (and the whole timebar while it plays); the typed dates, presets and zoom take the range once
   * the host's state does.
   */
  live?: LiveRange;
  onRangeChange: OnRangeChange;
  rows: readonly HistogramRow[];
  marks: readonly TrackMark[];
  kindLabel: (kind: string) => string;
  selectedMarkId: string | null;
  onSelectMark: (mark: TrackMark) => void;
  /** The month under the pointer as a range, or null: the host highlights its records. */
  onHoverMonth: (month: TimeRange | null) => void;
  /** A preset was chosen; its range has already been applied through `onRangeChange`. */
  onPreset?: (preset: TimePreset) => void;
}

/**
 * The timebar: a band under the map with a monthly histogram of the data, the timeline's events, and the selected
 * range, which can be dragged, typed, stepped with the keyboard, chosen from presets, and played.
 */
export function Timebar(props: TimebarProps) {
  const { bounds, range, live, onRangeChange } = props;
  const shown: TimeRange = range ?? bounds;
  const [view, setView] = useState<TimeView>(() => viewAround(range, bounds));
  const [settings, setSettings] = useState<PlaybackSettings>(DEFAULT_PLAYBACK);
  const [hoveredMonth, setHoveredMonth] = useState<MonthIndex | null>(null);
  const [hoveredMark, setHoveredMark] = useState<TrackMark | null>(null);

  // Follow the data and the range: bounds that grew (a layer imported, a slide's range outside the records) show the
  // whole span again; bounds that shrank (a range outside the records moved back in) keep the view where it can
  // stay; a range that moved out of view (played, typed, chosen) brings the view along. Adjusted while rendering,
  // so the band never draws a stale view.
  const [seen, setSeen] = useState({ bounds, shown });
  if (seen.bounds[0] !== bounds[0] || seen.bounds[1] !== bounds[1]) {
    setSeen({ bounds, shown });
    const grew = bounds[0] < seen.bounds[0] || bounds[1] > seen.bounds[1];
    setView(grew ? viewForBounds(bounds) : viewShowing(clampView(view, bounds), shown, bounds));
  } else if (seen.shown[0] !== shown[0] || seen.shown[1] !== shown[1]) {
    setSeen({ bounds, shown });
    setView(viewShowing(view, shown, bounds));
  }

  const showMoving = useCallback((moving: TimeRange) => setView((v) => viewShowing(v, moving, bounds)), [bounds]);

  const playback = usePlayback(range, live, bounds, settings, onRangeChange);
  const { pause } = playback;
  // Anything the user does to the range stops playback first.
  const userChange = useCallback<OnRangeChange>(
    (next, kind) => {
      pause();
      onRangeChange(next, kind);
    },
    [pause, onRangeChange],
  );
  const commitDates = useCallback(
    (next: TimeRange) => {
      setView((v) => viewForTypedRange(v, next, bounds));
      userChange(next, 'commit');
    },
    [userChange, bounds],
  );
  // One step back or forward from the range as it is now: a move that has not rested yet is where it steps from.
  const step = useCallback(
    (direction: 1 | -1) => {
      const moving = live?.get();
      const next = steppedRange(moving === undefined ? range : moving, settings, bounds, direction);
      if (next) userChange(next, 'commit');
    },
    [live, range, settings, bounds, userChange],
  );
  const choosePreset = (preset: TimePreset) => {
    userChange(presetRange(preset, bounds), 'commit');
    props.onPreset?.(preset);
  };
  const { onHoverMonth } = props;
  const hoverMonth = useCallback(
    (month: MonthIndex | null) => {
      setHoveredMonth(month);
      onHoverMonth(month === null ? null : monthRange(month));
    },
    [onHoverMonth],
  );

  return (
    <section className={styles.timebar} aria-label="Timebar">
      <TimebarControls
        range={shown}
        bounds={bounds}
        onDates={commitDates}
        playing={playback.playing}
        onPlay={playback.play}
        onPause={playback.pause}
        settings={settings}
        onSettings={setSettings}
      />
      <TimebarPresets range={range} bounds={bounds} onChoose={choosePreset} />
      <TimebarPlot
        rows={props.rows}
        marks={props.marks}
        range={range}
        live={live}
        bounds={bounds}
        view={view}
        onViewChange={setView}
        onLeaveView={showMoving}
        onRangeChange={userChange}
        onHoverMonth={hoverMonth}
        hoveredMonth={hoveredMonth}
        selectedMarkId={props.selectedMarkId}
        onSelectMark={props.onSelectMark}
        hoveredMark={hoveredMark}
        onHoverMark={setHoveredMark}
        kindLabel={props.kindLabel}
      />
      <div className={styles.footer}>
        <RangeStepButtons
          step={settings.step}
          window={settings.window}
          canStepBack={steppedRange(range, settings, bounds, -1) !== null}
          canStepForward={steppedRange(range, settings, bounds, 1) !== null}
          onStep={step}
        />
        <p className={styles.readout}>
          <TimebarSummary range={range} live={live} bounds={props.recordSpan ?? bounds} playing={playback.playing} />
        </p>
        <TimebarZoom view={view} range={shown} bounds={bounds} onViewChange={setView} />
      </div>
    </section>
  );
}
