import type { ExpressionSpecification, FillLayerSpecification, FilterSpecification, LineLayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_ASSET_PATHS, COAST_REGION_BBOX, COAST_TILES_MAX_ZOOM, COAST_TILES_MIN_ZOOM } from './basemap-region';
import { BASEMAP_COLORS, type Theme } from './basemap-theme';

/** The MapLibre protocol the detailed coast archive is read through (registered by the map component). */
export const PMTILES_PROTOCOL = 'pmtiles';

const OUTSIDE_COAST_REGION: FilterSpecification = ['!=', ['get', 'coastRegion'], true];
const INSIDE_COAST_REGION: FilterSpecification = ['==', ['get', 'coastRegion'], true];

/**
 * The offline MapLibre style, served by the app itself: Natural Earth for the world, and inside the coast region
 * from zoom 4 the OpenStreetMap coast (vector tiles from one PMTiles archive), with the border rivers over it.
 * It has no glyphs, sprite or remote URL, so MapLibre requests nothing from another host; labels are drawn by
 * deck.gl's TextLayer with the fonts the app ships.
 *
 * @param origin absolute origin the assets are served from (MapLibre's worker needs absolute URLs)
 */
export function buildBasemapStyle(theme: Theme, origin: string): StyleSpecification {
  const colors = BASEMAP_COLORS[theme];
  const lineWidth = (from: number, to: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 3, from, 8, to, 14, to * 1.5];
  // Natural Earth inside the coast region is drawn only below the tiles' first zoom; outside it, always.
  const naturalEarth = <L extends FillLayerSpecification | LineLayerSpecification>(layer: L): L[] => [
    { ...layer, filter: OUTSIDE_COAST_REGION },
    { ...layer, id: `${layer.id}-coast-region`, filter: INSIDE_COAST_REGION, maxzoom: COAST_TILES_MIN_ZOOM },
  ];
  const landPaint: FillLayerSpecification['paint'] = { 'fill-color': colors.land, 'fill-antialias': false };
  const coastPaint: LineLayerSpecification['paint'] = { 'line-color': colors.coastline, 'line-width': lineWidth(0.5, 1.2) };
  const borderPaint: LineLayerSpecification['paint'] = { 'line-color': colors.border, 'line-width': lineWidth(0.7, 1.6), 'line-dasharray': [3, 2] };
  return {
    version: 8,
    name: `Route Atlas offline (${theme})`,
    sources: {
      land: { type: 'geojson', data: `${origin}${BASEMAP_ASSET_PATHS.land}` },
      coastline: { type: 'geojson', data: `${origin}${BASEMAP_ASSET_PATHS.coastline}` },
      borders: { type: 'geojson', data: `${origin}${BASEMAP_ASSET_PATHS.borders}` },
      coast: {
        type: 'vector',
        tiles: [`${PMTILES_PROTOCOL}://${origin}${BASEMAP_ASSET_PATHS.coastTiles}/{z}/{x}/{y}`],
        minzoom: COAST_TILES_MIN_ZOOM,
        maxzoom: COAST_TILES_MAX_ZOOM,
        bounds: COAST_REGION_BBOX,
      },
      rivers: { type: 'geojson', data: `${origin}${BASEMAP_ASSET_PATHS.rivers}` },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
      ...naturalEarth<FillLayerSpecification>({ id: 'land', type: 'fill', source: 'land', paint: landPaint }),
      { id: 'coast-land', type: 'fill', source: 'coast', 'source-layer': 'land', minzoom: COAST_TILES_MIN_ZOOM, paint: landPaint },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': colors.river, 'line-width': lineWidth(0.8, 2) },
      },
      ...naturalEarth<LineLayerSpecification>({ id: 'coastline', type: 'line', source: 'coastline', paint: coastPaint }),
      { id: 'coast-coastline', type: 'line', source: 'coast', 'source-layer': 'coast', minzoom: COAST_TILES_MIN_ZOOM, paint: coastPaint },
      ...naturalEarth<LineLayerSpecification>({ id: 'borders', type: 'line', source: 'borders', paint: borderPaint }),
      { id: 'coast-borders', type: 'line', source: 'coast', 'source-layer': 'boundary', minzoom: COAST_TILES_MIN_ZOOM, paint: borderPaint },
    ],
  };
}
