export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface BasemapColors {
  sea: string;
  land: string;
  coastline: string;
  border: string;
  /** The border rivers (Tumen, Yalu): water, a shade deeper than the sea so they read on land. */
  river: string;
  label: [number, number, number, number];
  seaLabel: [number, number, number, number];
  labelHalo: [number, number, number, number];
}

/** Muted, print-friendly basemaps: the data layers carry the colour, not the ground. */
export const BASEMAP_COLORS: Record<Theme, BasemapColors> = {
  light: {
    sea: '#c9dbe8',
    land: '#f3f1ea',
    coastline: '#8fa6b8',
    border: '#9a8f86',
    river: '#7fa7c6',
    label: [70, 70, 78, 255],
    seaLabel: [70, 110, 140, 255],
    labelHalo: [243, 241, 234, 255],
  },
  dark: {
    sea: '#0f1c2b',
    land: '#2a2f36',
    coastline: '#4d6478',
    border: '#7a7068',
    river: '#4d78a0',
    label: [215, 215, 220, 255],
    seaLabel: [120, 160, 195, 255],
    labelHalo: [20, 28, 38, 255],
  },
};
