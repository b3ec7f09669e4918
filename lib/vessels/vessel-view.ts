import { bbox } from '@turf/turf';
import type { AnyFeature } from '@/data';
import type { AisEvent, VesselTrack } from '@/geo/analysis/ais';
import { viewForBox, type Box, type MapFrame } from '@/geo/frame-view';
import type { MapView } from '@/geo/map-view';

/** Closest a vessel is framed: two incidents a few km apart still show the sea and coast around them. */
export const VESSEL_FRAME_MAX_ZOOM = 8;

/**
 * The camera that frames everything of a vessel the map can show (its incidents and routes, its AIS tracks and
 * events) in a map of the given size. Null when there is nothing to frame (a vessel named only in the timeline).
 */
export function viewForVesselMarks(features: readonly AnyFeature[], tracks: readonly VesselTrack[] = [], events: readonly AisEvent[] = [], frame?: MapFrame): MapView | null {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = (lon: number, lat: number) => {
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  };
  for (const f of features) {
    const [w, s, e, n] = bbox(f) as Box;
    extend(w, s);
    extend(e, n);
  }
  for (const t of tracks) for (let i = 0; i < t.length; i++) extend(t.lonE6[i]! / 1e6, t.latE6[i]! / 1e6);
  for (const e of events) extend(e.lon, e.lat);
  if (box[0] > box[2]) return null;
  const view = viewForBox(box, frame);
  return { ...view, zoom: Math.min(view.zoom, VESSEL_FRAME_MAX_ZOOM) };
}
