import { bbox, featureCollection } from '@turf/turf';
import type { AnyFeature } from '@/data';
import { viewForBox, type Box, type MapFrame } from '@/geo/frame-view';
import type { MapView } from '@/geo/map-view';

/** A camera that frames a feature in a map of the given size: points at a fixed zoom, lines and areas fitted. */
export function viewForFeature(feature: AnyFeature, frame?: MapFrame): MapView {
  return viewForFeatures([feature], frame)!;
}

/** A camera that frames features together (those a timeline event names); null for none. */
export function viewForFeatures(features: readonly AnyFeature[], frame?: MapFrame): MapView | null {
  if (features.length === 0) return null;
  return viewForBox(bbox(featureCollection<AnyFeature['geometry']>([...features])) as Box, frame);
}
