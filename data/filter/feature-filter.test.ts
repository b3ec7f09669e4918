import { describe, expect, it } from 'vitest';
import { COMMODITIES, getDataset, type AnyFeature } from '@/data';
import { activeYears, featureCommodities, passesFilter, type FeatureFilter } from './feature-filter';
import { filterDataset } from './filtered-dataset';

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
    expect(passesFilter(openEnd, { commodities: ALL, years: [2030, 2030] })).toBe(true);
    expect(passesFilter(openEnd, { commodities: ALL, years: [2010, 2012] })).toBe(false);
    const openStart = withPeriod(rail, { end: '2015-06' });
    expect(passesFilter(openStart, { commodities: ALL, years: [2000, 2000] })).toBe(true);
    expect(passesFilter(openStart, { commodities: ALL, years: [2016, 2020] })).toBe(false);
    expect(activeYears(withPeriod(rail, {}))).toEqual([-Infinity, Infinity]);
  });

  it('includes a period that touches the range at either end', () => {
    const period = withPeriod(rail, { start: '2016-03', end: '2018' });
    expect(passesFilter(period, { commodities: ALL, years: [2018, 2020] })).toBe(true);
    expect(passesFilter(period, { commodities: ALL, years: [2012, 2016] })).toBe(true);
  });

  it('shows nothing that carries a commodity when no commodity is selected', () => {
    const years: FeatureFilter['years'] = [2013, 2024];
    const carries = (f: AnyFeature) => featureCommodities(f).length > 0;
    // There is something to hide: features in the range that carry a commodity.
    expect(filterDataset(dataset, { commodities: ALL, years }).shown.filter(carries).length).toBeGreaterThan(0);
    const none = filterDataset(dataset, { commodities: [], years }).shown;
    expect(none.filter(carries)).toEqual([]);
    // Untagged features follow the commodity filter too: they show only while it is off.
    expect(none).toEqual([]);
    const coal = filterDataset(dataset, { commodities: ['coal'], years }).shown;
    expect(coal.length).toBeGreaterThan(0);
    expect(coal.filter((f) => !featureCommodities(f).includes('coal'))).toEqual([]);
  });

  it('keeps a feature that carries any one of several selected commodities', () => {
    const nakhodka = byId('port-nakhodka');
    const [first] = nakhodka.properties.commodities;
    expect(first).toBeDefined();
    expect(passesFilter(nakhodka, { commodities: ['timber', first!], years: [2013, 2024] })).toBe(true);
    expect(passesFilter(nakhodka, { commodities: COMMODITIES.filter((c) => !nakhodka.properties.commodities.includes(c)), years: [2013, 2024] })).toBe(false);
  });

  it('judges an incident by its date and its one commodity', () => {
    const incident = dataset.stsIncidents.features[0]!;
    const year = Number(incident.properties.date.slice(0, 4));
    expect(passesFilter(incident, { commodities: [incident.properties.commodity], years: [year, year] })).toBe(true);
    expect(passesFilter(incident, { commodities: ALL, years: [year + 1, year + 2] })).toBe(false);
  });

  it('counts every map feature once', () => {
    const all = filterDataset(dataset, { commodities: ALL, years: [1900, 2100] });
    expect(all.shown.length).toBe(all.total);
  });
});
