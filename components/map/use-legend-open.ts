'use client';

import { useCallback, useSyncExternalStore } from 'react';

/** The user's choice, kept per browser profile: "open" or "closed". */
const STORAGE_KEY = 'route-atlas:legend';
/** Below this window width the open legend would cover a large share of the map: it starts folded. */
const LEGEND_OPEN_MIN_WIDTH_PX = 1600;

const listeners = new Set<() => void>();
/** The choice made on this page, for when storage is switched off. */
let pageChoice: boolean | null = null;

function readStored(): boolean | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'open' ? true : value === 'closed' ? false : null;
  } catch {
    return null;
  }
}

function snapshot(): boolean {
  return readStored() ?? pageChoice ?? window.innerWidth >= LEGEND_OPEN_MIN_WIDTH_PX;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab's choice, or a resize that changes the default before the user has chosen.
  window.addEventListener('storage', listener);
  window.addEventListener('resize', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
    window.removeEventListener('resize', listener);
  };
}

/**
 * Whether the legend is unfolded: the user's last choice, or by default open only on windows at least
 * `LEGEND_OPEN_MIN_WIDTH_PX` wide. The server renders it folded (it knows no window).
 */
export function useLegendOpen(): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(subscribe, snapshot, () => false);
  const setOpen = useCallback((next: boolean) => {
    if (next === snapshot()) return;
    pageChoice = next;
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? 'open' : 'closed');
    } catch {
      // Storage switched off: the choice holds for this page only.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [open, setOpen];
}
