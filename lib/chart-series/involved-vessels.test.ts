import { describe, expect, it } from 'vitest';
import { vesselsInvolved } from './involved-vessels';
import { dataset } from './test-fixtures';

describe('vesselsInvolved', () => {
  const inZone = dataset.stsIncidents.features.filter((i) => i.properties.zoneId === 'zone-east-china-sea');

  it('lists the vessels involved, one entry per vessel record, identity from the record', () => {
    const vessels = vesselsInvolved(inZone, dataset.vessels);
    const mentions = inZone.flatMap((i) => i.properties.vessels);
    const identified = new Set(mentions.flatMap((v) => (v.vesselId ? [v.vesselId] : [])));
    expect(vessels.map((v) => v.vesselId).sort()).toEqual([...identified].sort());
    // Chon Ma San is in several incidents; its IMO number comes from its record.
    const chonMaSan = vessels.filter((v) => v.vesselId === 'vessel-chon-ma-san');
    expect(chonMaSan).toHaveLength(1);
    expect(chonMaSan[0]).toMatchObject({ name: 'Chon Ma San', imo: '8660313', flags: ['KP'] });
    expect(chonMaSan[0]!.incidentIds.length).toBeGreaterThanOrEqual(2);
    const namSan = vessels.find((v) => v.vesselId === 'vessel-nam-san-8');
    expect(namSan?.incidentIds.length).toBe(inZone.filter((i) => i.properties.vessels.some((v) => v.vesselId === 'vessel-nam-san-8')).length);
  });

  it('leaves out the ships the sources do not identify, and marks a false flag', () => {
    const vessels = vesselsInvolved(inZone, dataset.vessels);
    const unnamed = inZone.flatMap((i) => i.properties.vessels.filter((v) => v.unidentified).map((v) => v.name));
    expect(unnamed.length).toBeGreaterThan(0);
    for (const name of unnamed) expect(vessels.some((v) => v.name === name)).toBe(false);
    expect(vessels.find((v) => v.vesselId === 'vessel-xin-yuan-18')?.flags).toEqual(['MV (disputed)']);
  });
});
