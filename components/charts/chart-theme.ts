'use client';

import { createContext, useContext } from 'react';
import type { Theme } from '@/geo/basemap/basemap-theme';

/** The map's theme, for chart colours that must match the map's (commodities). Light where none is provided. */
export const ChartThemeContext = createContext<Theme>('light');

export function useChartTheme(): Theme {
  return useContext(ChartThemeContext);
}
