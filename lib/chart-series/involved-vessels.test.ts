import { describe, expect, it } from 'vitest';
import { vesselsInvolved } from './involved-vessels';
import { dataset } from './test-fixtures';

describe('vesselsInvolved', () => {
  const inZone = dataset.stsIncidents.features.filter((i) => i.properties.zoneId === 'zone-east-china-sea');

  it('lists the vessels involved, one entry per vessel record, identity from the record', () => {
    const vessels = vesselsInvolved(inZone, dataset.vessels);
    const mentions = inZone.flatMap((i) => i.properties.vessels);
    const identified = new Set(mentions.flatMap((v) => (v.vesselId ? [v.vesselId] : [])));
    expect(vessels.filter((v) => v.vesselId).length).toBe(identified.size);
    // Chon Ma San is in several incidents; its IMO number comes from its record.
    const chonMaSan = vessels.filter((v) => v.vesselId === 'vessel-chon-ma-san');
    expect(chonMaSan).toHaveLength(1);
    expect(chonMaSan[0]).toMatchObject({ name: 'Chon Ma San', imo: '8660313', flags: ['KP'] });
    expect(chonMaSan[0]!.incidentIds.length).toBeGreaterThanOrEqual(2);
    const namSan = vessels.find((v) => v.vesselId === 'vessel-nam-san-8');
    expect(namSan?.incidentIds.length).toBe(inZone.filter((i) => i.properties.vessels.some((v) => v.vesselId === 'vessel-nam-san-8')).length);
  });

  it('keeps unidentified ships as separate mentions, without an IMO number or flag', () => {
    const vessels = vesselsInvolved(inZone, dataset.vessels);
    const unidentified = vessels.filter((v) => v.vesselId === undefined);
    expect(unidentified.length).toBeGreaterThan(0);
    for (const v of unidentified) expect(v).toMatchObject({ imo: undefined, flags: [] });
  });
});
