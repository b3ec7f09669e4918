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

/** Petroleum: the cap is neutral, deliveries take their suppliers' map colours, estimates a warning red. */
export const CAP_COLOR = '#7a818c';
/**
 * Estimates, one colour per publisher drawn: warm reds, browns and pinks first, then two cooler ones. Ten, because
 * 2018–2024 has up to ten estimate publishers in one chart (US, UN Panel reports, RUSI, the Open Source Centre...);
 * with three, different publishers shared a swatch in the legend.
 */
export const ESTIMATE_COLORS = ['#b3261e', '#e6550d', '#7f2704', '#d6336c', '#8e0152', '#fc8d59', '#543005', '#f768a1', '#35978f', '#4d9221'] as const;
export const COMBINED_SUPPLIERS_COLOR = '#7b4fa0';
