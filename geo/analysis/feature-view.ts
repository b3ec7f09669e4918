import { bbox, featureCollection } from '@turf/turf';
import type { AnyFeature } from '@/data';
import type { MapView } from '@/geo/map-view';

/** The map area a fly-to frames, in CSS pixels; close to the map's size on a laptop screen. */
const FRAME_PX = { width: 800, height: 640 };
const POINT_ZOOM = 8;
const MAX_ZOOM = 10;

function mercatorY(lat: number): number {
  const rad = (lat * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + rad / 2)) / (2 * Math.PI);
}

/** A camera that frames a feature: points at a fixed zoom, lines and areas fitted to their extent. */
export function viewForFeature(feature: AnyFeature): MapView {
  return viewForFeatures([feature])!;
}

/** A camera that frames features together (those a timeline event names); null for none. */
export function viewForFeatures(features: readonly AnyFeature[]): MapView | null {
  if (features.length === 0) return null;
  const [west, south, east, north] = bbox(featureCollection<AnyFeature['geometry']>([...features])) as [number, number, number, number];
  const lon = (west + east) / 2;
  const lat = (south + north) / 2;
  if (west === east && south === north) return { lon, lat, zoom: POINT_ZOOM };
  // World width at zoom z is 512·2^z px; fit the extent into the frame with a margin.
  const spanX = Math.max((east - west) / 360, 1e-6);
  const spanY = Math.max(Math.abs(mercatorY(north) - mercatorY(south)), 1e-6);
  const zoomX = Math.log2(FRAME_PX.width / (512 * spanX));
  const zoomY = Math.log2(FRAME_PX.height / (512 * spanY));
  const zoom = Math.min(MAX_ZOOM, Math.min(zoomX, zoomY) - 0.4);
  return { lon, lat, zoom: Math.round(zoom * 100) / 100 };
}
