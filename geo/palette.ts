import type { Commodity } from '@/data/schema/commodity';
import type { Theme } from './basemap/basemap-theme';

/** RGBA colours for data layers, chosen to stay distinct on both basemap themes and in print. */
export type Rgba = [number, number, number, number];

/** How light the dark theme draws a mark that would be too dark for its basemap (HSL lightness, 0–1). */
const DARK_THEME_LIGHTNESS = 0.75;

/**
 * Dark marks (coal, rail, crude oil, labor) would vanish on the dark basemap, so there they are drawn as a light
 * tint of the same hue: coal and rail light grey, crude oil a light brown, labor a light pink, so a mark keeps the
 * colour family the legend names it by. Every other colour reads on both themes as it is.
 */
export function forTheme(color: Rgba, theme: Theme): Rgba {
  if (theme === 'light') return color;
  const [r, g, b, a] = color;
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  if (luminance >= 90) return color;
  const [h, s] = rgbToHsl(r, g, b);
  const [lr, lg, lb] = hslToRgb(h, s, DARK_THEME_LIGHTNESS);
  return [lr, lg, lb, a];
}

/** Hue (degrees), saturation and lightness (0–1) of an RGB colour. */
function rgbToHsl(r: number, g: number, b: number): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === rn ? ((gn - bn) / d + 6) % 6 : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [h * 60, s, l];
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
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
