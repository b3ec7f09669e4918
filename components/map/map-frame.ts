import { DEFAULT_VIEW_FRAME } from '@/geo/map-view';
import type { MapFrame } from '@/geo/frame-view';

/**
 * The map's size on this screen now, for a camera that frames something: a 1024 px window leaves the map about
 * two thirds of the width a 1280 px one does. Read from the map's area, which is laid out before the map itself
 * has loaded; the 1280 × 800 window's map where there is none (a test).
 */
export function currentMapFrame(): MapFrame {
  const area = typeof document === 'undefined' ? null : document.querySelector<HTMLElement>('main.map-area');
  const box = area?.getBoundingClientRect();
  return box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : DEFAULT_VIEW_FRAME;
}
