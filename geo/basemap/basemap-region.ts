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

/**
 * Where the OpenStreetMap-derived coast replaces Natural Earth from `COAST_TILES_MIN_ZOOM` up: the atlas's ports,
 * rail links and sea routes, from the Bohai Sea to Sakhalin. Natural Earth's 1:10m data are cut to the frame
 * between this box and `DETAIL_REGION_BBOX` at those zooms, so the two coasts never overlap.
 */
export const COAST_REGION_BBOX: [number, number, number, number] = [117, 28, 145, 52];

/** The detailed coast's zoom range: light, simplified tiles from 4; full detail at 12, over-zoomed beyond. */
export const COAST_TILES_MIN_ZOOM = 4;
export const COAST_TILES_MAX_ZOOM = 12;

/** The Natural Earth frame around the coast region: the detail region less `COAST_REGION_BBOX`. */
export const COAST_FRAME_BBOXES: [number, number, number, number][] = [
  [DETAIL_REGION_BBOX[0], DETAIL_REGION_BBOX[1], COAST_REGION_BBOX[0], DETAIL_REGION_BBOX[3]],
  [COAST_REGION_BBOX[2], DETAIL_REGION_BBOX[1], DETAIL_REGION_BBOX[2], DETAIL_REGION_BBOX[3]],
  [COAST_REGION_BBOX[0], DETAIL_REGION_BBOX[1], COAST_REGION_BBOX[2], COAST_REGION_BBOX[1]],
  [COAST_REGION_BBOX[0], COAST_REGION_BBOX[3], COAST_REGION_BBOX[2], DETAIL_REGION_BBOX[3]],
];

/** Files written by `scripts/prepare-assets.ts` under `public/`, served by the app itself. */
export const BASEMAP_ASSET_PATHS = {
  land: '/basemap/land.json',
  coastline: '/basemap/coastline.json',
  borders: '/basemap/borders.json',
  /** OpenStreetMap land, coast and borders of the coast region as vector tiles in one PMTiles archive. */
  coastTiles: '/basemap/coast.pmtiles',
  /** The rivers that the region's borders follow (Tumen, Yalu/Amnok). */
  rivers: '/basemap/rivers.json',
} as const;

/** Attributions shown on the map and on every export: Natural Earth (public domain) and OpenStreetMap (ODbL). */
export const NATURAL_EARTH_ATTRIBUTION = 'Natural Earth';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';
