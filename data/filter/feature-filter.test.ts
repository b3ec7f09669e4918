import { describe, expect, it } from 'vitest';
import { COMMODITIES, getDataset, type AnyFeature } from '@/data';
import { featureCommodities, passesCommodityFilter, passesFilter, type FeatureFilter } from './feature-filter';
import { filterByCommodity, filterDataset } from './filtered-dataset';
import { parseIsoDay } from './epoch-day';
import { OPEN_SPAN, featureSpan, yearsRange } from './time-rule';

const dataset = getDataset();
const ALL = [...COMMODITIES];
const byId = (id: string): AnyFeature => {
  const f = [...dataset.places.features, ...dataset.stsZones.features, ...dataset.stsIncidents.features, ...dataset.railLinks.features, ...dataset.seaRoutes.features].find((x) => x.id === id);
  if (!f) throw new Error(`no ${id}`);
  return f;
};

function withPeriod(feature: AnyFeature, period: { start?: string; end?: string }): AnyFeature {
  return { ...feature, properties: { ...feature.properties, period } } as AnyFeature;
}

describe('passesFilter', () => {
  const rail = byId('rail-khasan-rajin');

  it('treats an open period as unbounded on that side', () => {
    const openEnd = withPeriod(rail, { start: '2013' });
    expect(passesFilter(openEnd, { commodities: ALL, time: yearsRange(2030, 2030) })).toBe(true);
    expect(passesFilter(openEnd, { commodities: ALL, time: yearsRange(2010, 2012) })).toBe(false);
    const openStart = withPeriod(rail, { end: '2015-06' });
    expect(passesFilter(openStart, { commodities: ALL, time: yearsRange(2000, 2000) })).toBe(true);
    expect(passesFilter(openStart, { commodities: ALL, time: yearsRange(2016, 2020) })).toBe(false);
    expect(featureSpan(withPeriod(rail, {}))).toEqual(OPEN_SPAN);
  });

  it('includes a period that touches the range at either end', () => {
    const period = withPeriod(rail, { start: '2016-03', end: '2018' });
    expect(passesFilter(period, { commodities: ALL, time: yearsRange(2018, 2020) })).toBe(true);
    expect(passesFilter(period, { commodities: ALL, time: yearsRange(2012, 2016) })).toBe(true);
  });

  it('shows nothing that carries a commodity when no commodity is selected', () => {
    const time: FeatureFilter['time'] = null;
    const carries = (f: AnyFeature) => featureCommodities(f).length > 0;
    // There is something to hide: features in the range that carry a commodity.
    expect(filterDataset(dataset, { commodities: ALL, time }).shown.filter(carries).length).toBeGreaterThan(0);
    const none = filterDataset(dataset, { commodities: [], time }).shown;
    expect(none.filter(carries)).toEqual([]);
    // Untagged features follow the commodity filter too: they show only while it is off.
    expect(none).toEqual([]);
    const coal = filterDataset(dataset, { commodities: ['coal'], time }).shown;
    expect(coal.length).toBeGreaterThan(0);
    expect(coal.filter((f) => !featureCommodities(f).includes('coal'))).toEqual([]);
  });

  it('keeps a feature that carries any one of several selected commodities', () => {
    const nakhodka = byId('port-nakhodka');
    const [first] = nakhodka.properties.commodities;
    expect(first).toBeDefined();
    expect(passesFilter(nakhodka, { commodities: ['timber', first!], time: yearsRange(2013, 2024) })).toBe(true);
    expect(passesFilter(nakhodka, { commodities: COMMODITIES.filter((c) => !nakhodka.properties.commodities.includes(c)), time: yearsRange(2013, 2024) })).toBe(false);
  });

  it('judges an incident by its date and its one commodity', () => {
    const incident = dataset.stsIncidents.features[0]!;
    const year = Number(incident.properties.date.slice(0, 4));
    expect(passesFilter(incident, { commodities: [incident.properties.commodity], time: yearsRange(year, year) })).toBe(true);
    expect(passesFilter(incident, { commodities: ALL, time: yearsRange(year + 1, year + 2) })).toBe(false);
  });

  it('judges to the day: a route of Aug–Oct 2017 is out on 1 Nov 2017 and in on 31 Oct', () => {
    const route = withPeriod(byId('rail-khasan-rajin'), { start: '2017-08', end: '2017-10' });
    const day = (iso: string) => parseIsoDay(iso)!;
    expect(passesFilter(route, { commodities: ALL, time: [day('2017-10-31'), day('2017-12-31')] })).toBe(true);
    expect(passesFilter(route, { commodities: ALL, time: [day('2017-11-01'), day('2017-12-31')] })).toBe(false);
    expect(passesFilter(route, { commodities: ALL, time: [day('2017-01-01'), day('2017-07-31')] })).toBe(false);
  });

  it('lets the map take the commodity half while the GPU takes the time half', () => {
    const lists = filterByCommodity(dataset, { commodities: ['coal'] });
    const kept = Object.values(lists).flat() as AnyFeature[];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((f) => passesCommodityFilter(f, { commodities: ['coal'] }))).toBe(true);
    const both = filterDataset(dataset, { commodities: ['coal'], time: yearsRange(2018, 2018) }).shown;
    expect(both.length).toBeLessThan(kept.length);
    expect(both.every((f) => kept.includes(f))).toBe(true);
  });

  it('counts every map feature once', () => {
    const all = filterDataset(dataset, { commodities: ALL, time: null });
    expect(all.shown.length).toBe(all.total);
  });
});
