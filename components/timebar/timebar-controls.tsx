'use client';

import type { TimeRange } from '@/data/filter/time-rule';
import {
  PLAYBACK_SPEEDS,
  PLAYBACK_STEPS,
  PLAYBACK_WINDOWS,
  type PlaybackSettings,
  type PlaybackSpeed,
  type PlaybackStep,
  type PlaybackWindow,
} from '@/lib/timebar/playback';
import { DateField } from './date-field';
import styles from './timebar.module.css';

export interface TimebarControlsProps {
  /** The range shown (the bounds when there is no filter). */
  range: TimeRange;
  bounds: TimeRange;
  onDates: (range: TimeRange) => void;
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
  settings: PlaybackSettings;
  onSettings: (settings: PlaybackSettings) => void;
}

const STEP_LABELS: Record<PlaybackStep, string> = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' };
const WINDOW_LABELS: Record<PlaybackWindow, string> = { sliding: 'Sliding', cumulative: 'Cumulative' };

/** Playback (play/pause, step, speed, window, loop) and the two typed dates. */
export function TimebarControls(props: TimebarControlsProps) {
  const { range, bounds, settings, onSettings } = props;
  const set = (change: Partial<PlaybackSettings>) => onSettings({ ...settings, ...change });
  return (
    <div className={styles.controls}>
      <div className={styles.group} role="group" aria-label="Playback">
        {props.playing ? (
          <button type="button" className={styles.play} onClick={props.onPause} aria-label="Pause playback">
            ❚❚ Pause
          </button>
        ) : (
          <button type="button" className={styles.play} onClick={props.onPlay} aria-label="Play through time">
            ▶ Play
          </button>
        )}
        <label>
          <span className={styles.srOnly}>Step</span>
          <select value={settings.step} onChange={(e) => set({ step: e.target.value as PlaybackStep })} title="How far each step moves">
            {PLAYBACK_STEPS.map((s) => (
              <option key={s} value={s}>
                {STEP_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className={styles.srOnly}>Speed</span>
          <select value={settings.speed} onChange={(e) => set({ speed: Number(e.target.value) as PlaybackSpeed })} title="Steps per second">
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className={styles.srOnly}>Window</span>
          <select value={settings.window} onChange={(e) => set({ window: e.target.value as PlaybackWindow })} title="Sliding: the range keeps its length. Cumulative: it grows from its start.">
            {PLAYBACK_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {WINDOW_LABELS[w]}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={settings.loop} onChange={(e) => set({ loop: e.target.checked })} /> Loop
        </label>
      </div>
      <div className={styles.group} role="group" aria-label="Dates">
        <DateField label="From" day={range[0]} min={bounds[0]} max={range[1]} onCommit={(day) => props.onDates([day, range[1]])} />
        <DateField label="To" day={range[1]} min={range[0]} max={bounds[1]} onCommit={(day) => props.onDates([range[0], day])} />
      </div>
    </div>
  );
}
