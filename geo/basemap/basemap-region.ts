/** The region drawn at Natural Earth's finest scale (1:10m): [west, south, east, north], degrees. */
export const DETAIL_REGION_BBOX: [number, number, number, number] = [110, 25, 150, 55];

/**
 * The rest of the world as four boxes around the detail region. Coarse data are clipped to these
 * so that the 1:110m coastline never overlaps the 1:10m one inside the region.
 */
export const OUTSIDE_REGION_BBOXES: [number, number, number, number][] = [
  [-180, -90, 110, 90],
  [150, -90, 180, 90],
  [110, -90, 150, 25],
  [110, 55, 150, 90],
];

/** Files written by `scripts/prepare-assets.ts` under `public/`, served by the app itself. */
export const BASEMAP_ASSET_PATHS = {
  land: '/basemap/land.json',
  coastline: '/basemap/coastline.json',
  borders: '/basemap/borders.json',
} as const;
