import type { AisEvent } from '@/geo/analysis/ais';
import type { MapView } from '@/geo/map-view';
import type { UserLayer, ImportedGeometry } from './types';

/** The map area a fly-to frames, in CSS pixels (as `viewForFeature`). */
const FRAME_PX = { width: 800, height: 640 };
const MAX_ZOOM = 10;
const SINGLE_POINT_ZOOM = 8;

function mercatorY(lat: number): number {
  const rad = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + rad / 2)) / (2 * Math.PI);
}

type Box = [west: number, south: number, east: number, north: number];

function extend(box: Box, lon: number, lat: number): void {
  box[0] = Math.min(box[0], lon);
  box[1] = Math.min(box[1], lat);
  box[2] = Math.max(box[2], lon);
  box[3] = Math.max(box[3], lat);
}

function extendGeometry(box: Box, g: ImportedGeometry): void {
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') extend(box, c[0], c[1]);
    else if (Array.isArray(c)) for (const x of c) walk(x);
  };
  walk(g.coordinates);
}

/** West, south, east, north of everything a user layer draws; null when it draws nothing. */
export function layerBounds(userLayer: UserLayer): Box | null {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  if (userLayer.kind === 'ais') {
    if (userLayer.tracks) {
      for (const v of userLayer.tracks.vessels) for (let i = 0; i < v.length; i++) extend(box, v.lonE6[i]! / 1e6, v.latE6[i]! / 1e6);
    } else {
      for (const e of userLayer.detection?.events ?? []) extend(box, e.lon, e.lat);
    }
  } else {
    for (const f of userLayer.features) extendGeometry(box, f.geometry);
  }
  return box[0] <= box[2] ? box : null;
}

/** A camera that frames a box: fitted to its extent with a margin, a fixed zoom for a single spot. */
export function viewForBounds([west, south, east, north]: Box): MapView {
  const lon = (west + east) / 2;
  const lat = (south + north) / 2;
  const spanX = (east - west) / 360;
  const spanY = Math.abs(mercatorY(north) - mercatorY(south));
  if (spanX < 1e-5 && spanY < 1e-5) return { lon, lat, zoom: SINGLE_POINT_ZOOM };
  const zoomX = Math.log2(FRAME_PX.width / (512 * Math.max(spanX, 1e-6)));
  const zoomY = Math.log2(FRAME_PX.height / (512 * Math.max(spanY, 1e-6)));
  const zoom = Math.max(1, Math.min(MAX_ZOOM, Math.min(zoomX, zoomY) - 0.4));
  return { lon, lat, zoom: Math.round(zoom * 100) / 100 };
}

/** The view that frames a user layer, or null when it has nothing to show. */
export function viewForLayer(userLayer: UserLayer): MapView | null {
  const box = layerBounds(userLayer);
  return box === null ? null : viewForBounds(box);
}

/** How close an AIS event chosen in its list is shown: the vessels' tracks around it and the coast nearby. */
export const AIS_EVENT_ZOOM = 9;

/**
 * The camera for an AIS event chosen in its list: a gap framed from where the vessel went dark to where it
 * reappeared (often a hundred kilometres or more apart, so centring the first would leave the second off screen),
 * any other event at its position.
 */
export function viewForAisEvent(event: AisEvent): MapView {
  if (event.kind !== 'gap') return { lon: event.lon, lat: event.lat, zoom: AIS_EVENT_ZOOM };
  const { off, on } = event;
  // Reappeared where it went dark (within about 100 m): framed as any other event.
  if (Math.abs(off.lon - on.lon) < 1e-3 && Math.abs(off.lat - on.lat) < 1e-3) return { lon: event.lon, lat: event.lat, zoom: AIS_EVENT_ZOOM };
  const view = viewForBounds([Math.min(off.lon, on.lon), Math.min(off.lat, on.lat), Math.max(off.lon, on.lon), Math.max(off.lat, on.lat)]);
  // Half a zoom level more room than a layer gets: the two ends sit at the frame's sides, and the map is often
  // narrower than the frame assumed.
  return { ...view, zoom: Math.min(Math.round((view.zoom - 0.5) * 100) / 100, AIS_EVENT_ZOOM) };
}
