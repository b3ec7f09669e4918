import { describe, expect, it } from 'vitest';
import { vesselsInvolved } from './involved-vessels';
import { dataset } from './test-fixtures';

describe('vesselsInvolved', () => {
  const inZone = dataset.stsIncidents.features.filter((i) => i.properties.zoneId === 'zone-east-china-sea');

  it('lists the vessels involved, merged across incidents', () => {
    const vessels = vesselsInvolved(inZone);
    const names = inZone.flatMap((i) => i.properties.vessels.map((v) => v.name.toLowerCase()));
    expect(vessels.length).toBe(new Set(names).size);
    // Chon Ma San is named once with its IMO number and once without: one ship.
    const chonMaSan = vessels.filter((v) => v.name === 'Chon Ma San');
    expect(chonMaSan).toHaveLength(1);
    expect(chonMaSan[0]).toMatchObject({ imo: '8660313', incidentIds: expect.arrayContaining([expect.any(String), expect.any(String)]) });
    const namSan = vessels.find((v) => v.name === 'Nam San 8');
    expect(namSan?.incidentIds.length).toBe(
      inZone.filter((i) => i.properties.vessels.some((v) => v.name === 'Nam San 8')).length,
    );
  });
});
