import { describe, expect, it } from 'vitest';
import { fixtureSource, webStreamSource } from '../test-support';
import { parseSanctionsLists } from './parse-lists';
import { MAX_FIELD_CHARS } from './limits';
import type { SanctionsList } from './types';

async function loadOne(...args: Parameters<typeof fixtureSource>): Promise<SanctionsList> {
  const outcome = await parseSanctionsLists([fixtureSource(...args)]);
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.lists).toHaveLength(1);
  return outcome.lists[0]!;
}

async function failure(...args: Parameters<typeof fixtureSource>): Promise<string> {
  const outcome = await parseSanctionsLists([fixtureSource(...args)]);
  if (outcome.ok) throw new Error('expected a failure');
  return outcome.message;
}

describe('OFAC sdn.xml', () => {
  it('keeps only the vessels, with identifiers, names, programmes, flag, owner and the publication date', async () => {
    const list = await loadOne('synthetic-sdn.xml');
    expect(list).toMatchObject({ listName: 'OFAC SDN List', publicationDate: '2025-01-15', layouts: ['ofac-sdn-xml'], recordsRead: 4 });
    expect(list.publisher).toMatch(/Office of Foreign Assets Control/);
    expect(list.entries.map((e) => e.entryId)).toEqual(['90001', '90003']);
    expect(list.entries[0]).toMatchObject({
      entryId: '90001',
      names: ['EXAMPLE STAR', 'EXAMPLE STAR NO. 1'],
      imo: '9990002',
      mmsi: '999000001',
      callSign: 'XXA1',
      vesselType: 'Oil Tanker',
      flag: 'Korea, North',
      flagIso2: 'KP',
      programmes: ['DPRK3', 'DPRK4'],
      parties: [{ role: 'owner', name: 'SAMPLE SHIPPING CO LTD' }],
      publicationDate: '2025-01-15',
    });
  });

  it('keeps markup in a name as text, reads CDATA, keeps a bad IMO aside and reads "Linked To" remarks', async () => {
    const entry = (await loadOne('synthetic-sdn.xml')).entries[1]!;
    expect(entry.names).toEqual(['<b>MARKUP TIDE</b>']);
    expect(entry.imo).toBeUndefined();
    expect(entry.invalidImo).toBe('9990003');
    expect(entry.vesselType).toBe('General Cargo');
    expect(entry.flagIso2).toBe('SL');
    expect(entry.parties).toEqual([{ role: 'linked', name: 'SAMPLE TRADING LLC' }]);
  });

  it('reads the same from a web ReadableStream (a browser File) in one piece', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { FIXTURES } = await import('../test-support');
    const text = readFileSync(join(FIXTURES, 'synthetic-sdn.xml'), 'utf8');
    const outcome = await parseSanctionsLists([webStreamSource('sdn.xml', text)]);
    expect(outcome.ok && outcome.lists[0]!.entries.length).toBe(2);
  });

  it('cuts a huge field and says so, without failing the file', async () => {
    const huge = 'X'.repeat(50_000);
    const list = await loadOne('synthetic-sdn.xml', (t) => t.replace('<remarks>Linked To: SAMPLE TRADING LLC.</remarks>', `<remarks>${huge}</remarks>`), 4096);
    expect(list.entries[1]!.remarks).toHaveLength(MAX_FIELD_CHARS);
    expect(list.entries[1]!.remarks!.endsWith('…')).toBe(true);
    expect(list.skipped['field-truncated']).toBe(1);
  });

  it('refuses a truncated file with one sentence and no list', async () => {
    const message = await failure('synthetic-sdn.xml', (t) => t.slice(0, t.indexOf('<sdnEntry>', 900)));
    expect(message).toMatch(/^synthetic-sdn\.xml: This XML file ends before its elements close: it is truncated/);
  });

  it('refuses broken XML, another root, the advanced XML, and text without tags', async () => {
    expect(await failure('synthetic-sdn.xml', (t) => t.replace('</lastName>', '</lastname>'))).toMatch(/This XML file is broken \(/);
    expect(await failure('synthetic-sdn.xml', (t) => t.replace(/sdnList/g, 'catalog'))).toMatch(/not OFAC's sdn\.xml/);
    expect(await failure('synthetic-sdn.xml', (t) => t.replace(/<sdnList /, '<Sanctions ').replace('</sdnList>', '</Sanctions>'))).toMatch(/advanced XML/);
    expect(await failure('synthetic-sdn.xml', (t) => t.replace('EXAMPLE STAR', 'Y'.repeat(1_200_000)), 65536)).toMatch(/more than 1 MB of text without a tag/);
  });

  it('does not expand entities declared in a DOCTYPE (no "billion laughs")', async () => {
    const message = await failure('synthetic-sdn.xml', (t) =>
      t.replace('<sdnList', '<!DOCTYPE sdnList [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<sdnList').replace('EXAMPLE STAR<', '&b;<'),
    );
    expect(message).toMatch(/broken/);
  });

  it('refuses a list with no vessel', async () => {
    const message = await failure('synthetic-sdn.xml', (t) => t.replace(/<sdnType>Vessel<\/sdnType>/g, '<sdnType>Entity</sdnType>'));
    expect(message).toMatch(/names no vessel/);
  });
});
