import { describe, expect, it } from 'vitest';
import type { SanctionsEntry } from '../lists/types';
import { matchVessels } from './match-vessels';
import { buildSanctionsIndex } from './sanctions-index';

// SYNTHETIC entries: invented names and numbers (999 prefixes), valid check digits unless noted.
const entry = (entryId: string, names: string[], extra: Partial<SanctionsEntry> = {}): SanctionsEntry => ({
  listName: 'Synthetic list',
  publisher: 'Test',
  entryId,
  names,
  programmes: [],
  parties: [],
  ...extra,
});

const ENTRIES = [
  entry('e1', ['EXAMPLE STAR', 'OLD STAR'], { imo: '9990002', mmsi: '999000001' }),
  entry('e2', ['SAMPLE TIDE NO. 2'], { imo: '9990026' }),
  entry('e3', ['SAMPLE TIDE NO. 3']),
  entry('e4', ['BAD NUMBER'], { invalidImo: '9990003' }),
  entry('e5', ['SHORT', 'AB']),
];
const index = buildSanctionsIndex(ENTRIES);

describe('matchVessels', () => {
  it('matches a curated record by IMO exactly, saying so, with its name agreeing too', () => {
    const [m] = matchVessels(index, [{ id: 'vessel-x', names: ['Example Star'], imo: 'IMO 9990002' }]);
    expect(m).toMatchObject({ vesselId: 'vessel-x', method: 'imo', score: 1, certainty: 'exact', conflicts: [] });
    expect(m!.entry.entryId).toBe('e1');
    expect(m!.evidence.map((e) => e.method)).toEqual(['imo', 'name']);
  });

  it('matches an AIS vessel by MMSI exactly', () => {
    const [m] = matchVessels(index, [{ id: '999000001', names: ['SOMETHING ELSE'], mmsi: '999000001' }]);
    expect(m).toMatchObject({ method: 'mmsi', score: 1, certainty: 'exact', evidence: [{ method: 'mmsi', vesselValue: '999000001' }] });
  });

  it('never matches on an IMO whose check digit is wrong, on either side', () => {
    expect(matchVessels(index, [{ id: 'a', names: [], imo: '9990003' }])).toEqual([]);
    expect(matchVessels(index, [{ id: 'b', names: [], imo: '9990001' }])).toEqual([]);
  });

  it('reports a similar name as a possible match with its score, and an IMO that disagrees as a conflict', () => {
    const [m] = matchVessels(index, [{ id: 'c', names: ['M/V EXAMPL STAR'], imo: '9990014' }]);
    expect(m).toMatchObject({ method: 'name', certainty: 'possible', conflicts: ['imo'] });
    expect(m!.score).toBeCloseTo(1 - 1 / 11, 5);
    expect(m!.evidence[0]).toMatchObject({ vesselValue: 'M/V EXAMPL STAR', entryValue: 'EXAMPLE STAR' });
  });

  it('keeps sister ships apart and leaves dissimilar names alone', () => {
    const matches = matchVessels(index, [{ id: 'd', names: ['SAMPLE TIDE #2'] }, { id: 'e', names: ['NOTHING ALIKE'] }]);
    expect(matches.map((m) => [m.vesselId, m.entry.entryId, m.score])).toEqual([['d', 'e2', 1]]);
  });

  it('matches very short names only when they are equal', () => {
    expect(matchVessels(index, [{ id: 'f', names: ['A.B.'] }]).map((m) => m.entry.entryId)).toEqual(['e5']);
    expect(matchVessels(index, [{ id: 'g', names: ['AC'] }])).toEqual([]);
  });

  it('respects the minimum name score', () => {
    expect(matchVessels(index, [{ id: 'h', names: ['EXAMPL STAR'] }], { minNameScore: 0.95 })).toEqual([]);
    expect(matchVessels(index, [{ id: 'h', names: ['EXAMPL STAR'] }], { minNameScore: 0.8 })).toHaveLength(1);
  });

  it('finds every entry a brute-force comparison finds (the trigram filter loses nothing)', async () => {
    const { vesselNameScore } = await import('../identity/vessel-name');
    const words = ['EXAMPLE', 'SAMPLE', 'STAR', 'TIDE', 'OCEAN', 'GLORY', 'PEARL', 'SUN'];
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const pick = () => words[Math.floor(rand() * words.length)]!;
    const mutate = (s: string) => {
      const i = Math.floor(rand() * s.length);
      return rand() < 0.5 ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + 'X' + s.slice(i);
    };
    const entries = Array.from({ length: 200 }, (_, i) => entry(`r${i}`, [`${pick()} ${pick()}`]));
    const idx = buildSanctionsIndex(entries);
    const vessels = Array.from({ length: 200 }, (_, i) => ({ id: `v${i}`, names: [mutate(`${pick()} ${pick()}`)] }));
    const fast = matchVessels(idx, vessels).map((m) => `${m.vesselId}:${m.entry.entryId}`).sort();
    const brute = vessels
      .flatMap((v) => entries.filter((e) => vesselNameScore(v.names[0]!, e.names[0]!) >= 0.85).map((e) => `${v.id}:${e.entryId}`))
      .sort();
    expect(brute.length).toBeGreaterThan(10);
    expect(fast).toEqual(brute);
  });
});
