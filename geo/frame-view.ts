import { DEFAULT_VIEW_FRAME, type MapView } from './map-view';

/** West, south, east, north, in degrees. */
export type Box = [west: number, south: number, east: number, north: number];

/** The map's size in CSS pixels, which a camera that frames something must fit. */
export interface MapFrame {
  width: number;
  height: number;
}

/** The zoom a single spot is shown at: the port or the ship and the coast around it. */
const POINT_ZOOM = 8;
const MAX_ZOOM = 10;
const MIN_ZOOM = 1;
/** Zoom levels given up for a margin, so what is framed does not touch the map's edges (0.4: about 12% each side). */
const MARGIN_ZOOM = 0.4;

function mercatorY(lat: number): number {
  const rad = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + rad / 2)) / (2 * Math.PI);
}

/**
 * The camera that shows a box whole in a map of the given size: fitted to its extent with a margin, a fixed zoom for
 * a single spot. Web mercator with 512 px tiles, as MapLibre draws.
 */
export function viewForBox([west, south, east, north]: Box, frame: MapFrame = DEFAULT_VIEW_FRAME): MapView {
  const lon = (west + east) / 2;
  const lat = (south + north) / 2;
  const spanX = (east - west) / 360;
  const spanY = Math.abs(mercatorY(north) - mercatorY(south));
  if (spanX < 1e-5 && spanY < 1e-5) return { lon, lat, zoom: POINT_ZOOM };
  // The world is 512·2^z px wide at zoom z.
  const zoomX = Math.log2(frame.width / (512 * Math.max(spanX, 1e-6)));
  const zoomY = Math.log2(frame.height / (512 * Math.max(spanY, 1e-6)));
  const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.min(zoomX, zoomY) - MARGIN_ZOOM));
  return { lon, lat, zoom: Math.round(zoom * 100) / 100 };
}
