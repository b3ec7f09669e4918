'use client';

import type { TimeRange } from '@/data/filter/time-rule';
import { viewForBounds, zoomView, type TimeView } from '@/lib/timebar/time-scale';
import styles from './timebar.module.css';

export interface TimebarZoomProps {
  view: TimeView;
  range: TimeRange;
  bounds: TimeRange;
  onViewChange: (view: TimeView) => void;
}

/** Zoom in and out about the middle of the range (so it stays in view), and back to the whole span of the data. */
export function TimebarZoom({ view, range, bounds, onViewChange }: TimebarZoomProps) {
  const zoomBy = (factor: number) => onViewChange(zoomView(view, factor, (range[0] + range[1] + 1) / 2, bounds));
  return (
    <div className={styles.zoom} role="group" aria-label="Zoom">
      <button type="button" onClick={() => zoomBy(0.5)} aria-label="Zoom in on the timebar">
        +
      </button>
      <button type="button" onClick={() => zoomBy(2)} aria-label="Zoom out on the timebar">
        −
      </button>
      <button type="button" onClick={() => onViewChange(viewForBounds(bounds))} title="Show the whole span of the data">
        Fit
      </button>
    </div>
  );
}
