import { describe, expect, it } from 'vitest';
import { getDataset } from './bundled-dataset';
import { BIBLIOGRAPHY_BEFORE } from './fixtures/reference-values';

// One test per correction of issue 13's review of the 2020 data.
const d = getDataset();
const feature = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const f = list.find((x) => x.id === id);
  if (!f) throw new Error(`missing ${id}`);
  return f;
};
const event = (id: string) => feature(d.timeline, id);
const claim = (id: string) => feature(d.claims, id);

describe('corrections of the review', () => {
  it('flags the Vityaz point\'s 110 km as assumed, not only its bearing', () => {
    const p = feature(d.stsIncidents.features, 'incident-2017-10-vityaz-sam-ma-2').properties;
    expect(p.placement).toMatchObject({ distanceKm: 110, distanceAssumed: true, bearingAssumed: true });
    expect(p.positionDerivation).toMatch(/distance and the bearing are assumed/);
  });

  it('cites for the East China Sea "15 cases" a source that counts 15, and says what the MOFA page counts', () => {
    const fact = feature(d.stsZones.features, 'zone-east-china-sea').properties.facts.find((f) => f.label === 'Japanese notifications')!;
    expect(fact.valueNumber).toBe(15);
    expect(fact.sourceIds).toEqual(['korea-herald-2019-12-28-nam-san-8']);
    expect(fact.sourceIds).not.toContain('mofa-japan-page4e-001009');
    expect(fact.note).toMatch(/counts 14/);
  });

  it('gives the Yu Son incident the second vessel its source reports', () => {
    const p = feature(d.stsIncidents.features, 'incident-2019-03-20-yu-son').properties;
    expect(p.vessels).toHaveLength(3);
    expect(p.vessels[0]).toMatchObject({ name: 'Yu Son', vesselId: 'vessel-yu-son' });
    expect(p.vessels.filter((v) => v.unidentified)).toHaveLength(2);
    expect(p.vessels.some((v) => /midnight/.test(v.role ?? ''))).toBe(true);
    expect(p.facts.some((f) => f.label === 'Second vessel' && f.sourceIds.includes('mofa-japan-page4e-001009'))).toBe(true);
  });

  it('answers the claim the seed makes about 2014 ("accepted an invitation"), not a visit', () => {
    const c = claim('claim-001-kim-visit-2014');
    expect(c.claim).toMatch(/accepted an invitation/);
    expect(c.evidence).toMatch(/invitation/);
    expect(c.status).toBe('unverified');
  });

  it('marks "40,000 workers" and "Russia the sole jet-fuel supplier" disputed, with the contrary evidence', () => {
    expect(claim('claim-001-40000-workers')).toMatchObject({ status: 'disputed' });
    expect(claim('claim-001-40000-workers').evidence).toMatch(/30,023/);
    expect(claim('claim-002-russia-sole-jet-fuel')).toMatchObject({ status: 'disputed' });
    expect(claim('claim-002-russia-sole-jet-fuel').evidence).toMatch(/18\.3%/);
    const point = d.labor.workers.flatMap((w) => w.points).find((p) => p.low === 40_000);
    expect(point?.confidence).toBe('disputed');
  });

  it('states the time convention of the missile test dates and shows the UN date where it differs', () => {
    const tests = d.timeline.filter((e) => e.kind === 'weapons-test');
    expect(tests.length).toBeGreaterThanOrEqual(7);
    for (const e of tests) expect(e.note, e.id).toMatch(/dated as they happened locally/);
    expect(event('event-2017-07-04-icbm-test')).toMatchObject({ date: '2017-07-04' });
    expect(event('event-2017-07-04-icbm-test').note).toMatch(/3 July 2017, the date in New York/);
    expect(event('event-2017-11-29-hwasong-15')).toMatchObject({ date: '2017-11-29' });
    expect(event('event-2017-11-29-hwasong-15').note).toMatch(/28 Nov 2017, the date in New York/);
  });

  it('says why Lianyungang and Caofeidian stay where they are, 5–9 km off their port basins', () => {
    for (const id of ['port-lianyungang', 'port-caofeidian']) {
      const p = feature(d.places.features, id).properties;
      expect(p.geometryConfidence, id).toBe('unverified');
      expect(p.geometryNote, id).toMatch(/5–9 km from the port basins\. It is not moved: no published coordinate/);
    }
  });

  it('starts no coal route at the inland Pyongyang anchor; the Kholmsk coal starts at the ports the Panel names', () => {
    const coal = d.seaRoutes.features.filter((r) => r.properties.commodity === 'coal');
    for (const id of ['via-nakhodka-to-south-korea', 'via-nakhodka-to-japan', 'via-kholmsk-to-south-korea', 'via-kholmsk-to-japan']) {
      const r = feature(d.seaRoutes.features, `route-coal-${id}`);
      expect(r.properties.fromId, r.id).not.toBe('anchor-kp');
      expect(r.properties.viaIds, r.id).toBeUndefined();
    }
    // A coal leg that must still start at the country anchor (loading ports unpublished) is drawn as a connection only.
    for (const r of coal.filter((x) => x.properties.fromId === 'anchor-kp')) {
      expect(r.properties.geometryNote, r.id).toMatch(/not a port\) and is drawn faint/);
    }
    const intoKholmsk = coal.filter((r) => r.properties.toId === 'port-kholmsk').map((r) => r.properties.fromId);
    expect(intoKholmsk.sort()).toEqual(['port-chongjin', 'port-wonsan']);
    for (const id of ['route-coal-via-nakhodka-to-south-korea', 'route-coal-via-nakhodka-to-japan']) {
      expect(feature(d.seaRoutes.features, id).properties.geometryNote).toMatch(/loading port was not\s+published/);
    }
  });

  it('has fewer sources without a URL, a recorded headline or a date than the review found, and no aggregator as publisher', () => {
    // The reviewed entries come first (less the one aggregator removed); entries added since are appended.
    const reviewed = d.sources.slice(0, BIBLIOGRAPHY_BEFORE.total - 1);
    expect(reviewed.filter((s) => !s.url).length).toBeLessThan(BIBLIOGRAPHY_BEFORE.withoutUrl);
    expect(reviewed.filter((s) => s.title.startsWith('[')).length).toBeLessThan(BIBLIOGRAPHY_BEFORE.bracketedTitle);
    // Most undated entries are reference works (Wikipedia, gazetteers) and the seed articles, which carry no date.
    expect(reviewed.filter((s) => !s.date).length).toBeLessThanOrEqual(BIBLIOGRAPHY_BEFORE.withoutDate);
    for (const s of d.sources) expect(s.publisher, s.id).not.toMatch(/aggregator|nhub/i);
    // Every untitled source says so in its bracketed title, never in a made-up headline.
    for (const s of d.sources.filter((x) => x.title.startsWith('['))) expect(s.title, s.id).toMatch(/\]$/);
  });
});
