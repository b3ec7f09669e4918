import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GapEvent } from '../../ais/types';

/** A ship-to-ship transfer zone, as data/features/sts-zones.json has them (id, polygon, name). */
export type StsZone = Feature<Polygon | MultiPolygon, { name?: string } | null>;

export interface GapNearZone {
  gap: GapEvent;
  zoneId: string;
  zoneName?: string;
  /** Distance from the nearer gap end to the zone, 0 when inside. */
  distanceKm: number;
  nearEnd: 'off' | 'on' | 'both';
}

/** Default reach of "near" a zone, in km. */
export const DEFAULT_ZONE_NEAR_KM = 20;

function distanceKm(lon: number, lat: number, zone: StsZone): number {
  if (booleanPointInPolygon([lon, lat], zone)) return 0;
  return Math.abs(pointToPolygonDistance([lon, lat], zone, { units: 'kilometers' }));
}

/**
 * AIS gaps (from the gap detector) whose last position before or first after lies in or within `nearKm` of an
 * STS zone: a ship that goes dark next to a transfer area. The nearest zone is named; zones without an id are
 * skipped (a flag must say which zone).
 */
export function gapsNearZones(gaps: readonly GapEvent[], zones: readonly StsZone[], nearKm = DEFAULT_ZONE_NEAR_KM): GapNearZone[] {
  const out: GapNearZone[] = [];
  for (const gap of gaps) {
    let best: GapNearZone | null = null;
    for (const zone of zones) {
      if (zone.id === undefined || zone.geometry === null) continue;
      const off = distanceKm(gap.off.lon, gap.off.lat, zone);
      const on = distanceKm(gap.on.lon, gap.on.lat, zone);
      const d = Math.min(off, on);
      if (d > nearKm || (best !== null && d >= best.distanceKm)) continue;
      const nearEnd = off <= nearKm && on <= nearKm ? 'both' : off <= on ? 'off' : 'on';
      best = { gap, zoneId: String(zone.id), distanceKm: d, nearEnd };
      const name = zone.properties?.name;
      if (typeof name === 'string') best.zoneName = name;
    }
    if (best !== null) out.push(best);
  }
  return out;
}
