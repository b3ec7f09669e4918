'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AtlasMapProps } from './atlas-map';
import { MapUnavailable } from './map-unavailable';
import { hasWebGL2 } from './webgl-support';

const loadAtlasMap = () => import('./atlas-map');
// Start fetching and compiling the map's chunk (MapLibre, deck.gl) when this module loads, before the page hydrates,
// rather than when the loader first renders: the browser compiles it off the main thread meanwhile (issue 7).
if (typeof window !== 'undefined') void loadAtlasMap();

/** MapLibre and deck.gl need the browser: load the map on the client only. */
const AtlasMap = dynamic(loadAtlasMap, {
  ssr: false,
  loading: () => (
    <div className="map-loading" role="status">
      Loading map…
    </div>
  ),
});

const subscribeNever = () => () => {};

/** The map, or a clear message where it was when WebGL is missing or its context is lost. */
export function AtlasMapLoader(props: Omit<AtlasMapProps, 'onContextLost'>) {
  // Checked once on the client; the server render assumes WebGL and shows the loading state.
  const webgl = useSyncExternalStore(subscribeNever, hasWebGL2, () => true);
  const [lost, setLost] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // A map that cannot draw is done starting too: what waits for the map (the charts) must not wait for ever.
  const { onStarted } = props;
  useEffect(() => {
    if (!webgl || lost) onStarted?.();
  }, [webgl, lost, onStarted]);
  if (!webgl) return <MapUnavailable reason="no-webgl" />;
  if (lost) {
    return (
      <MapUnavailable
        reason="context-lost"
        onRetry={() => {
          setLost(false);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  return <AtlasMap key={attempt} {...props} onContextLost={() => setLost(true)} />;
}
