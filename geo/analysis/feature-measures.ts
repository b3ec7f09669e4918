import { area, booleanPointInPolygon, centroid, distance, length, nearestPoint, featureCollection, point } from '@turf/turf';
import type { AnyFeature, Dataset, PlaceFeature, StsIncidentFeature, StsZoneFeature } from '@/data';

/** A measure shown in Details: a label, a value with its unit, and how it was computed. */
export interface Measure {
  label: string;
  value: number;
  unit: 'km' | 'km²' | 'count';
  note: string;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Great-circle length of a line's drawn geometry, km. Not the track length a source may state. */
export function lineLengthKm(feature: AnyFeature): number | null {
  return feature.geometry.type === 'LineString' ? length(feature, { units: 'kilometers' }) : null;
}

export function zoneAreaKm2(zone: StsZoneFeature): number {
  return area(zone) / 1e6;
}

export function incidentsInZone(zone: StsZoneFeature, incidents: readonly StsIncidentFeature[]): StsIncidentFeature[] {
  return incidents.filter((incident) => booleanPointInPolygon(incident.geometry.coordinates, zone));
}

/** The nearest port (kind `port`) to a point, and the great-circle distance to it in km. */
export function nearestPort(
  position: [number, number],
  places: readonly PlaceFeature[],
): { port: PlaceFeature; distanceKm: number } | null {
  const ports = places.filter((p) => p.properties.kind === 'port');
  if (ports.length === 0) return null;
  const nearest = nearestPoint(point(position), featureCollection(ports.map((p) => point(p.geometry.coordinates, { id: p.id }))));
  const port = ports.find((p) => p.id === nearest.properties.id)!;
  return { port, distanceKm: distance(position, port.geometry.coordinates, { units: 'kilometers' }) };
}

/** A point that stands for a feature when measuring between two: the point itself, else the centroid. */
export function representativePoint(feature: AnyFeature): [number, number] {
  if (feature.geometry.type === 'Point') return feature.geometry.coordinates;
  const [lon, lat] = centroid(feature).geometry.coordinates;
  return [lon!, lat!];
}

/** Great-circle distance between two features' representative points, km. */
export function distanceBetweenKm(a: AnyFeature, b: AnyFeature): number {
  return distance(representativePoint(a), representativePoint(b), { units: 'kilometers' });
}

/** The turf measures Details shows for one feature. */
export function measuresFor(feature: AnyFeature, dataset: Dataset): Measure[] {
  const p = feature.properties;
  const measures: Measure[] = [];
  if (p.kind === 'rail-link' || p.kind === 'sea-route') {
    measures.push({
      label: 'Drawn length',
      value: round(lineLengthKm(feature) ?? 0),
      unit: 'km',
      note:
        p.kind === 'rail-link'
          ? 'Great-circle length of the drawn vertices; the real track winds and is longer (see the stated length).'
          : 'Great-circle length of the schematic route through its points, not a sailed track.',
    });
  }
  if (p.kind === 'sts-zone' && feature.geometry.type === 'Polygon') {
    const zone = dataset.stsZones.features.find((z) => z.id === feature.id);
    if (zone) {
      measures.push({ label: 'Area', value: Math.round(zoneAreaKm2(zone)), unit: 'km²', note: 'Area of the schematic outline.' });
      measures.push({
        label: 'Incidents inside',
        value: incidentsInZone(zone, dataset.stsIncidents.features).length,
        unit: 'count',
        note: 'Incidents whose placed position lies inside the outline.',
      });
    }
  }
  if (p.kind === 'sts-incident' && feature.geometry.type === 'Point') {
    const nearest = nearestPort(feature.geometry.coordinates, dataset.places.features);
    if (nearest) {
      measures.push({
        label: `Distance to nearest port (${nearest.port.properties.name.en})`,
        value: round(nearest.distanceKm),
        unit: 'km',
        note: 'Great-circle distance from the placed incident position.',
      });
    }
  }
  return measures;
}
