import type { TimeRange } from '@/data/filter/time-rule';

/**
 * The range while it moves: a drag's later steps, a held key, playback frames. The dashboard state (and the link)
 * takes it once it rests, as it takes the camera after a pan; meanwhile only what must follow every frame (the map's
 * GPU filter and the timebar itself) reads it from here, so a step re-renders those two and nothing else.
 * `undefined`: nothing is moving, the dashboard state's range holds.
 */
export interface LiveRange {
  get: () => TimeRange | null | undefined;
  set: (range: TimeRange | null | undefined) => void;
  subscribe: (onChange: () => void) => () => void;
}

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
