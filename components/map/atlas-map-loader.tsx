'use client';

import dynamic from 'next/dynamic';

/** MapLibre and deck.gl need the browser: load the map on the client only. */
export const AtlasMapLoader = dynamic(() => import('./atlas-map'), {
  ssr: false,
  loading: () => <div className="map-loading" role="status">Loading map…</div>,
});
