'use client';

import dynamic from 'next/dynamic';
import { useState, useSyncExternalStore } from 'react';
import type { AtlasMapProps } from './atlas-map';
import { MapUnavailable } from './map-unavailable';
import { hasWebGL2 } from './webgl-support';

/** MapLibre and deck.gl need the browser: load the map on the client only. */
const AtlasMap = dynamic(() => import('./atlas-map'), {
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
