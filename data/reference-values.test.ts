import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { getDataset } from './bundled-dataset';
import {
  CLAIMS_NOT_VERIFIED,
  CLAIMS_SHOWN_WRONG,
  DERIVED_STS_POINTS,
  DESIGN_BRIEF_PORTS,
  KHASAN_RAJIN_LENGTH_KM,
  KHASAN_STATION,
  PUBLISHED_LOCATION_INCIDENTS,
  RAJIN_DO_NOT_USE,
} from './fixtures/reference-values';

const km = (a: readonly [number, number], b: readonly [number, number]) => distance([...a], [...b], { units: 'kilometers' });
const d = getDataset();
const place = (id: string) => d.places.features.find((f) => f.id === id);

describe('design-brief ports', () => {
  it.each(DESIGN_BRIEF_PORTS)('$id lies within 2 km of the fact sheet position', (ref) => {
    const p = place(ref.id);
    expect(p, ref.id).toBeDefined();
    expect(km(p!.geometry.coordinates, ref.position)).toBeLessThan(2);
    expect(p!.properties.significance).toBe(3);
  });

  it('does not put Rajin port at the enwiki "Rajin-guyok" point', () => {
    expect(km(place('port-rajin')!.geometry.coordinates, RAJIN_DO_NOT_USE)).toBeGreaterThan(10);
  });

  it('marks the Vladivostok port position as unverified, with the reason', () => {
    const p = place('port-vladivostok')!;
    expect(p.properties.geometryConfidence).toBe('unverified');
    expect(p.properties.geometryNote).toMatch(/UNVERIFIED/);
  });
});

describe('Khasan–Rajin railway', () => {
  const rail = d.railLinks.features.find((f) => f.id === 'rail-khasan-rajin')!;
  const coords = rail.geometry.coordinates;

  it('starts within 2 km of Khasan station and ends within 2 km of Rajin port', () => {
    const rajin = DESIGN_BRIEF_PORTS.find((p) => p.id === 'port-rajin')!.position;
    expect(km(coords[0]!, KHASAN_STATION)).toBeLessThan(2);
    expect(km(coords[coords.length - 1]!, rajin)).toBeLessThan(2);
  });

  it('has the 9 vertices of the fact sheet, interpolated ones flagged, and crosses at the Friendship Bridge', () => {
    expect(coords).toHaveLength(9);
    expect(rail.properties.vertexVerified).toEqual([true, false, true, true, false, true, false, true, true]);
    expect(rail.properties.crossings).toEqual(['crossing-friendship-bridge-tumen']);
  });

  it('states the sourced length and its reopening date', () => {
    const length = rail.properties.facts.find((f) => f.key === 'lengthKm');
    expect(length?.valueNumber).toBe(KHASAN_RAJIN_LENGTH_KM);
    expect(length?.sourceIds.length).toBeGreaterThan(0);
    expect(rail.properties.period.start).toBe('2013-09-22');
  });
});

describe('STS incidents', () => {
  it('maps exactly the fact sheet incidents that have a published location', () => {
    expect(d.stsIncidents.features.map((f) => f.id).sort()).toEqual([...PUBLISHED_LOCATION_INCIDENTS].sort());
  });

  it.each(DERIVED_STS_POINTS)('$incidentId agrees with the fact sheet derivation ($stated)', (ref) => {
    const inc = d.stsIncidents.features.find((f) => f.id === ref.incidentId)!;
    expect(inc.properties.placement.method).toBe('distance-bearing');
    // The sheet rounds to 0.1°, about 10 km.
    expect(km(inc.geometry.coordinates, ref.position)).toBeLessThan(15);
  });

  it('marks every position without a stated distance and bearing as schematic', () => {
    for (const inc of d.stsIncidents.features) {
      if (inc.properties.placement.method !== 'distance-bearing') {
        expect(inc.properties.positionPrecision, inc.id).toBe('schematic');
      }
    }
  });
});

describe('claims ledger', () => {
  const byId = new Map(d.claims.map((c) => [c.id, c]));

  it.each(CLAIMS_SHOWN_WRONG)('$claimId is disputed ($why)', (ref) => {
    const claim = byId.get(ref.claimId);
    expect(claim, ref.claimId).toBeDefined();
    expect(claim!.claim).toContain(ref.mustMention);
    expect(claim!.seedSourceId).toMatch(new RegExp(`^seed-${ref.seed}-`));
    expect(claim!.status).toBe('disputed');
  });

  it.each(CLAIMS_NOT_VERIFIED)('%s is not shown as corroborated', (id) => {
    expect(byId.get(id)?.status).toBeDefined();
    expect(byId.get(id)?.status).not.toBe('corroborated');
  });

  it('covers all five seed articles with at least 15 claims', () => {
    expect(d.claims.length).toBeGreaterThanOrEqual(15);
    expect(new Set(d.claims.map((c) => c.seedSourceId)).size).toBe(5);
  });
});
