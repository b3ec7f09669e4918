import { sameRange, type TimeRange } from '@/data/filter/time-rule';

/**
 * The range while it moves: a drag's steps, a held key, playback frames. The dashboard state (and the link)
 * takes it once it rests, as it takes the camera after a pan; meanwhile only what must follow every frame (the map's
 * GPU filter and the timebar itself) reads it from here, so a step re-renders those two and nothing else.
 * `undefined`: nothing is moving, the dashboard state's range holds.
 */
export interface LiveRange {
  get: () => TimeRange | null | undefined;
  set: (range: TimeRange | null | undefined) => void;
  subscribe: (onChange: () => void) => () => void;
}

/**
 * The most often words follow a moving range (the timebar's summary). Rewriting a line of text lays out the page and
 * repaints the timebar: in the benchmark's drag that was about a fifth of a step's main-thread time, for words nobody
 * reads at sixty a second. The map, the handles and their ARIA values follow every step; the words follow five times
 * a second, the last write comes after a move's last step, and a render writes the current range at once.
 */
export const MOVING_TEXT_INTERVAL_MS = 200;

export function createLiveRange(): LiveRange {
  let current: TimeRange | null | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (range) => {
      if (range === current) return;
      current = range;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** The range to draw now: the moving one while it moves, else `committed` (the dashboard state's). */
export function rangeNow(live: LiveRange | undefined, committed: TimeRange | null): TimeRange | null {
  const moving = live?.get();
  return moving === undefined ? committed : moving;
}

/**
 * Calls `then` once the range has rested `delayMs` with no move under way away from `settled` (the dashboard state's
 * range), asking again every `delayMs` while one is. A move reaches the state each time it rests and goes on in `live`
 * if it moves again: what follows the state at rest (the panels) must not draw that range in mid-move. Once the
 * move rests the state takes it (a new `settled`, a new wait), or the move came back to `settled` and `then` runs.
 * Returns a function that cancels the wait.
 */
export function whenRested(live: LiveRange | undefined, settled: TimeRange | null, delayMs: number, then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const ask = () => {
    const moving = live?.get();
    if (moving !== undefined && !sameRange(moving, settled)) timer = setTimeout(ask, delayMs);
    else then();
  };
  timer = setTimeout(ask, delayMs);
  return () => clearTimeout(timer);
}
