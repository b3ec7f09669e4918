import * as maplibregl from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { PMTILES_PROTOCOL } from '@/geo/basemap/basemap-style';

let registered = false;

/**
 * Lets MapLibre read the detailed coast archive (`pmtiles://…/{z}/{x}/{y}` tile URLs): the protocol fetches the
 * archive's directories and tiles by HTTP range requests from the app's own origin. Registered once per page.
 */
export function registerPmtilesProtocol(): void {
  if (registered) return;
  maplibregl.addProtocol(PMTILES_PROTOCOL, new Protocol().tile);
  registered = true;
}
