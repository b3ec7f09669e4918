import type { AisEventKind } from '@/geo/analysis/ais';
import type { Theme } from '../basemap/basemap-theme';
import type { Rgba } from '../palette';

// The colours and parts of the user's own data, apart from the layer factories: the import panels and the legend
// use them, and importing them must not pull deck.gl into the page's first load (issue 7).

/**
 * The user's own data: a lime no curated layer uses (commodities, countries, zones and flows are reds, blues,
 * browns, purples and teals), with a dark rim on light maps and a light one on dark maps. The legend's
 * "Your data" entry explains it.
 */
export const USER_DATA_COLOR: Rgba = [132, 204, 22, 255];
export const USER_DATA_RIM: Record<Theme, Rgba> = { light: [26, 46, 5, 255], dark: [240, 255, 220, 255] };

/**
 * Event colours: found by this tool in the user's AIS, so none reuses a commodity, country or zone hue.
 * Encounters are the strongest mark; loitering and gaps are secondary.
 */
export const AIS_EVENT_COLORS: Record<AisEventKind, Rgba> = {
  encounter: [255, 0, 110, 255],
  loitering: [255, 176, 0, 255],
  gap: [0, 150, 255, 255],
  'port-visit': [230, 90, 30, 255],
};
/** Candidate transfer areas: cyan with a dotted outline, unlike the purple dashed curated STS zones. */
export const DERIVED_AREA_COLOR: Rgba = [0, 190, 200, 255];
/** The two vessels' tracks around the selected event: violet and teal, unlike any event mark. */
export const TRACK_COLORS: readonly [Rgba, Rgba] = [
  [140, 60, 230, 255],
  [0, 160, 120, 255],
];

/**
 * The density grid of positions (`npm run detect --density`): viridis, dark to light with more vessel-hours, a ramp
 * no event, zone or commodity colour is on, readable by colour-blind users.
 */
export const DENSITY_RAMP: readonly Rgba[] = [
  [68, 1, 84, 150],
  [65, 68, 135, 170],
  [42, 120, 142, 185],
  [34, 168, 132, 200],
  [122, 209, 81, 215],
  [253, 231, 37, 230],
];

/** What the AIS layers can show, each switched on and off by the user. */
export type AisLayerPart = AisEventKind | 'areas' | 'density';
export const AIS_LAYER_PARTS: readonly AisLayerPart[] = ['encounter', 'loitering', 'gap', 'port-visit', 'areas', 'density'];
