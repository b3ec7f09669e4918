import { COMMODITY_LABELS, type Commodity, type PlaceFeature, type SeaRouteFeature } from '@/data';

export const PLACE_KIND_LABELS: Record<PlaceFeature['properties']['kind'], string> = {
  port: 'Port',
  station: 'Railway station',
  'border-crossing': 'Border crossing',
  city: 'City',
  'pipeline-terminal': 'Pipeline terminal',
};

export const ROUTE_KIND_LABELS: Record<SeaRouteFeature['properties']['routeKind'], string> = {
  ferry: 'Ferry',
  'coal-transshipment': 'Coal transshipment',
  'fuel-run': 'Fuel run',
  approach: 'Approach',
  shuttle: 'Shuttle',
};

const COUNTRY_NAMES: Record<string, string> = { KP: 'DPRK', RU: 'Russia', CN: 'China', KR: 'South Korea', JP: 'Japan' };

export const countryName = (code: string) => COUNTRY_NAMES[code] ?? code;
export const countryNames = (codes: readonly string[]) => codes.map(countryName).join(', ');
export const commodityNames = (cs: readonly Commodity[]) => (cs.length ? cs.map((c) => COMMODITY_LABELS[c]).join(', ') : 'none stated');
