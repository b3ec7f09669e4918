'use client';

import { useCallback, useState } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import type { TrackMark } from '@/lib/timebar/event-tracks';
import { monthRange, type MonthIndex } from '@/lib/timebar/histogram';
import { DEFAULT_PLAYBACK, type PlaybackSettings } from '@/lib/timebar/playback';
import { presetRange, type TimePreset } from '@/lib/timebar/presets';
import { viewAround, viewForBounds, viewShowing, type TimeView } from '@/lib/timebar/time-scale';
import { formatDayRange, formatRangeLength } from './format-day';
import { TimebarControls } from './timebar-controls';
import { TimebarPlot } from './timebar-plot';
import { TimebarPresets } from './timebar-presets';
import { TimebarReadout } from './timebar-readout';
import { TimebarZoom } from './timebar-zoom';
import type { HistogramRow, OnRangeChange } from './timebar-types';
import { usePlayback } from './use-playback';
import styles from './timebar.module.css';

export interface TimebarProps {
  /** The span of the data (curated and imported): the range stays within it. */
  bounds: TimeRange;
  /** The selected range; null is the full span, no time filter. */
  range: TimeRange | null;
  /**
   * The range the typed dates show, when it differs from `range`: the host's settled range while `range` moves (a
   * drag, playback), so the date inputs are not rebuilt every step. Default: `range`.
   */
  typedRange?: TimeRange | null;
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
  const { bounds, range, onRangeChange } = props;
  const shown: TimeRange = range ?? bounds;
  const [view, setView] = useState<TimeView>(() => viewAround(range, bounds));
  const [settings, setSettings] = useState<PlaybackSettings>(DEFAULT_PLAYBACK);
  const [hoveredMonth, setHoveredMonth] = useState<MonthIndex | null>(null);
  const [hoveredMark, setHoveredMark] = useState<TrackMark | null>(null);

  // Follow the data and the range: new bounds show the whole span again; a range that moved out of view (played,
  // typed, chosen) brings the view along. Adjusted while rendering, so the band never draws a stale view.
  const [seen, setSeen] = useState({ bounds, shown });
  if (seen.bounds[0] !== bounds[0] || seen.bounds[1] !== bounds[1]) {
    setSeen({ bounds, shown });
    setView(viewForBounds(bounds));
  } else if (seen.shown[0] !== shown[0] || seen.shown[1] !== shown[1]) {
    setSeen({ bounds, shown });
    setView(viewShowing(view, shown, bounds));
  }

  const playback = usePlayback(range, bounds, settings, onRangeChange);
  const { pause } = playback;
  // Anything the user does to the range stops playback first.
  const userChange = useCallback<OnRangeChange>(
    (next, kind) => {
      pause();
      onRangeChange(next, kind);
    },
    [pause, onRangeChange],
  );
  const commitDates = useCallback((next: TimeRange) => userChange(next, 'commit'), [userChange]);
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
        range={props.typedRange === undefined ? shown : (props.typedRange ?? bounds)}
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
        range={shown}
        bounds={bounds}
        view={view}
        onViewChange={setView}
        onRangeChange={userChange}
        onHoverMonth={hoverMonth}
        hoveredMonth={hoveredMonth}
        selectedMarkId={props.selectedMarkId}
        onSelectMark={props.onSelectMark}
        onHoverMark={setHoveredMark}
        kindLabel={props.kindLabel}
      />
      <div className={styles.footer}>
        <TimebarReadout
          rows={props.rows}
          hoveredMonth={hoveredMonth}
          hoveredMark={hoveredMark}
          kindLabel={props.kindLabel}
          summary={
            range === null
              ? `All dates: ${formatDayRange(bounds)} and undated records (no time filter)`
              : `${formatDayRange(range)} (${formatRangeLength(range)})`
          }
          playing={playback.playing}
        />
        <TimebarZoom view={view} range={shown} bounds={bounds} onViewChange={setView} />
      </div>
    </section>
  );
}
