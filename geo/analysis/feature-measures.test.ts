import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { distanceBetweenKm, incidentsInZone, lineLengthKm, measuresFor, nearestPort, zoneAreaKm2 } from './feature-measures';
import { viewForFeature, viewForFeatures } from './feature-view';

const dataset = getDataset();
const rail = dataset.railLinks.features.find((r) => r.id === 'rail-khasan-rajin')!;
const place = (id: string) => dataset.places.features.find((p) => p.id === id)!;

describe('feature measures', () => {
  it('measures the drawn Khasan–Rajin line at about the fact sheet straight-line sum (40.7 km)', () => {
    expect(lineLengthKm(rail)).toBeGreaterThan(39);
    expect(lineLengthKm(rail)).toBeLessThan(42.5);
  });

  it('gives every zone a positive area and counts its incidents', () => {
    for (const zone of dataset.stsZones.features) {
      expect(zoneAreaKm2(zone)).toBeGreaterThan(0);
      const inside = incidentsInZone(zone, dataset.stsIncidents.features);
      const claimed = dataset.stsIncidents.features.filter((i) => i.properties.zoneId === zone.id);
      expect(inside.length).toBeGreaterThanOrEqual(claimed.length);
    }
  });

  it('finds the nearest port to a point', () => {
    const nearest = nearestPort([130.3, 42.2], dataset.places.features);
    expect(nearest?.port.id).toBe('port-rajin');
    expect(nearest!.distanceKm).toBeLessThan(5);
  });

  it('measures between two selected features (Rajin to Vladivostok about 170 km)', () => {
    const km = distanceBetweenKm(place('port-rajin'), place('port-vladivostok'));
    expect(km).toBeGreaterThan(150);
    expect(km).toBeLessThan(190);
  });

  it('lists the measures Details shows for each kind', () => {
    expect(measuresFor(rail, dataset).map((m) => m.label)).toEqual(['Drawn length']);
    const zone = dataset.stsZones.features[0]!;
    expect(measuresFor(zone, dataset).map((m) => m.label)).toEqual(['Area', 'Incidents inside']);
    const incident = dataset.stsIncidents.features[0]!;
    expect(measuresFor(incident, dataset)[0]?.label).toMatch(/nearest port/);
  });

  it('frames points at a fixed zoom and lines to their extent', () => {
    expect(viewForFeature(place('port-rajin'))).toEqual({ lon: 130.283, lat: 42.227, zoom: 8 });
    const view = viewForFeature(rail);
    expect(view.zoom).toBeGreaterThan(7);
    expect(view.zoom).toBeLessThan(11);
  });

  it('frames several features together (the places a timeline event names), and none as nothing', () => {
    const rajin = place('port-rajin');
    const nakhodka = place('port-nakhodka');
    const view = viewForFeatures([rajin, nakhodka])!;
    const [west, east] = [rajin, nakhodka].map((p) => p.geometry.coordinates[0]).sort((a, b) => a - b) as [number, number];
    expect(view.lon).toBeGreaterThan(west);
    expect(view.lon).toBeLessThan(east);
    expect(view.zoom).toBeLessThan(viewForFeature(rajin).zoom);
    expect(viewForFeatures([rajin])).toEqual(viewForFeature(rajin));
    expect(viewForFeatures([])).toBeNull();
  });
});
