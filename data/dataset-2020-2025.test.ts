import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { allFeatures, getDataset } from './bundled-dataset';
import type { AnyFeature } from './dataset-types';
import {
  CN_KP_GACC_2021_2024,
  NOTIFIED_REFINED_BBL,
  OIL_2024_FLOORS_BBL,
  RU_KP_2023_2024_CONFLICT,
  SHUTTLE_PLACES,
  TIMELINE_2020_2025,
  UN_REFINED_CAP_BBL,
} from './fixtures/reference-values';
import type { Period } from './schema/common';

// Issue 13: the atlas reaches 2025. Reference values are in fixtures/reference-values.ts, with their citations.
const d = getDataset();
const km = (a: readonly [number, number], b: readonly [number, number]) => distance([...a], [...b], { units: 'kilometers' });
const feature = (id: string): AnyFeature => {
  const f = allFeatures(d).find((x) => x.id === id);
  if (!f) throw new Error(`missing ${id}`);
  return f;
};

/** True where an ISO date (or a dated span) overlaps a period; open ends run on. Dates compare as strings by prefix. */
function overlaps(from: string, to: string, period: Period): boolean {
  const startsBeforeEnd = period.end === undefined || from.slice(0, period.end.length) <= period.end.slice(0, from.length);
  const endsAfterStart = period.start === undefined || to.slice(0, period.start.length) >= period.start.slice(0, to.length);
  return startsBeforeEnd && endsAfterStart;
}

describe('places of the 2023–2025 shuttle', () => {
  it.each(SHUTTLE_PLACES)('$id lies within 2 km of its cited reference, marked approximate with the rule used', (ref) => {
    const f = feature(ref.id);
    expect(f.geometry.type).toBe('Point');
    expect(km(f.geometry.coordinates as [number, number], ref.position)).toBeLessThan(2);
    expect(f.properties.geometryPrecision).toBe(ref.precision);
    expect(f.properties.geometryNote.length).toBeGreaterThan(60);
  });

  it('leaves Rajin\'s Piers 1 and 2 unplaced (no coordinates were published) and names them in the port\'s facts', () => {
    expect(allFeatures(d).some((f) => /pier-1|pier-2/.test(f.id))).toBe(false);
    const piers = feature('port-rajin').properties.facts.find((f) => f.label === 'Piers used by the shuttle');
    expect(piers?.value).toMatch(/Pier 1.*Pier 2/);
    expect(piers?.note).toMatch(/not placed/);
  });
});

