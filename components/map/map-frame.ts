import { DEFAULT_MAP_FRAME, type MapFrame } from '@/geo/frame-view';

/**
 * The map's size on this screen now, for a camera that frames something: a 1024 px window leaves the map about half
 * the width a 1280 px one does. The usual size where the map is not shown (a test, or WebGL missing).
 */
export function currentMapFrame(): MapFrame {
  const map = typeof document === 'undefined' ? null : document.querySelector<HTMLElement>('[data-testid="atlas-map"]');
  const box = map?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : DEFAULT_MAP_FRAME;
}
