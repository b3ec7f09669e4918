import { describe, expect, it } from 'vitest';
import { yearsRange } from '@/data/filter/time-rule';
import { COMMODITIES } from '@/data';
import { incidentsByYearAndCommodity } from './incident-rows';
import { ALL, dataset, only } from './test-fixtures';

describe('incidentsByYearAndCommodity', () => {
  const incidents = dataset.stsIncidents.features;
  const zoneId = 'zone-east-china-sea';
  const inZone = incidents.filter((i) => i.properties.zoneId === zoneId);

  it('counts every incident of a zone by year and commodity', () => {
    const data = incidentsByYearAndCommodity(incidents, zoneId, ALL);
    expect(data.total).toBe(inZone.length);
    expect(data.rows.reduce((n, r) => n + r.total, 0)).toBe(inZone.length);
    const in2018 = inZone.filter((i) => i.properties.date.startsWith('2018')).length;
    expect(data.rows.find((r) => r.year === 2018)?.counts['refined-petroleum']).toBe(in2018);
  });

  it('follows the year range: 2019–2020 leaves out a 2017 incident', () => {
    const data = incidentsByYearAndCommodity(incidents, zoneId, only([...COMMODITIES], yearsRange(2019, 2020)));
    expect(data.incidents.some((i) => i.properties.date.startsWith('2017'))).toBe(false);
    expect(data.rows.map((r) => r.year)).toEqual([2019, 2020]);
  });

  it('follows the commodity filter, and keeps the hidden commodity in the legend', () => {
    const coal = incidentsByYearAndCommodity(incidents, null, only(['coal']));
    expect(coal.incidents.map((i) => i.properties.commodity)).toEqual(coal.incidents.map(() => 'coal'));
    expect(coal.total).toBe(incidents.filter((i) => i.properties.commodity === 'coal').length);
    expect(coal.legendCommodities).toContain('refined-petroleum');

    const none = incidentsByYearAndCommodity(incidents, zoneId, only([]));
    expect(none.total).toBe(0);
    expect(none.rows).toEqual([]);

    const both = incidentsByYearAndCommodity(incidents, null, only(['coal', 'refined-petroleum']));
    expect(both.total).toBe(incidents.length);
  });
});
