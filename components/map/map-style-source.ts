import type { StyleSpecification } from 'maplibre-gl';
import { buildBasemapStyle } from '@/geo/basemap/basemap-style';
import type { Theme } from '@/geo/basemap/basemap-theme';

/**
 * An online basemap is opt-in: set NEXT_PUBLIC_ONLINE_BASEMAP_STYLE_URL at build time.
 * Without it (the default) the app requests nothing from another host.
 */
export const ONLINE_BASEMAP_STYLE_URL = process.env.NEXT_PUBLIC_ONLINE_BASEMAP_STYLE_URL || null;

export function mapStyleFor(theme: Theme, origin: string): StyleSpecification | string {
  return ONLINE_BASEMAP_STYLE_URL ?? buildBasemapStyle(theme, origin);
}
