import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { curatedSearchable, searchVessels, type SearchableVessel } from './vessel-search';

const curated = getDataset().vessels.map(curatedSearchable);
const ais: SearchableVessel = {
  key: '999000001',
  kind: 'ais',
  label: 'SYNTH CARGO 0001',
  names: ['SYNTH CARGO 0001', 'SYNTH RENAMED'],
  imos: ['9990001'],
  mmsis: ['999000001'],
  callSigns: ['SYN0001'],
  userLayerId: 'user-abc',
};
const keys = (query: string, vessels = curated) => searchVessels(vessels, query).map((r) => r.vessel.key);

describe('searchVessels', () => {
  it('finds Chon Ma San by its name, first, whatever the case', () => {
    expect(keys('Chon Ma San')[0]).toBe('vessel-chon-ma-san');
    expect(keys('chon ma')[0]).toBe('vessel-chon-ma-san');
  });

  it('finds a vessel by a former name or disguise, and says which name matched', () => {
    const [hit] = searchVessels(curated, 'chong du san');
    expect(hit?.vessel.key).toBe('vessel-chon-ma-san');
    expect(hit?.matched).toBe('Chong Du San');
    expect(keys('song hae')).toContain('vessel-rye-song-gang-1');
    expect(keys('ocean energy')).toContain('vessel-angara');
  });

  it('finds a vessel by IMO number, with or without "IMO", and names it in the match', () => {
    expect(keys('8660313')).toEqual(['vessel-chon-ma-san']);
    const [hit] = searchVessels(curated, 'IMO 8660313');
    expect(hit?.vessel.key).toBe('vessel-chon-ma-san');
    expect(hit?.matched).toBe('IMO 8660313');
  });

  it('finds an imported AIS vessel by MMSI, by any name it reported and by call sign', () => {
    const vessels = [...curated, ais];
    expect(keys('999000001', vessels)).toEqual(['999000001']);
    expect(keys('mmsi 999 000 001', vessels)).toEqual(['999000001']);
    expect(searchVessels(vessels, 'renamed')[0]?.matched).toBe('SYNTH RENAMED');
    expect(searchVessels(vessels, 'syn0001')[0]?.matched).toBe('call sign SYN0001');
  });

  it('ignores punctuation in names: "billions no 18", "maia 1"', () => {
    expect(keys('billions no 18')).toContain('vessel-billions-no-18');
    expect(keys('maia 1')).toContain('vessel-maia-1');
  });

  it('ranks names that start with the query before names that contain it', () => {
    const results = searchVessels(curated, 'san');
    const firstInside = results.findIndex((r) => r.rank === 1);
    expect(results.slice(0, Math.max(firstInside, 0)).every((r) => r.rank === 0)).toBe(true);
    expect(results.some((r) => r.vessel.key === 'vessel-chon-ma-san')).toBe(true);
  });

  it('finds nothing for an empty query or short digits', () => {
    expect(searchVessels(curated, '  ')).toEqual([]);
    expect(keys('86')).toEqual([]);
  });
});
