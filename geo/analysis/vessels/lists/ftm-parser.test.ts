import { describe, expect, it } from 'vitest';
import { fixtureSource } from '../test-support';
import { parseSanctionsLists } from './parse-lists';
import type { SanctionsList } from './types';

async function load(change?: (t: string) => string, earlyBufferChars?: number): Promise<SanctionsList> {
  const outcome = await parseSanctionsLists([fixtureSource('synthetic-entities.ftm.json', change)], earlyBufferChars === undefined ? {} : { earlyBufferChars });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.lists[0]!;
}

describe('OpenSanctions FollowTheMoney entities', () => {
  it('keeps the vessels with their identifiers, names, flags, topics and dates', async () => {
    const list = await load();
    expect(list).toMatchObject({ publisher: 'OpenSanctions', layouts: ['opensanctions-ftm'], recordsRead: 9 });
    expect(list.publicationDate).toBeUndefined();
    expect(list.entries.map((e) => e.entryId)).toEqual(['synth-vessel-1', 'synth-vessel-2']);
    expect(list.entries[0]).toMatchObject({
      names: ['EXAMPLE WAVE', 'EXAMPLE WAVE 1', 'OLD EXAMPLE'],
      imo: '9990105',
      mmsi: '999000011',
      callSign: 'XXC3',
      flag: 'kp',
      flagIso2: 'KP',
      otherFlags: ['sl'],
      vesselType: 'Tanker',
      topics: ['sanction'],
      datasets: ['synthetic'],
      firstSeen: '2024-01-01T00:00:00',
    });
  });

  it('links owners and operators read before or after the vessel, relations included', async () => {
    const [v1, v2] = (await load()).entries;
    // synth-co-1 comes before its vessel, the Sanction after it, synth-co-3 never.
    expect(v1!.parties).toEqual([
      { role: 'owner', id: 'synth-co-1', name: 'SAMPLE OWNER CO', schema: 'Company' },
      { role: 'operator', id: 'synth-co-3' },
    ]);
    expect(v1!.designations).toEqual([{ authority: 'Example Authority', programme: 'EXAMPLE-PROGRAMME', startDate: '2024-03-01' }]);
    expect(v1!.programmes).toEqual(['EXAMPLE-PROGRAMME']);
    // The Ownership comes before vessel 2, its owner after; the UnknownLink and its company after both.
    expect(v2!.parties).toEqual([
      { role: 'owner', id: 'synth-co-2', note: 'registered owner', name: 'SAMPLE HOLDER LTD', schema: 'Company' },
      { role: 'operator', id: 'synth-co-4', note: 'ship manager', name: 'SAMPLE MANAGER LTD', schema: 'Company' },
    ]);
  });

  it('counts an owner it never saw, keeps markup as text and a "__proto__" key as data', async () => {
    const list = await load();
    expect(list.skipped['unresolved-link']).toBe(1);
    expect(list.entries[1]!.names).toEqual(['<i>SAMPLE</i> CURRENT']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads the file again for links its memory budget could not keep, and finds them all', async () => {
    const passes = new Set<number>();
    const outcome = await parseSanctionsLists([fixtureSource('synthetic-entities.ftm.json')], { earlyBufferChars: 100, onProgress: (p) => passes.add(p.pass) });
    if (!outcome.ok) throw new Error(outcome.message);
    expect([...passes]).toEqual([1, 2]);
    expect(outcome.lists[0]!.entries).toEqual((await load()).entries);
    expect(outcome.lists[0]!.skipped).toEqual({ 'unresolved-link': 1 });
    // An owner before the ownership before the vessel, all dropped: the third reading finds the owner.
    const chain = [
      { id: 'p', schema: 'Company', properties: { name: ['CHAIN OWNER LTD'] } },
      { id: 'r', schema: 'Ownership', properties: { owner: ['p'], asset: ['v'] } },
      { id: 'v', schema: 'Vessel', properties: { name: ['CHAIN EXAMPLE'] } },
    ].map((e) => JSON.stringify(e)).join('\n');
    const thrice = new Set<number>();
    const chained = await parseSanctionsLists([fixtureSource('synthetic-entities.ftm.json', () => chain)], { earlyBufferChars: 10, onProgress: (p) => thrice.add(p.pass) });
    expect([...thrice]).toEqual([1, 2, 3]);
    expect(chained.ok && chained.lists[0]!.entries[0]!.parties).toEqual([{ role: 'owner', id: 'p', name: 'CHAIN OWNER LTD', schema: 'Company' }]);
    // Without a budget problem, one reading is enough.
    const once = new Set<number>();
    await parseSanctionsLists([fixtureSource('synthetic-entities.ftm.json')], { onProgress: (p) => once.add(p.pass) });
    expect([...once]).toEqual([1]);
  });

  it('skips a huge entity and a bad line, and goes on', async () => {
    const huge = `{"id":"huge","schema":"Vessel","properties":{"name":["${'N'.repeat(1_100_000)}"]}}`;
    const list = await load((t) => t.replace('{"id":"synth-person-1"', `${huge}\nnot json\n{"id":"synth-person-1"`));
    expect(list.skipped).toMatchObject({ 'entity-too-large': 1, 'bad-json': 1 });
    expect(list.entries).toHaveLength(2);
  });

  it('reads OpenSanctions nested entities (owners and sanctions inside the vessel)', async () => {
    const nested = JSON.stringify({
      id: 'synth-nested-1',
      schema: 'Vessel',
      properties: {
        name: ['NESTED EXAMPLE'],
        ownershipAsset: [{ id: 'synth-own-9', schema: 'Ownership', properties: { owner: [{ id: 'synth-co-9', schema: 'Company', properties: { name: ['NESTED OWNER LTD'] } }] } }],
        sanctions: [{ id: 'synth-s-9', schema: 'Sanction', properties: { authority: ['Example Authority'], program: ['NESTED-PROGRAMME'] } }],
      },
    });
    const outcome = await parseSanctionsLists([fixtureSource('synthetic-entities.ftm.json', () => nested + '\n')]);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.lists[0]!.entries[0]).toMatchObject({
      names: ['NESTED EXAMPLE'],
      programmes: ['NESTED-PROGRAMME'],
      parties: [{ role: 'owner', id: 'synth-co-9', name: 'NESTED OWNER LTD' }],
    });
  });

  it('refuses a truncated file, one with no vessel, and JSON of another kind', async () => {
    const cut = await parseSanctionsLists([fixtureSource('synthetic-entities.ftm.json', (t) => t.slice(0, t.length - 30))]);
    expect(cut.ok === false && cut.message).toMatch(/ends in the middle of an entity: it is truncated/);
    const none = await parseSanctionsLists([fixtureSource('synthetic-entities.ftm.json', (t) => t.replace(/"schema":"Vessel"/g, '"schema":"Airplane"'))]);
    expect(none.ok === false && none.message).toMatch(/names no vessel/);
    const other = await parseSanctionsLists([fixtureSource('synthetic-entities.ftm.json', () => '{"hello":"world"}\n')]);
    expect(other.ok === false && other.message).toMatch(/not FollowTheMoney entities/);
  });
});
