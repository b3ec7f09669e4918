import type { AisEvent } from '@/geo/analysis/ais';
import { viewForBox, type Box, type MapFrame } from '@/geo/frame-view';
import type { MapView } from '@/geo/map-view';
import type { UserLayer, ImportedGeometry } from './types';

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

/** The view that frames a user layer in a map of the given size, or null when it has nothing to show. */
export function viewForLayer(userLayer: UserLayer, frame?: MapFrame): MapView | null {
  const box = layerBounds(userLayer);
  return box === null ? null : viewForBox(box, frame);
}

/** How close an AIS event chosen in its list is shown: the vessels' tracks around it and the coast nearby. */
export const AIS_EVENT_ZOOM = 9;

/**
 * The camera for an AIS event chosen in its list: a gap framed from where the vessel went dark to where it
 * reappeared (often a hundred kilometres or more apart, so centring the first would leave the second off screen),
 * any other event at its position.
 */
export function viewForAisEvent(event: AisEvent, frame?: MapFrame): MapView {
  if (event.kind !== 'gap') return { lon: event.lon, lat: event.lat, zoom: AIS_EVENT_ZOOM };
  const { off, on } = event;
  // Reappeared where it went dark (within about 100 m): framed as any other event.
  if (Math.abs(off.lon - on.lon) < 1e-3 && Math.abs(off.lat - on.lat) < 1e-3) return { lon: event.lon, lat: event.lat, zoom: AIS_EVENT_ZOOM };
  const view = viewForBox([Math.min(off.lon, on.lon), Math.min(off.lat, on.lat), Math.max(off.lon, on.lon), Math.max(off.lat, on.lat)], frame);
  return { ...view, zoom: Math.min(view.zoom, AIS_EVENT_ZOOM) };
}
