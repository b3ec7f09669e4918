/** RGBA colours for data layers, chosen to stay distinct on both basemap themes and in print. */
export type Rgba = [number, number, number, number];

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