describe('the shuttle and the oil runs', () => {
  const shuttle = d.seaRoutes.features.filter((r) => r.properties.routeKind === 'shuttle');

  it('are dated sea routes from Rajin to Dunai and Vostochny, with ships, munitions and sources', () => {
    expect(shuttle.map((r) => r.properties.toId).sort()).toEqual(['port-dunai', 'port-vostochny']);
    for (const r of shuttle) {
      expect(r.properties.fromId).toBe('port-rajin');
      expect(r.properties.commodity).toBe('munitions');
      expect(r.properties.period.start! >= '2023').toBe(true);
      expect(r.properties.vesselIds?.length).toBeGreaterThanOrEqual(3);
      expect(r.properties.sourceIds.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('continue by rail to Tikhoretsk: sourced, with the place, but no line (the route across Russia was not published)', () => {
    expect(allFeatures(d).some((f) => f.properties.kind === 'rail-link' && JSON.stringify(f.geometry.coordinates).includes('40.125'))).toBe(false);
    for (const id of ['route-shuttle-rajin-dunai', 'port-dunai', 'city-tikhoretsk']) {
      const rail = feature(id).properties.facts.find((f) => /Rail/.test(f.label));
      expect(rail?.value, id).toMatch(/Tikhoretsk/);
      expect(rail?.note, id).toMatch(/not drawn as a line/);
    }
  });

  it('run oil from Vostochny to Chongjin and Nampo in 2024', () => {
    const oil = d.seaRoutes.features.filter((r) => r.properties.fromId === 'port-vostochny');
    expect(oil.map((r) => r.properties.toId).sort()).toEqual(['port-chongjin', 'port-nampo']);
    for (const r of oil) expect(r.properties.period.start!.slice(0, 4)).toBe('2024');
  });
});

describe('the 2024 oil figures against the cap', () => {
  const cap = d.petroleum.caps.find((c) => c.id === 'cap-2397-refined')!;
  const all = [...d.petroleum.reportedDeliveries, ...d.petroleum.estimates];

  it('compares in one unit: the cap and every 2024 figure drawn against it are in barrels, as their sources state', () => {
    expect(cap).toMatchObject({ barrels: UN_REFINED_CAP_BBL, perYear: true });
    expect(cap.tonnes).toBeUndefined();
    const y2024 = all.filter((r) => r.period.start?.startsWith('2024'));
    expect(y2024.length).toBeGreaterThanOrEqual(5);
    for (const r of y2024) {
      expect(r.barrels, r.id).toBeDefined();
      expect('tonnes' in r ? r.tonnes : undefined, r.id).toBeUndefined();
    }
  });

  it.each(OIL_2024_FLOORS_BBL)('$id is a floor of $barrels bbl', (ref) => {
    expect(d.petroleum.estimates.find((e) => e.id === ref.id)).toMatchObject({ barrels: ref.barrels, barrelsIsLowerBound: true });
  });

  it('shows the Open Source Centre floor above the cap', () => {
    const osc = d.petroleum.estimates.find((e) => e.id === 'estimate-osc-2024')!;
    expect(osc.barrels!).toBeGreaterThan(cap.barrels!);
  });

  it.each(NOTIFIED_REFINED_BBL)('$id: $barrels bbl notified to the 1718 Committee', (ref) => {
    expect(d.petroleum.reportedDeliveries.find((r) => r.id === ref.id)?.barrels).toBe(ref.barrels);
  });

  it('keeps a stated range as a range (UN Panel, 2020: 0.6–1.6 M bbl)', () => {
    expect(d.petroleum.estimates.find((e) => e.id === 'estimate-poe-2020-interim')).toMatchObject({ barrelsLow: 600_000, barrelsHigh: 1_600_000 });
  });
});

describe('timeline 2020–2025', () => {
  it.each(TIMELINE_2020_2025)('$id on $date', (ref) => {
    const e = d.timeline.find((x) => x.id === ref.id);
    expect(e, ref.id).toBeDefined();
    expect(e!.date).toBe(ref.date);
    for (const id of ref.featureIds ?? []) expect(e!.featureIds, ref.id).toContain(id);
  });

  it('runs to 2025 and links every 2023–2025 event about the shuttle or the oil runs to the features it concerns', () => {
    expect(d.timeline.filter((e) => e.date >= '2020').length).toBeGreaterThanOrEqual(40);
    expect(d.timeline.some((e) => e.date.startsWith('2025'))).toBe(true);
    const aboutMap = /Rajin|Rason|Najin|Dunai|Dunay|Vostochny port|at Vostochny|Tikhoretsk|shuttle|tanker/;
    for (const e of d.timeline.filter((x) => x.date >= '2023' && aboutMap.test(`${x.title} ${x.description}`))) {
      expect((e.featureIds ?? []).length + (e.vesselIds ?? []).length, e.id).toBeGreaterThan(0);
    }
  });
});

describe('series to 2024', () => {
  it.each(CN_KP_GACC_2021_2024)('China–DPRK (GACC) $year: $valueUsd USD', (ref) => {
    const p = d.trade.series.find((s) => s.id === 'trade-cn-kp-total-gacc')!.points.find((x) => x.year === ref.year);
    expect(p?.valueUsd).toBe(ref.valueUsd);
  });

  it('shows both Russian figures for 2023/2024, each noting the conflict', () => {
    for (const ref of Object.values(RU_KP_2023_2024_CONFLICT)) {
      const p = d.trade.series.find((s) => s.id === ref.seriesId)!.points.find((x) => x.year === ref.year)!;
      expect(p.valueUsd).toBe(ref.valueUsd);
      expect(p.note).toMatch(/conflict/);
    }
  });

  it('keeps labour ranges as ranges after 2019', () => {
    const planned = d.labor.workers.find((w) => w.id === 'workers-ru-planned')!.points[0]!;
    expect(planned).toMatchObject({ low: 20_000, high: 50_000 });
    expect(planned.value).toBeUndefined();
    expect(d.labor.workers.flatMap((w) => w.points).filter((p) => p.date >= '2020').length).toBeGreaterThanOrEqual(15);
  });
});

describe('dated records and their sources', () => {
  it('fall in their feature\'s period: dated facts, incidents in their zone, incident events in the features they name', () => {
    for (const f of allFeatures(d)) {
      for (const fact of f.properties.facts) {
        if (!fact.date) continue;
        expect(overlaps(fact.date, fact.dateEnd ?? fact.date, f.properties.period), `${f.id}: ${fact.label}`).toBe(true);
      }
    }
    const zones = new Map(d.stsZones.features.map((z) => [z.id, z.properties.period]));
    for (const inc of d.stsIncidents.features) {
      const p = inc.properties;
      expect(overlaps(p.date, p.dateEnd ?? p.date, zones.get(p.zoneId)!), inc.id).toBe(true);
    }
    for (const e of d.timeline.filter((x) => x.kind === 'incident')) {
      for (const id of e.featureIds ?? []) {
        expect(overlaps(e.date, e.dateEnd ?? e.date, feature(id).properties.period), `${e.id} → ${id}`).toBe(true);
      }
    }
  });

  it('cite for every 2020–2025 record sources that exist and say where they were read (a URL or a note)', () => {
    const sources = new Map(d.sources.map((s) => [s.id, s]));
    const said = (id: string) => {
      const s = sources.get(id);
      return s !== undefined && (Boolean(s.url) || Boolean(s.note));
    };
    const recentFeatures = allFeatures(d).filter(
      (f) => (f.properties.period.start ?? '') >= '2020' || (f.properties.kind === 'sts-incident' && f.properties.date >= '2020'),
    );
    const recentEvents = d.timeline.filter((e) => e.date >= '2020');
    expect(recentFeatures.length + recentEvents.length).toBeGreaterThan(50);
    for (const f of recentFeatures) {
      const ids = [...f.properties.sourceIds, ...f.properties.geometrySourceIds, ...f.properties.facts.flatMap((x) => x.sourceIds)];
      for (const id of ids) expect(said(id), `${f.id}: ${id}`).toBe(true);
    }
    for (const e of recentEvents) for (const id of e.sourceIds) expect(said(id), `${e.id}: ${id}`).toBe(true);
  });
});
