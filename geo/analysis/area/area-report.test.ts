import { booleanIntersects, booleanPointInPolygon, point, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { COMMODITIES, getDataset } from '@/data';
import type { EncounterEvent, LoiteringEvent } from '@/geo/analysis/ais';
import { computeAreaReport } from './area-report';
import { prepareArea } from './area-predicates';
import { areaRing, type AreaShape } from './area-shape';
import { yearsDayRange } from './area-time';
import { compareAreaReports } from './compare-reports';
import { positionIndexFor, positionsInArea } from './position-index';
import { areaReportToCsv, areaReportToGeoJson } from './report-export';
import { aisLayer, syntheticPositions } from './test-layers';

const dataset = getDataset();
const ECS_ZONE = dataset.stsZones.features.find((z) => z.id === 'zone-east-china-sea')!;
const ECS_AREA: AreaShape = { kind: 'polygon', corners: ECS_ZONE.geometry.coordinates[0]!.slice(0, -1).map(([lon, lat]) => [lon!, lat!]) };
const ALL = { dataset, commodities: [...COMMODITIES], days: null, importedDays: null, aisLayers: [] };

describe('curated records in an area', () => {
  it('lists the incidents around the East China Sea zone: exact ones inside by turf, schematic ones apart', () => {
    const report = computeAreaReport({ ...ALL, area: ECS_AREA });
    const zone = polygon(ECS_ZONE.geometry.coordinates);
    const incidents = dataset.stsIncidents.features;
    const exact = incidents.filter((i) => i.properties.geometryPrecision !== 'schematic' && booleanPointInPolygon(point(i.geometry.coordinates), zone));
    const zonesMet = new Set(dataset.stsZones.features.filter((z) => booleanIntersects(polygon(z.geometry.coordinates), zone)).map((z) => z.id));
    const schematic = incidents.filter(
      (i) => i.properties.geometryPrecision === 'schematic' && (booleanPointInPolygon(point(i.geometry.coordinates), zone) || zonesMet.has(i.properties.zoneId)),
    );
    expect(report.counts.incident).toEqual({ inside: exact.length, schematic: schematic.length });
    expect(exact.length).toBeGreaterThan(0);
    expect(schematic.length).toBeGreaterThan(0);
    expect(report.counts.zone.schematic).toBe(zonesMet.size);
  });

  it('ties timeline events to the records found, and names their vessels with their records', () => {
    const report = computeAreaReport({ ...ALL, area: ECS_AREA });
    const found = new Set(report.records.map((r) => r.id));
    const tied = dataset.timeline.filter((e) => e.featureIds?.some((id) => found.has(id)));
    expect(report.records.filter((r) => r.kind === 'timeline').map((r) => r.id).sort()).toEqual(tied.map((e) => e.id).sort());
    // Choosing an event's row opens the event, not the place it is drawn at.
    for (const r of report.records.filter((r) => r.kind === 'timeline')) expect(r.selectId).toBe(r.id);
    const named = report.vessels.filter((v) => v.vesselId);
    expect(named.length).toBeGreaterThan(0);
    for (const v of named) expect(dataset.vessels.some((r) => r.id === v.vesselId)).toBe(true);
  });

  it('follows the time filter: a range before 2017 holds no incident', () => {
    const early = computeAreaReport({ ...ALL, area: ECS_AREA, days: yearsDayRange([2013, 2016]) });
    expect(early.counts.incident).toEqual({ inside: 0, schematic: 0 });
    const later = computeAreaReport({ ...ALL, area: ECS_AREA, days: yearsDayRange([2019, 2019]) });
    expect(later.counts.incident.inside + later.counts.incident.schematic).toBe(
      dataset.stsIncidents.features.filter((i) => i.properties.date.startsWith('2019') && later.records.some((r) => r.id === i.id)).length,
    );
  });

  it('bins the records by month within the range', () => {
    const report = computeAreaReport({ ...ALL, area: ECS_AREA, days: yearsDayRange([2018, 2018]) });
    const incidentMonths = report.months.reduce((sum, m) => sum + (m.counts.incident ?? 0), 0);
    expect(incidentMonths).toBe(report.counts.incident.inside + report.counts.incident.schematic);
    expect(report.months.every((m) => m.month >= 2018 * 12 && m.month < 2019 * 12)).toBe(true);
  });

  it('an empty stretch of sea holds nothing', () => {
    const report = computeAreaReport({ ...ALL, area: { kind: 'circle', center: [150, 20], radiusKm: 50 } });
    expect(report.records).toEqual([]);
    expect(report.areaKm2).toBeCloseTo(Math.PI * 2500, -2);
  });
});

describe('the user AIS in an area', () => {
  const positions = syntheticPositions(20_000);
  const area: AreaShape = { kind: 'polygon', corners: [[122, 30], [127, 30], [127, 35], [124.5, 32], [122, 35]] };

  it.each([
    ['an outline', area],
    ['an upright rectangle (the tree alone answers)', { kind: 'polygon', corners: [[122.1, 30.05], [127.3, 30.05], [127.3, 35.7], [122.1, 35.7]] } as AreaShape],
  ])('counts the positions inside %s (through the index) as a plain scan with turf does', (_name, shape) => {
    const layer = aisLayer(positions);
    const days = yearsDayRange([2019, 2019]);
    const found = positionsInArea(positionIndexFor(layer.tracks!), prepareArea(shape), days);
    const turfShape = polygon([areaRing(shape)]);
    // The tracks keep one report per vessel and second, at micro-degrees, as an import does.
    const unique = new Map(positions.map((p) => [`${p.mmsi}/${Math.floor(p.t / 1000)}`, p]));
    const expected = [...unique.values()].filter(
      (p) => new Date(p.t).getUTCFullYear() === 2019 && booleanPointInPolygon(point([Math.round(p.lon * 1e6) / 1e6, Math.round(p.lat * 1e6) / 1e6]), turfShape),
    );
    expect(found.positions).toBe(expected.length);
    expect([...found.perMonth.values()].reduce((a, b) => a + b, 0)).toBe(expected.length);
    expect([...found.perMonth.keys()].every((m) => m >= 2019 * 12 && m < 2020 * 12)).toBe(true);
    expect(positionIndexFor(layer.tracks!)).toBe(positionIndexFor(layer.tracks!));
  });

  it('reports events inside, vessels seen, and compares two periods', () => {
    const encounter: EncounterEvent = {
      id: 'e1', kind: 'encounter', start: Date.UTC(2019, 5, 1), end: Date.UTC(2019, 5, 1, 6), durationMinutes: 360,
      medianDistanceMeters: 200, lon: 125, lat: 31, medianSpeedKnots: 0.5,
      vessels: [{ mmsi: '412000001', name: 'SYNTHETIC 1' }, { mmsi: '412000002', name: 'SYNTHETIC 2' }],
    };
    const loitering: LoiteringEvent = {
      id: 'l1', kind: 'loitering', start: Date.UTC(2018, 2, 1), end: Date.UTC(2018, 2, 2), durationMinutes: 1440,
      lon: 140, lat: 40, medianSpeedKnots: 0.5, portDistanceKm: 90, vessel: { mmsi: '412000003' },
    };
    const layer = aisLayer(positions, [encounter, loitering]);
    const before = computeAreaReport({ ...ALL, area, aisLayers: [layer], days: yearsDayRange([2018, 2018]), importedDays: yearsDayRange([2018, 2018]) });
    const after = computeAreaReport({ ...ALL, area, aisLayers: [layer], days: yearsDayRange([2019, 2019]), importedDays: yearsDayRange([2019, 2019]) });
    expect(after.counts.encounter.inside).toBe(1);
    expect(before.counts.encounter.inside).toBe(0);
    expect(after.counts.loitering.inside).toBe(0);
    expect(after.positions).toBeGreaterThan(0);
    expect(after.vessels.filter((v) => v.positions > 0).length).toBeGreaterThan(10);
    const comparison = compareAreaReports(before, after);
    expect(comparison.kindsOnlyAfter).toContain('encounter');
    expect(comparison.differences.join(' ')).toMatch(/New in the second period: encounters/);
  });

  it('exports the rows it lists as CSV and GeoJSON', () => {
    const report = computeAreaReport({ ...ALL, area: ECS_AREA });
    const csv = areaReportToCsv(dataset, report);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(/^# Route Atlas area report: area=/);
    expect(lines[1]).toBe('kind,placement,id,name,date,confidence,sources,source_ids,vessels,longitude,latitude');
    expect(lines.length).toBe(2 + report.records.length + report.vessels.length);
    for (const r of report.records) expect(csv).toContain(r.id);
    const geojson = JSON.parse(areaReportToGeoJson(dataset, report)) as { features: { properties: { kind: string } }[] };
    expect(geojson.features).toHaveLength(1 + report.records.length);
    expect(geojson.features[0]!.properties.kind).toBe('area');
  });
});
