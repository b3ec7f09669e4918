import { useLayoutEffect, useRef } from 'react';
import { currentMapFrame } from '@/components/map/map-frame';
import { DEFAULT_MAP_VIEW, defaultViewFor, type MapView } from '@/geo/map-view';

/**
 * A page opened without a camera of its own (no `view=` in the link, no slide's view) shows the regional view as a
 * 1280 × 800 window does, zoomed out where the map is smaller, so Kholmsk and the East China Sea stay on screen on a
 * 1024 or 1366 × 768 laptop. Done once, before the map loads, so the map starts there rather than flying.
 */
export function useFittedDefaultView(view: MapView, update: (change: { view: MapView }) => void): void {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (done.current) return;
    done.current = true;
    if (new URLSearchParams(window.location.search).has('view')) return;
    if (view.lon !== DEFAULT_MAP_VIEW.lon || view.lat !== DEFAULT_MAP_VIEW.lat || view.zoom !== DEFAULT_MAP_VIEW.zoom) return;
    const fitted = defaultViewFor(currentMapFrame());
    if (fitted.zoom !== view.zoom) update({ view: fitted });
  }, [view, update]);
}
