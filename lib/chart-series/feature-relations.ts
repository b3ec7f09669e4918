import { distance, length, pointToLineDistance } from '@turf/turf';
import type {
  AnyFeature,
  Dataset,
  PlaceFeature,
  RailLinkFeature,
  SeaRouteFeature,
  StsIncidentFeature,
  TradeSeries,
} from '@/data';
import { isPlace } from './feature-kinds';
import { unique } from './unique';

/** Incidents placed from a place, or lying within this distance of it, "touch" the place. */
export const NEAR_PLACE_RADIUS_KM = 50;

/** A place within this distance of a rail line is on it (the lines are schematic, drawn through the stations). */
export const ON_LINE_TOLERANCE_KM = 2;

function placeOnRail(place: PlaceFeature, rail: RailLinkFeature): boolean {
  if (rail.properties.crossings?.includes(place.id)) return true;
  return pointToLineDistance(place.geometry.coordinates, rail, { units: 'kilometers' }) <= ON_LINE_TOLERANCE_KM;
}

function routeTouches(route: SeaRouteFeature, id: string): boolean {
  const p = route.properties;
  return p.fromId === id || p.toId === id || (p.viaIds?.includes(id) ?? false);
}

export interface NearIncident {
  incident: StsIncidentFeature;
  /** Great-circle distance from the place to the incident's placed point, km. */
  distanceKm: number;
  /** `placement` where the source measured the incident's position from this place. */
  reason: 'placement' | 'distance';
}

export interface PlaceConnections {
  /** Sea routes that start, end or call at the place. */
  routes: SeaRouteFeature[];
  /** Rail links that cross at or run through the place. */
  railLinks: RailLinkFeature[];
  /** Incidents placed from the place or within `NEAR_PLACE_RADIUS_KM` of it, by date. */
  incidents: NearIncident[];
}

/** What touches a place: its routes, its rail links and the STS incidents near it. Unfiltered; callers filter. */
export function placeConnections(dataset: Dataset, place: PlaceFeature, radiusKm = NEAR_PLACE_RADIUS_KM): PlaceConnections {
  const routes = dataset.seaRoutes.features.filter((r) => routeTouches(r, place.id));
  const railLinks = dataset.railLinks.features.filter((r) => placeOnRail(place, r));
  const incidents: NearIncident[] = [];
  for (const incident of dataset.stsIncidents.features) {
    const distanceKm = distance(place.geometry.coordinates, incident.geometry.coordinates, { units: 'kilometers' });
    if (incident.properties.placement.fromId === place.id) incidents.push({ incident, distanceKm, reason: 'placement' });
    else if (distanceKm <= radiusKm) incidents.push({ incident, distanceKm, reason: 'distance' });
  }
  incidents.sort((a, b) => a.incident.properties.date.localeCompare(b.incident.properties.date));
  return { routes, railLinks, incidents };
}

export interface RailLinkSummary {
  /** Great-circle length of the drawn line (turf), km; the stated length is among the facts. */
  drawnLengthKm: number;
  /** Places on the line, in line order. */
  places: PlaceFeature[];
  /** Sea routes from or to those places: where the rail's cargo goes on by sea. */
  connectingRoutes: SeaRouteFeature[];
}

/** The places a rail link runs through and the sea routes it feeds, with its drawn length. */
export function railLinkSummary(dataset: Dataset, rail: RailLinkFeature): RailLinkSummary {
  const start = rail.geometry.coordinates[0]!;
  const places = dataset.places.features
    .filter((p) => placeOnRail(p, rail))
    .sort(
      (a, b) =>
        distance(start, a.geometry.coordinates, { units: 'kilometers' }) -
        distance(start, b.geometry.coordinates, { units: 'kilometers' }),
    );
  const ids = new Set(places.map((p) => p.id));
  const connectingRoutes = dataset.seaRoutes.features.filter((r) => [...ids].some((id) => routeTouches(r, id)));
  return { drawnLengthKm: length(rail, { units: 'kilometers' }), places, connectingRoutes };
}

/** The countries a feature ties together, including, for a place, those of the routes and rail links through it. */
function linkedCountries(dataset: Dataset, feature: AnyFeature): Set<string> {
  const countries = new Set<string>();
  if (isPlace(feature)) {
    countries.add(feature.properties.country);
    feature.properties.countries?.forEach((c) => countries.add(c));
    const links = placeConnections(dataset, feature, 0);
    links.routes.forEach((r) => r.properties.countries.forEach((c) => countries.add(c)));
    links.railLinks.forEach((r) => r.properties.countries.forEach((c) => countries.add(c)));
    return countries;
  }
  const p = feature.properties;
  switch (p.kind) {
    case 'flow-anchor':
      countries.add(p.country);
      break;
    case 'sts-zone':
      p.countries.forEach((c) => countries.add(c));
      dataset.stsIncidents.features
        .filter((i) => i.properties.zoneId === feature.id)
        .forEach((i) => i.properties.countries.forEach((c) => countries.add(c)));
      break;
    default:
      p.countries.forEach((c) => countries.add(c));
  }
  return countries;
}

/**
 * The trade series a selected feature belongs to, by the countries it links: a feature tying the DPRK to Russia
 * (a KP–RU route, the Khasan–Rajin line, Rajin port by its routes) → the Russia–DPRK series; to China → the
 * China–DPRK series; both → both. Totals always; commodity lines only for commodities the feature carries.
 * A feature that ties the DPRK to neither gets none.
 */
export function seriesForFeature(dataset: Dataset, feature: AnyFeature): TradeSeries[] {
  const countries = linkedCountries(dataset, feature);
  if (!countries.has('KP')) return [];
  const commodities = new Set<string>(feature.properties.commodities);
  if (feature.properties.kind === 'sea-route' || feature.properties.kind === 'sts-incident') {
    commodities.add(feature.properties.commodity);
  }
  return dataset.trade.series.filter(
    (s) => countries.has(s.partners[0]) && (s.commodity === 'all' || commodities.has(s.commodity)),
  );
}

/** Every source id a feature cites: for itself, its geometry and its facts. */
export function featureSourceIds(feature: AnyFeature): string[] {
  const p = feature.properties;
  return unique([...p.sourceIds, ...p.facts.flatMap((f) => f.sourceIds), ...p.geometrySourceIds]);
}
