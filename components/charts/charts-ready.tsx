'use client';

import { createContext } from 'react';

/**
 * Whether the charts may load and draw yet. The dashboard holds them back until the map has finished its first
 * drawing (or cannot draw): recharts' chunk and the chart layout would otherwise share the main thread with the
 * map's start and delay it (issue 7). Anywhere without a provider, charts draw at once.
 */
export const ChartsReadyContext = createContext(true);
