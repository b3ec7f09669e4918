import type { Commodity } from '@/data/schema/commodity';
import type { Theme } from './basemap/basemap-theme';

/** RGBA colours for data layers, chosen to stay distinct on both basemap themes and in print. */
export type Rgba = [number, number, number, number];

/**
 * Near-black marks (coal, rail) would vanish on the dark basemap, so there they are drawn light;
 * every other colour reads on both themes as it is.
 */
export function forTheme(color: Rgba, theme: Theme): Rgba {
  if (theme === 'light') return color;
  const [r, g, b, a] = color;
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  if (luminance >= 90) return color;
  return [Math.round(255 - r * 0.5), Math.round(255 - g * 0.5), Math.round(255 - b * 0.5), a];
}

/** Place markers by country: the three states the map is about get strong, distinct hues. */
export const COUNTRY_COLORS: Record<string, Rgba> = {
  KP: [200, 40, 50, 255],
  RU: [35, 90, 180, 255],
  CN: [215, 140, 20, 255],
  KR: [90, 140, 90, 255],
  JP: [120, 90, 160, 255],
};
export const OTHER_COUNTRY_COLOR: Rgba = [110, 110, 110, 255];

export const SELECTION_COLOR: Rgba = [255, 200, 0, 255];

export function countryColor(country: string | undefined): Rgba {
  return (country && COUNTRY_COLORS[country]) || OTHER_COUNTRY_COLOR;
}

/**
 * Commodity hues for routes, incidents and chart legends alike; one per commodity, so a new commodity fails the type
 * check until it has a colour. Munitions are olive (military, and apart from the DPRK red of the place markers),
 * containers gold.
 */
export const COMMODITY_COLORS: Readonly<Record<Commodity, Rgba>> = {
  coal: [55, 55, 60, 255],
  'crude-oil': [125, 75, 30, 255],
  'refined-petroleum': [232, 100, 20, 255],
  timber: [50, 130, 60, 255],
  seafood: [20, 150, 160, 255],
  textiles: [150, 80, 170, 255],
  labor: [205, 50, 120, 255],
  'iron-ore': [165, 85, 60, 255],
  passengers: [40, 110, 200, 255],
  'general-cargo': [100, 120, 140, 255],
  munitions: [120, 115, 30, 255],
  containers: [205, 165, 0, 255],
};

export function commodityColor(commodity: string): Rgba {
  return (COMMODITY_COLORS as Readonly<Record<string, Rgba>>)[commodity] ?? OTHER_COUNTRY_COLOR;
}

/**
 * Confidence is encoded as opacity: what is reported is drawn solid, what is estimated, alleged or
 * unverified fainter, and what better evidence disputes faintest. The legend says so.
 */
export const CONFIDENCE_ALPHA: Record<string, number> = {
  reported: 255,
  estimated: 190,
  alleged: 140,
  unverified: 140,
  disputed: 80,
};

export function withConfidence(color: Rgba, confidence: string): Rgba {
  const alpha = CONFIDENCE_ALPHA[confidence] ?? 140;
  return [color[0], color[1], color[2], Math.round((color[3] * alpha) / 255)];
}

export const RAIL_COLOR: Rgba = [60, 45, 40, 255];
export const ZONE_COLOR: Rgba = [140, 50, 170, 255];
export const TRADE_FLOW_COLOR: Rgba = [30, 120, 110, 255];
export const LABOR_FLOW_COLOR: Rgba = [205, 50, 120, 255];

/** Dash patterns (in line widths) by geometry precision: solid only for surveyed geometry. */
export const PRECISION_DASH: Record<string, [number, number]> = {
  surveyed: [0, 0],
  approximate: [6, 3],
  schematic: [2, 3],
};
