'use client';

import { memo } from 'react';
import {
  PLAYBACK_SPEEDS,
  PLAYBACK_STEPS,
  PLAYBACK_WINDOWS,
  type PlaybackSettings,
  type PlaybackSpeed,
  type PlaybackStep,
  type PlaybackWindow,
} from '@/lib/timebar/playback';
import styles from './timebar.module.css';

export interface PlaybackControlsProps {
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
  settings: PlaybackSettings;
  onSettings: (settings: PlaybackSettings) => void;
}

const STEP_LABELS: Record<PlaybackStep, string> = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' };
const WINDOW_LABELS: Record<PlaybackWindow, string> = { sliding: 'Sliding', cumulative: 'Cumulative' };

/** Play/pause, step, speed, window and loop. Memoised: a moving range does not touch it. */
export const PlaybackControls = memo(function PlaybackControls({ playing, onPlay, onPause, settings, onSettings }: PlaybackControlsProps) {
  const set = (change: Partial<PlaybackSettings>) => onSettings({ ...settings, ...change });
  return (
    <div className={styles.group} role="group" aria-label="Playback">
      {playing ? (
        <button type="button" className={styles.play} onClick={onPause} aria-label="Pause playback">
          ❚❚ Pause
        </button>
      ) : (
        <button type="button" className={styles.play} onClick={onPlay} aria-label="Play through time">
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
  );
});
