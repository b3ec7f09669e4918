import type { Commodity } from '@/data';
import type { Theme } from '@/geo/basemap/basemap-theme';
import { COMMODITY_COLORS, COUNTRY_COLORS, forTheme, type Rgba } from '@/geo/palette';

/** A CSS colour from a palette RGBA (0–255 channels). */
export function cssColor([r, g, b, a]: Rgba, alpha = a / 255): string {
  return `rgb(${r} ${g} ${b} / ${Math.round(alpha * 100)}%)`;
}

/**
 * Commodity hues are the map's, for the theme the map shows, so a chart's coal matches the coal routes and
 * incidents (drawn light on the dark map, where near-black would vanish).
 */
export function commodityCss(commodity: Commodity, theme: Theme): string {
  const rgba = COMMODITY_COLORS[commodity];
  return rgba ? cssColor(forTheme(rgba, theme)) : '#6e6e6e';
}

export function countryCss(country: string): string {
  const rgba = COUNTRY_COLORS[country];
  return rgba ? cssColor(rgba) : '#6e6e6e';
}

/**
 * Okabe–Ito qualitative palette (distinct for the common colour-vision deficiencies), its black swapped for a mid
 * grey that reads on both themes, then two of Paul Tol's muted colours; for series that are not commodities.
 */
export const SERIES_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#7A7A7A',
  '#8C6D31',
  '#882255',
  '#999933',
] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}

/**
 * Estimates, one colour per publisher with a volume in barrels (ten in the file, taken in file order: the US 2018
 * advisory, the Panel's reports, RUSI, the White House, the Open Source Centre). Mid-tones that keep at least 2:1
 * contrast on both the light and the dark panel, away from the suppliers' amber, blue and purple.
 */
export const ESTIMATE_COLORS = ['#b5651d', '#8c8c8c', '#e377c2', '#bcbd22', '#17becf', '#c51b7d', '#35978f', '#2ca02c', '#d62728', '#e6550d'] as const;
export const COMBINED_SUPPLIERS_COLOR = '#7b4fa0';
