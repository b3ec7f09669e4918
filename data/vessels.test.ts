import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, getDataset } from './bundled-dataset';
import type { RawDatasetFiles } from './dataset-types';
import { SHUTTLE_SHIPS, VESSEL_REFERENCE } from './fixtures/reference-values';
import { isValidImoNumber } from './imo-number';
import { DatasetError, parseDataset } from './parse-dataset';
import { findVessel, vesselDisplayName, vesselFlagsOn } from './vessel-lookup';

const d = getDataset();

function problemsOf(files: RawDatasetFiles): string[] {
  try {
    parseDataset(files);
  } catch (err) {
    if (err instanceof DatasetError) return err.message.split('\n').slice(1).map((l) => l.trim());
    throw err;
  }
  return [];
}

/** A copy of the bundled files with one change to the vessels file. */
function withVessels(change: (vessels: Record<string, unknown>[]) => void): RawDatasetFiles {
  const files = structuredClone(BUNDLED_FILES);
  const vessels = files.vessels as Record<string, unknown>[];
  change(vessels);
  return files;
}

describe('vessel records', () => {
  it('resolve every vessel the incidents name, or mark it unidentified; the name reported is one of the record\'s names', () => {
    let identified = 0;
    for (const inc of d.stsIncidents.features) {
      for (const v of inc.properties.vessels) {
        if (v.unidentified) continue;
        identified++;
        const record = findVessel(d, v.vesselId!);
        expect(record, `${inc.id}: ${v.name}`).toBeDefined();
        expect(record!.names.map((n) => n.name), `${inc.id}: ${v.name}`).toContain(v.name);
      }
    }
    expect(identified).toBeGreaterThanOrEqual(20);
  });

  it('resolve every ship a sea route or timeline event names, the shuttle\'s four ships included', () => {
    const ids = [...d.seaRoutes.features.flatMap((r) => r.properties.vesselIds ?? []), ...d.timeline.flatMap((e) => e.vesselIds ?? [])];
    for (const id of ids) expect(findVessel(d, id), id).toBeDefined();
    const shuttle = d.seaRoutes.features.filter((r) => r.properties.routeKind === 'shuttle');
    const names = new Set(shuttle.flatMap((r) => (r.properties.vesselIds ?? []).map((id) => vesselDisplayName(findVessel(d, id)!))));
    expect([...names].sort()).toEqual([...SHUTTLE_SHIPS].sort());
  });

  it('are each referred to by an incident, a route or an event, or say why not', () => {
    const referred = new Set([
      ...d.stsIncidents.features.flatMap((f) => f.properties.vessels.flatMap((v) => (v.vesselId ? [v.vesselId] : []))),
      ...d.seaRoutes.features.flatMap((r) => r.properties.vesselIds ?? []),
      ...d.timeline.flatMap((e) => e.vesselIds ?? []),
    ]);
    for (const v of d.vessels) {
      if (referred.has(v.id)) expect(v.unreferencedReason, v.id).toBeUndefined();
      else expect(v.unreferencedReason?.length ?? 0, v.id).toBeGreaterThan(30);
    }
  });

  it('carry the IMO numbers and UN listings the sources state, with the sources', () => {
    for (const ref of VESSEL_REFERENCE) {
      const v = findVessel(d, ref.id);
      expect(v, ref.id).toBeDefined();
      if (ref.imo) expect(v!.imo?.value, ref.id).toBe(ref.imo);
      if (ref.un) {
        const listing = v!.designations.find((x) => x.authority === ref.un!.authority);
        expect(listing?.date, ref.id).toBe(ref.un.date);
        expect(listing?.sourceIds.length, ref.id).toBeGreaterThan(0);
      }
    }
  });

  it('have only IMO numbers that pass the check digit, and no two records share one', () => {
    const imos = d.vessels.flatMap((v) => (v.imo ? [v.imo.value] : []));
    expect(imos.length).toBeGreaterThanOrEqual(12);
    for (const imo of imos) expect(isValidImoNumber(imo), imo).toBe(true);
    expect(new Set(imos).size).toBe(imos.length);
  });

  it('give every designation an authority and a source; an undated one says so', () => {
    for (const v of d.vessels) {
      for (const x of v.designations) {
        expect(x.sourceIds.length, v.id).toBeGreaterThan(0);
        if (!x.date) expect(x.note, `${v.id} ${x.authority}`).toMatch(/date|not stated|not given/);
      }
    }
  });

  it('keep both owners where the sources differ (Lady R: TransMorFlot vs MG-Flot)', () => {
    const ladyR = findVessel(d, 'vessel-lady-r')!;
    expect(ladyR.operators?.map((o) => o.name)).toEqual(expect.arrayContaining(['TransMorFlot LLC', 'MG-Flot']));
    const maria = findVessel(d, 'vessel-maria')!;
    expect(maria.designations.find((x) => x.confidence === 'disputed')?.note).toMatch(/yet to be designated/);
  });

  it('give flags by date: the false Maldives flag of Xin Yuan 18 is kept, marked disputed', () => {
    const xin = findVessel(d, 'vessel-xin-yuan-18')!;
    expect(vesselFlagsOn(xin, '2018-02-24')).toEqual([expect.objectContaining({ country: 'MV', confidence: 'disputed' })]);
    const rye = findVessel(d, 'vessel-rye-song-gang-1')!;
    expect(rye.names.find((n) => n.name === 'Song Hae')).toMatchObject({ from: '2018-01', to: '2018-01' });
  });
});

describe('parseDataset on vessels', () => {
  it('fails a wrong IMO check digit with a message naming the file and the record', () => {
    const files = withVessels((vessels) => {
      const chon = vessels.find((v) => v.id === 'vessel-chon-ma-san')!;
      chon.imo = { ...(chon.imo as object), value: '8660314' };
    });
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/^- data\/vessels\.json › vessel-chon-ma-san › imo\.value: fails the IMO check digit/));
  });

  it('fails an incident vessel that names no record, and a record nothing refers to', () => {
    const files = structuredClone(BUNDLED_FILES);
    const incidents = files.stsIncidents as { features: { id: string; properties: { vessels: Record<string, unknown>[] } }[] };
    incidents.features[0]!.properties.vessels.push({ name: 'Ghost', vesselId: 'vessel-ghost' });
    (files.vessels as Record<string, unknown>[]).push({
      id: 'vessel-orphan',
      names: [{ name: 'Orphan', sourceIds: ['portnews-239163'], confidence: 'reported' }],
      flags: [],
      designations: [],
      sourceIds: ['portnews-239163'],
      confidence: 'reported',
    });
    const problems = problemsOf(files);
    expect(problems).toContainEqual(expect.stringMatching(/sts-incidents\.json › .* › properties\.vessels\[\d+\]\.vesselId: unknown vessel "vessel-ghost"/));
    expect(problems).toContainEqual(expect.stringMatching(/vessels\.json › vessel-orphan › id: is referred to by no incident, sea route or timeline event/));
  });

  it('fails an incident vessel with neither a vesselId nor unidentified', () => {
    const files = structuredClone(BUNDLED_FILES);
    const incidents = files.stsIncidents as { features: { properties: { vessels: Record<string, unknown>[] } }[] };
    incidents.features[0]!.properties.vessels.push({ name: 'Somebody' });
    expect(problemsOf(files)).toContainEqual(expect.stringMatching(/vesselId: a vessel needs either a vesselId/));
  });
});
