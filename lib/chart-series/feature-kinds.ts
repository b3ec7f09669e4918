import type { AnyFeature, PlaceFeature, RailLinkFeature, SeaRouteFeature, StsIncidentFeature, StsZoneFeature } from '@/data';
import { PLACE_KINDS } from '@/data';

/** True for ports, stations, border crossings, cities and terminals. */
export function isPlace(feature: AnyFeature): feature is PlaceFeature {
  return (PLACE_KINDS as readonly string[]).includes(feature.properties.kind);
}

export function isRailLink(feature: AnyFeature): feature is RailLinkFeature {
  return feature.properties.kind === 'rail-link';
}

export function isSeaRoute(feature: AnyFeature): feature is SeaRouteFeature {
  return feature.properties.kind === 'sea-route';
}

export function isStsZone(feature: AnyFeature): feature is StsZoneFeature {
  return feature.properties.kind === 'sts-zone';
}

export function isStsIncident(feature: AnyFeature): feature is StsIncidentFeature {
  return feature.properties.kind === 'sts-incident';
}
