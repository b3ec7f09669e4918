import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findFeature, getDataset } from '@/data';
import { DEFAULT_AIS_DETECTION_PARAMS, DEFAULT_CLUSTER_PARAMS, type AisEvent } from '@/geo/analysis/ais';
import { runImport } from '@/geo/analysis/user-data/run-import';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';
import { SYNTHETIC_PORTS } from '@/scripts/ais/synthetic/synthetic-areas';
import { aisVesselsOf, identitiesFromEvents } from './ais-vessels';
import { describeRedFlag, observationWhere } from './red-flag-text';
import { VESSEL_FRAME_MAX_ZOOM, viewForVesselMarks } from './vessel-view';

let ais: UserAisLayer;

beforeAll(async () => {
  // SYNTHETIC AIS (e2e/fixtures/import): five vessels, one encounter between 999000001 and 999000002, one gap.
  const csv = readFileSync(new URL('../../e2e/fixtures/import/synthetic-ais-small.csv', import.meta.url), 'utf8');
  const outcome = await runImport(
    { name: 'synthetic-ais-small.csv', blob: new Blob([csv]) },
    { userLayerId: 'user-ais', ports: SYNTHETIC_PORTS, detection: DEFAULT_AIS_DETECTION_PARAMS, cluster: DEFAULT_CLUSTER_PARAMS },
  );
  if (outcome.status !== 'imported' || outcome.userLayer.kind !== 'ais') throw new Error('fixture did not import');
  ais = outcome.userLayer;
});

describe('aisVesselsOf', () => {
  it('gives each MMSI of an AIS layer with its identity, red flags, events and track', () => {
    const vessels = aisVesselsOf([ais]);
    expect(vessels.map((v) => v.mmsi)).toEqual(['999000001', '999000002', '999000003', '999000004', '999000005']);
    const one = vessels[0]!;
    expect(one).toMatchObject({ userLayerId: 'user-ais', userLayerName: 'synthetic-ais-small', fromEventsOnly: false });
    expect(one.events.map((e) => e.kind)).toEqual(['encounter']);
    expect(one.track?.mmsi).toBe('999000001');
    expect(one.redFlags.map((f) => f.kind)).toContain('bad-imo');
    expect(vessels.find((v) => v.mmsi === '999000003')!.events.map((e) => e.kind)).toEqual(['gap']);
  });

  it('rebuilds identities from the events of a layer opened from the database (no rows, no red flags)', () => {
    const saved: UserAisLayer = { ...ais, tracks: null, identities: undefined, redFlags: undefined } as UserAisLayer;
    delete saved.identities;
    delete saved.redFlags;
    const vessels = aisVesselsOf([saved]);
    const one = vessels.find((v) => v.mmsi === '999000001')!;
    expect(one.fromEventsOnly).toBe(true);
    expect(one.identity.names.map((o) => o.value)).toEqual(['SYNTH CARGO 0001']);
    expect(one.track).toBeNull();
    expect(observationWhere(one.identity.names[0]!)).toBe('named in the saved events');
    // Only vessels that some event names are known.
    expect(vessels.map((v) => v.mmsi).sort()).toEqual(['999000001', '999000002', '999000003']);
  });

  it('keeps IMO numbers the events name, seven digits only', () => {
    const events = [{ kind: 'gap', id: 'g', vessel: { mmsi: '999000009', name: 'X', imo: 'IMO 9990002' } }, { kind: 'gap', id: 'h', vessel: { mmsi: '999000009', imo: 'n/a' } }] as unknown as AisEvent[];
    expect(identitiesFromEvents(events)[0]!.imos.map((o) => o.value)).toEqual(['9990002']);
  });
});

describe('red flags in words', () => {
  it('names the bad IMO number and the file lines and times that show it', () => {
    const flag = aisVesselsOf([ais])[0]!.redFlags.find((f) => f.kind === 'bad-imo')!;
    const text = describeRedFlag(flag);
    expect(text.title).toBe('IMO number 9990001 fails the check digit');
    expect(text.evidence[0]).toMatch(/^lines 2–\d+ of the file, 2024-03-01 \d\d:\d\d UTC – 2024-03-01 \d\d:\d\d UTC, \d+ reports$/);
  });

  it('describes every kind without throwing', () => {
    for (const v of aisVesselsOf([ais])) for (const f of v.redFlags) expect(describeRedFlag(f).title.length).toBeGreaterThan(10);
  });
});

describe('viewForVesselMarks', () => {
  const dataset = getDataset();

  it('frames Chon Ma San’s two incidents around their centre, no closer than the vessel zoom cap', () => {
    const features = ['incident-2018-02-24-chon-ma-san-xin-yuan-18', 'incident-2020-01-12-chon-ma-san'].map((id) => findFeature(dataset, id)!);
    const view = viewForVesselMarks(features)!;
    expect(view.lon).toBeCloseTo((124.112 + 124.007) / 2, 2);
    expect(view.zoom).toBe(VESSEL_FRAME_MAX_ZOOM);
  });

  it('widens to a track and events, and is null with nothing to frame', () => {
    const features = [findFeature(dataset, 'incident-2018-02-24-chon-ma-san-xin-yuan-18')!];
    const withTrack = viewForVesselMarks(features, [ais.tracks!.vessels[0]!], ais.detection!.events)!;
    expect(withTrack.zoom).toBeLessThan(VESSEL_FRAME_MAX_ZOOM);
    expect(viewForVesselMarks([])).toBeNull();
  });
});
