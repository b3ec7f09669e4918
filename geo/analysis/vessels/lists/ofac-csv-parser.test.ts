import { describe, expect, it } from 'vitest';
import { fixtureSource } from '../test-support';
import { parseSanctionsLists } from './parse-lists';

describe("OFAC's SDN CSV files", () => {
  it('reads the vessels of sdn.csv alone: programmes, flag, owner, IMO and MMSI from Remarks', async () => {
    const outcome = await parseSanctionsLists([fixtureSource('synthetic-sdn.csv')]);
    if (!outcome.ok) throw new Error(outcome.message);
    const [list] = outcome.lists;
    expect(list).toMatchObject({ listName: 'OFAC SDN List', layouts: ['ofac-sdn-csv'], recordsRead: 4 });
    expect(list!.publicationDate).toBeUndefined();
    expect(list!.entries.map((e) => e.entryId)).toEqual(['90101', '90103']);
    expect(list!.entries[0]).toMatchObject({
      names: ['EXAMPLE RIVER'],
      imo: '9990014',
      mmsi: '999000002',
      callSign: 'XXB2',
      vesselType: 'Bulk Carrier',
      flag: 'Korea, North',
      flagIso2: 'KP',
      programmes: ['DPRK3', 'DPRK4'],
      parties: [{ role: 'owner', name: 'SAMPLE MARINE LTD' }],
    });
    expect(list!.entries[1]).toMatchObject({ names: ['SAMPLE TIDE NO. 2'], imo: '9990026', flagIso2: 'TG' });
    expect(list!.entries[1]!.mmsi).toBeUndefined();
  });

  it('joins alt.csv, sdn_comments.csv and add.csv on ent_num, whatever order the files come in', async () => {
    const outcome = await parseSanctionsLists([
      fixtureSource('synthetic-alt.csv'),
      fixtureSource('synthetic-sdn_comments.csv'),
      fixtureSource('synthetic-sdn.csv'),
      fixtureSource('synthetic-add.csv'),
    ]);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.lists).toHaveLength(1);
    const list = outcome.lists[0]!;
    expect(list.fileNames).toEqual(['synthetic-sdn.csv', 'synthetic-alt.csv', 'synthetic-sdn_comments.csv', 'synthetic-add.csv']);
    expect(list.entries[0]!.names).toEqual(['EXAMPLE RIVER', 'EXAMPLE BROOK']);
    // The comment row continues 90103's remarks: its MMSI and other flag are read from there.
    expect(list.entries[1]).toMatchObject({ names: ['SAMPLE TIDE NO. 2', 'SAMPLE TIDE 2'], mmsi: '999000003', otherFlags: ['Mongolia'] });
    expect(list.entries[1]!.remarks).toMatch(/IMO 9990026\. MMSI 999000003/);
  });

  it('refuses a companion file without its sdn.csv', async () => {
    const outcome = await parseSanctionsLists([fixtureSource('synthetic-alt.csv')]);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^synthetic-alt\.csv: This is OFAC's alt\.csv \(aliases\), which completes sdn\.csv: load it together with sdn\.csv\.$/) });
  });

  it('refuses a truncated sdn.csv and an unclosed quote', async () => {
    const cut = await parseSanctionsLists([fixtureSource('synthetic-sdn.csv', (t) => t.slice(0, t.indexOf('"Togo"')))]);
    expect(cut.ok === false && cut.message).toMatch(/ends in the middle of a row: it is truncated/);
    const quote = await parseSanctionsLists([fixtureSource('synthetic-sdn.csv', (t) => t.replace('"SAMPLE TIDE NO. 2"', '"SAMPLE TIDE NO. 2') + 'x'.repeat(300_000), 65536)]);
    expect(quote.ok === false && quote.message).toMatch(/quote is probably never closed/);
  });

  it('counts rows with the wrong number of columns and goes on', async () => {
    const outcome = await parseSanctionsLists([fixtureSource('synthetic-sdn.csv', (t) => t.replace('90102,', '90102,"extra",'))]);
    expect(outcome.ok && outcome.lists[0]!.skipped).toEqual({ 'wrong-field-count': 1 });
  });
});
