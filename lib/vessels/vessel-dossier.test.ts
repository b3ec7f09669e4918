import { describe, expect, it } from 'vitest';
import { findFeature, getDataset } from '@/data';
import { buildVesselDossier, vesselFeatureIds, vesselIncidents, vesselRoutes, vesselsOfRoute, vesselTimeline } from './vessel-dossier';

const dataset = getDataset();

describe('buildVesselDossier', () => {
  it('gathers Chon Ma San: IMO, its two incidents by date, and the timeline event that blacklists it', () => {
    const dossier = buildVesselDossier(dataset, 'vessel-chon-ma-san')!;
    expect(dossier.vessel.imo?.value).toBe('8660313');
    expect(dossier.incidents.map((i) => [i.incident.properties.date, i.incident.id])).toEqual([
      ['2018-02-24', 'incident-2018-02-24-chon-ma-san-xin-yuan-18'],
      ['2020-01-12', 'incident-2020-01-12-chon-ma-san'],
    ]);
    expect(dossier.incidents.every((i) => i.role === 'receiver')).toBe(true);
    expect(dossier.timeline.map((e) => e.id)).toContain('event-2018-03-30-un-blacklists-ships');
    expect(dossier.routes).toEqual([]);
  });

  it('lists Lady R on both shuttle routes, oldest period first, and its timeline events by date', () => {
    const dossier = buildVesselDossier(dataset, 'vessel-lady-r')!;
    expect(dossier.routes.map((r) => r.id)).toEqual(['route-shuttle-rajin-dunai', 'route-shuttle-rajin-vostochny']);
    const dates = dossier.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dossier.timeline.map((e) => e.id)).toContain('event-2025-10-01-lady-r-rason');
  });

  it('cites every source of the record and of what names it, once each', () => {
    const dossier = buildVesselDossier(dataset, 'vessel-chon-ma-san')!;
    expect(new Set(dossier.sourceIds).size).toBe(dossier.sourceIds.length);
    for (const id of dossier.vessel.imo!.sourceIds) expect(dossier.sourceIds).toContain(id);
    for (const id of dossier.incidents[0]!.incident.properties.sourceIds) expect(dossier.sourceIds).toContain(id);
    const known = new Set(dataset.sources.map((s) => s.id));
    expect(dossier.sourceIds.every((id) => known.has(id))).toBe(true);
  });

  it('is null for an id that names no vessel', () => {
    expect(buildVesselDossier(dataset, 'vessel-no-such-ship')).toBeNull();
    expect(buildVesselDossier(dataset, 'port-rajin')).toBeNull();
  });

  it('finds, for every vessel record, exactly the incidents, routes and events that refer to it', () => {
    for (const vessel of dataset.vessels) {
      const incidents = dataset.stsIncidents.features.filter((f) => f.properties.vessels.some((v) => v.vesselId === vessel.id));
      expect(vesselIncidents(dataset, vessel.id).map((i) => i.incident.id).sort()).toEqual(incidents.map((f) => f.id).sort());
      const routes = dataset.seaRoutes.features.filter((r) => r.properties.vesselIds?.includes(vessel.id));
      expect(vesselRoutes(dataset, vessel.id).length).toBe(routes.length);
      expect(vesselTimeline(dataset, vessel.id).length).toBe(dataset.timeline.filter((e) => e.vesselIds?.includes(vessel.id)).length);
    }
  });
});

describe('vesselFeatureIds and vesselsOfRoute', () => {
  it('gives the map features a vessel highlights: its incidents and routes, all of them real features', () => {
    const ids = vesselFeatureIds(dataset, 'vessel-lady-r');
    expect(ids).toEqual(expect.arrayContaining(['route-shuttle-rajin-dunai', 'route-shuttle-rajin-vostochny']));
    for (const id of [...ids, ...vesselFeatureIds(dataset, 'vessel-chon-ma-san')]) expect(findFeature(dataset, id)).toBeDefined();
  });

  it('names the shuttle route vessels in the route order', () => {
    const route = dataset.seaRoutes.features.find((r) => r.id === 'route-shuttle-rajin-dunai')!;
    expect(vesselsOfRoute(dataset, route).map((v) => v.id)).toEqual(route.properties.vesselIds);
  });
});
