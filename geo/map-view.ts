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
