'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimeRange } from '@/data/filter/time-rule';
import type { LiveRange } from '@/lib/timebar/live-range';
import { playbackNext, playbackStart, stepIntervalMs, type PlaybackSettings } from '@/lib/timebar/playback';
import type { OnRangeChange } from './timebar-types';
import { useLiveRange } from './use-live-range';

export interface Playback {
  playing: boolean;
  play: () => void;
  pause: () => void;
}

/**
 * Plays the range forward: the first frame is a history entry of its own, every later one replaces it (Back returns
 * to where playback began). One timer per frame, set after the frame is shown, so a slow render delays the next
 * step instead of piling steps up; the page stays responsive while it plays. Its frames move `live` (the host's
 * state takes the range once it rests), so while it plays it follows `live`, and a drag (not playing) costs nothing here.
 */
export function usePlayback(
  committed: TimeRange | null,
  live: LiveRange | undefined,
  bounds: TimeRange,
  settings: PlaybackSettings,
  onChange: OnRangeChange,
): Playback {
  const [playing, setPlaying] = useState(false);
  const range = useLiveRange(playing ? live : undefined, committed);
  // The step timer must not restart when the host re-renders with a new callback.
  const latest = useRef({ onChange, settings, bounds, range, live });
  useEffect(() => {
    latest.current = { onChange, settings, bounds, range, live };
  });
  // Playback that starts on the range already shown changes nothing at first: its first step is then the new entry.
  const firstStepIsNew = useRef(false);

  useEffect(() => {
    if (!playing || range === null) return;
    const timer = setTimeout(() => {
      const { onChange: change, settings: s, bounds: b } = latest.current;
      const next = playbackNext(range, s, b);
      if (next === null) return setPlaying(false);
      change(next, firstStepIsNew.current ? 'start' : 'transient');
      firstStepIsNew.current = false;
    }, stepIntervalMs(settings.speed));
    return () => clearTimeout(timer);
  }, [playing, range, settings.speed]);

  // The same function while the range moves, so the playback controls are not drawn again each step.
  const play = useCallback(() => {
    const { onChange: change, settings: s, bounds: b } = latest.current;
    // A move that has not rested yet (a drag let go a moment ago) is where playback starts.
    const moving = latest.current.live?.get();
    const range = moving === undefined ? latest.current.range : moving;
    const start = playbackStart(range, s, b);
    firstStepIsNew.current = range !== null && start[0] === range[0] && start[1] === range[1];
    if (!firstStepIsNew.current) change(start, 'commit');
    setPlaying(true);
  }, []);
  const pause = useCallback(() => setPlaying(false), []);
  return { playing, play, pause };
}
