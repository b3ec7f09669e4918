'use client';

import { useCallback, useEffect, useMemo, useRef } from 'react';

/** The part of recharts' mouse-handler state used here (stable across recharts 3 minors). */
interface ActiveState {
  activeTooltipIndex?: number | string | null | undefined;
  activeIndex?: number | string | null | undefined;
}

export interface YearEventHandlers {
  onClick: (state: ActiveState) => void;
  onMouseMove: (state: ActiveState) => void;
  onMouseLeave: () => void;
}

/**
 * Chart-level click and hover handlers that report the year of the row under the pointer. The year comes from
 * the row at recharts' active index (not the axis label), so it works on category and numeric axes alike.
 * Hover reports only changes, so the map is not re-rendered on every mouse move.
 */
export function useYearEvents(
  rows: readonly { year: number }[],
  onYearClick: ((year: number) => void) | undefined,
  onYearHover: ((year: number | null) => void) | undefined,
): YearEventHandlers {
  const hovered = useRef<number | null>(null);
  const yearAt = useCallback(
    (state: ActiveState): number | null => {
      const raw = state.activeTooltipIndex ?? state.activeIndex;
      if (raw === null || raw === undefined) return null;
      const index = Number(raw);
      return Number.isInteger(index) ? (rows[index]?.year ?? null) : null;
    },
    [rows],
  );
  const hover = useCallback(
    (year: number | null) => {
      if (hovered.current === year) return;
      hovered.current = year;
      onYearHover?.(year);
    },
    [onYearHover],
  );
  // A chart that unmounts under the pointer (the filter emptied it, the selection changed) ends its hover.
  useEffect(
    () => () => {
      if (hovered.current !== null) onYearHover?.(null);
    },
    [onYearHover],
  );
  return useMemo(
    () => ({
      onClick: (state: ActiveState) => {
        const year = yearAt(state);
        if (year !== null) onYearClick?.(year);
      },
      onMouseMove: (state: ActiveState) => hover(yearAt(state)),
      onMouseLeave: () => hover(null),
    }),
    [yearAt, hover, onYearClick],
  );
}
