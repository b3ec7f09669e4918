'use client';

import dynamic from 'next/dynamic';
import type { ReferenceMapProps } from './reference-map';

/** MapLibre and deck.gl need the browser, as in the app: the reference map loads on the client only. */
const ReferenceMap = dynamic(() => import('./reference-map'), { ssr: false });

export function ReferenceLoader(props: ReferenceMapProps) {
  return <ReferenceMap {...props} />;
}
