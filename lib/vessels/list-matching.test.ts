import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import type { AisVesselIdentity, IdentityObservation, SanctionsEntry, SanctionsList } from '@/geo/analysis/vessels';
import { aisMatchables, linkAisToCurated, matchLoadedLists, redFlagsWithStated, statedFlagsByMmsi } from './list-matching';

// SYNTHETIC list entries: the names and the IMO number of Chon Ma San are the dataset's; everything else is invented.
const entry = (over: Partial<SanctionsEntry> & { entryId: string; names: string[] }): SanctionsEntry => ({
  listName: 'SYNTHETIC SDN',
  publisher: 'SYNTHETIC publisher',
  publicationDate: '2025-01-15',
  programmes: ['DPRK3'],
  parties: [],
  ...over,
});
const list: SanctionsList = {
  listName: 'SYNTHETIC SDN',
  publisher: 'SYNTHETIC publisher',
  publicationDate: '2025-01-15',
  layouts: ['ofac-sdn-xml'],
  fileNames: ['synthetic-sdn.xml'],
  recordsRead: 3,
  skipped: {},
  entries: [
    entry({ entryId: '1', names: ['CHON MA SAN'], imo: '8660313', flag: 'Korea, North', flagIso2: 'KP' }),
    entry({ entryId: '2', names: ['RYE SONG GANG NO. 1'] }),
    entry({ entryId: '3', names: ['EXAMPLE STAR'], mmsi: '999000001', flag: 'Panama', flagIso2: 'PA' }),
  ],
};
const seen = (value: string, row = 0): IdentityObservation => ({ value, firstSeenMs: 0, lastSeenMs: 0, firstRow: row, lastRow: row, reports: 1 });
const identity = (mmsi: string, names: string[], imos: string[] = []): AisVesselIdentity => ({
  mmsi,
  names: names.map((n, i) => seen(n, i)),
  callSigns: [],
  imos: imos.map((n) => seen(n)),
  flags: [],
  reports: names.length,
});
const vessels = getDataset().vessels;

describe('matchLoadedLists', () => {
  const matches = matchLoadedLists([list], vessels, [identity('999000001', ['SYNTH CARGO 0001']), identity('999000009', ['SYNTH OTHER'])]);

  it('matches Chon Ma San by IMO, exactly, and marks it listed', () => {
    const m = matches.curated.get('vessel-chon-ma-san')!;
    expect(m[0]).toMatchObject({ method: 'imo', certainty: 'exact', score: 1 });
    expect(m[0]!.entry.entryId).toBe('1');
    expect(matches.listedVesselIds.has('vessel-chon-ma-san')).toBe(true);
  });

  it('gives a name-only match as possible, with its score, and does not count it as listed', () => {
    const m = matches.curated.get('vessel-rye-song-gang-1')!;
    expect(m[0]).toMatchObject({ method: 'name', certainty: 'possible' });
    expect(m[0]!.score).toBeGreaterThanOrEqual(0.85);
    expect(matches.listedVesselIds.has('vessel-rye-song-gang-1')).toBe(false);
  });

  it('matches an AIS vessel by MMSI and marks its MMSI listed, and leaves the others alone', () => {
    expect(matches.ais.get('999000001')![0]).toMatchObject({ method: 'mmsi', certainty: 'exact' });
    expect([...matches.listedMmsis]).toEqual(['999000001']);
    expect(matches.ais.has('999000009')).toBe(false);
  });

  it('matches nothing when no list is loaded', () => {
    const none = matchLoadedLists([], vessels, [identity('999000001', ['X'])]);
    expect(none.curated.size + none.ais.size + none.listedMmsis.size + none.listedVesselIds.size).toBe(0);
  });
});

describe('AIS vessels and curated records', () => {
  it('merges one MMSI seen in two files into one vessel with every name', () => {
    const merged = aisMatchables([identity('999000001', ['A']), identity('999000001', ['B'], ['9990002'])]);
    expect(merged).toEqual([{ id: '999000001', mmsi: '999000001', names: ['A', 'B'], imo: ['9990002'] }]);
  });

  it('links an AIS vessel that reports Chon Ma San’s IMO to its record, exactly', () => {
    const links = linkAisToCurated(vessels, [identity('999000007', ['SOMETHING ELSE'], ['8660313'])]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ vesselId: '999000007', method: 'imo', certainty: 'exact' });
    expect(links[0]!.entry.entryId).toBe('vessel-chon-ma-san');
  });

  it('states a list’s flag for an exactly matched MMSI, and the MID red flag follows (MID 999 names no country: none)', () => {
    const ident = identity('999000001', ['SYNTH CARGO 0001']);
    const matches = matchLoadedLists([list], vessels, [ident]);
    const stated = statedFlagsByMmsi(matches, [], vessels);
    expect(stated.get('999000001')).toEqual([{ flag: 'PA', statedBy: 'SYNTHETIC SDN, entry 3' }]);
    expect(redFlagsWithStated(ident, [], stated.get('999000001')!)).toEqual([]);
  });

  it('adds a MID-against-flag red flag when a stated flag disagrees with the MMSI’s country', () => {
    // MID 273 is Russia; the (synthetic) list says Panama.
    const ident = identity('273000001', ['SYNTH'], []);
    const flags = redFlagsWithStated(ident, [], [{ flag: 'PA', statedBy: 'SYNTHETIC SDN, entry 3' }]);
    expect(flags).toEqual([expect.objectContaining({ kind: 'mid-flag-mismatch', midIso2: 'RU', statedIso2: 'PA' })]);
    // The same flag computed at import is not repeated.
    expect(redFlagsWithStated(ident, flags, [{ flag: 'PA', statedBy: 'SYNTHETIC SDN, entry 3' }])).toHaveLength(1);
  });
});
