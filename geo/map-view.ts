/** A camera position: degrees for lon/lat, MapLibre zoom levels for zoom. */
export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * The regional view: Primorye, the DPRK, the Yellow and East China Seas, and Sakhalin's Kholmsk, all inside the map
 * a 1280 × 800 window leaves beside the panels and above the timebar.
 */
export const DEFAULT_MAP_VIEW: MapView = { lon: 131, lat: 38.5, zoom: 3.9 };

export const MAP_ZOOM_RANGE = { min: 1, max: 16 } as const;

/** The map a 1280 × 800 window leaves, in CSS pixels: the frame `DEFAULT_MAP_VIEW` was chosen for. */
export const DEFAULT_VIEW_FRAME = { width: 680, height: 592 } as const;

/**
 * The regional view for a map of the given size: `DEFAULT_MAP_VIEW`, zoomed out as far as a smaller map needs to
 * hold the same region (a 1024 × 768 window leaves 424 × 512 px, a 1366 × 768 one 766 × 560), never zoomed in.
 */
export function defaultViewFor(frame: { width: number; height: number }): MapView {
  const shrink = Math.min(0, Math.log2(frame.width / DEFAULT_VIEW_FRAME.width), Math.log2(frame.height / DEFAULT_VIEW_FRAME.height));
  const zoom = Math.max(MAP_ZOOM_RANGE.min, Math.round((DEFAULT_MAP_VIEW.zoom + shrink) * 100) / 100);
  return { ...DEFAULT_MAP_VIEW, zoom };
}

/** Parses `lon,lat,zoom`; returns null for anything malformed or out of range. */
export function parseMapView(value: string): MapView | null {
  const parts = value.split(',');
  if (parts.length !== 3) return null;
  if (parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85) return null;
  if (zoom < MAP_ZOOM_RANGE.min || zoom > MAP_ZOOM_RANGE.max) return null;
  return { lon, lat, zoom };
}

/** `lon,lat,zoom` with precision that matches the zoom (≈ 1 px at that zoom), so links stay short. */
export function formatMapView(view: MapView): string {
  const digits = Math.min(6, Math.max(2, Math.ceil(view.zoom / 3) + 1));
  return `${view.lon.toFixed(digits)},${view.lat.toFixed(digits)},${view.zoom.toFixed(2)}`;
}
