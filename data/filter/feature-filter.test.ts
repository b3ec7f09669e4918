import { describe, expect, it } from 'vitest';
import { COMMODITIES, getDataset, type AnyFeature } from '@/data';
import { activeYears, passesFilter, type FeatureFilter } from './feature-filter';
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
    const none: FeatureFilter = { commodities: [], years: [2013, 2024] };
    expect(filterDataset(dataset, none).shown.every((f) => f.properties.commodities.length === 0 && f.properties.kind !== 'sts-incident')).toBe(true);
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
