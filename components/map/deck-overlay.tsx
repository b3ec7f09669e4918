'use client';

import { MapboxOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';
import { useControl } from 'react-map-gl/maplibre';

/**
 * deck.gl attached to MapLibre as a control (the vis.gl pattern): the map owns the camera.
 * Not interleaved: with maplibre-gl 6, interleaved mode throws, and picking is reliable this way.
 */
export function DeckOverlay(props: MapboxOverlayProps) {
  const overlay = useControl<MapboxOverlay>(() => new MapboxOverlay({ ...props, interleaved: false }));
  overlay.setProps({ ...props, interleaved: false });
  return null;
}
