import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_ASSET_PATHS } from './basemap-region';
import { BASEMAP_COLORS, type Theme } from './basemap-theme';

/**
 * The offline MapLibre style: Natural Earth land and borders served by the app itself.
 * It has no glyphs, sprite or tile URL, so MapLibre requests nothing from another host;
 * place labels are drawn by deck.gl's TextLayer instead.
 *
 * @param origin absolute origin the assets are served from (MapLibre's worker needs absolute URLs)
 */
export function buildBasemapStyle(theme: Theme, origin: string): StyleSpecification {
  const colors = BASEMAP_COLORS[theme];
  return {
    version: 8,
    name: `Route Atlas offline (${theme})`,
    sources: {
      land: { type: 'geojson', data: `${origin}${BASEMAP_ASSET_PATHS.land}`, attribution: 'Natural Earth' },
      coastline: { type: 'geojson', data: `${origin}${BASEMAP_ASSET_PATHS.coastline}` },
      borders: { type: 'geojson', data: `${origin}${BASEMAP_ASSET_PATHS.borders}` },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': colors.land, 'fill-antialias': false } },
      {
        id: 'coastline',
        type: 'line',
        source: 'coastline',
        paint: { 'line-color': colors.coastline, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2] },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: {
          'line-color': colors.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1.6],
          'line-dasharray': [3, 2],
        },
      },
    ],
  };
}
