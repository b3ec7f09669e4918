import { describe, expect, it } from 'vitest';
import { detectEncounters, detectEncountersNaive } from './detect-encounters';
import { DEFAULT_ENCOUNTER_PARAMS, type EncounterParams } from './detection-params';
import { destinationPoint } from './geodesy';
import { mulberry32 } from '@/scripts/ais/synthetic/prng';
import { driftingPair, leg, MINUTE, offset, T0 } from '@/scripts/ais/synthetic/test-tracks';
import type { AisPosition, PortPoint } from './types';
import { buildVesselTracks } from './vessel-tracks';

const LON = 123.5;
const LAT = 29.8;
const FAR_PORT: PortPoint[] = [{ id: 'yangshan', lon: 122.07, lat: 30.63 }];
const A = '999000001';
const B = '999000002';

function pair(over: Partial<Parameters<typeof driftingPair>[0]> = {}): AisPosition[] {
  return driftingPair({ a: A, b: B, startMs: T0, lon: LON, lat: LAT, apartMeters: 200, speedKnots: 0.5, durationMinutes: 180, ...over });
}

function detect(positions: AisPosition[], ports: PortPoint[] = FAR_PORT, params?: Partial<EncounterParams>) {
  const tracks = buildVesselTracks(positions);
  const grid = detectEncounters(tracks, ports, params);
  // Every handmade case doubles as a check that the grid sweep and the naive baseline agree.
  expect(grid).toEqual(detectEncountersNaive(tracks, ports, params));
  return grid;
}

describe('detectEncounters (GFW defaults)', () => {
  it('finds two vessels drifting 200 m apart at 0.5 kn for 3 hours', () => {
    const [e, ...rest] = detect(pair());
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      id: `encounter-${A}-${B}-${T0}`,
      kind: 'encounter',
      vessels: [{ mmsi: A }, { mmsi: B }],
      start: T0,
      end: T0 + 180 * MINUTE,
      durationMinutes: 180,
      medianSpeedKnots: 0.5,
    });
    expect(e!.medianDistanceMeters).toBeCloseTo(200, 0);
    expect(e!.lon).toBeCloseTo(LON, 1);
    expect(e!.lat).toBeCloseTo(LAT, 1);
  });

  it('distance: 600 m apart is not an encounter at 500 m, is at 700 m', () => {
    expect(detect(pair({ apartMeters: 600 }))).toHaveLength(0);
    expect(detect(pair({ apartMeters: 600 }), FAR_PORT, { maxDistanceMeters: 700 })).toHaveLength(1);
    expect(detect(pair({ apartMeters: 499 }))).toHaveLength(1);
  });

  it('duration: 110 minutes together is too short at 2 hours, enough at 100 minutes', () => {
    expect(detect(pair({ durationMinutes: 110 }))).toHaveLength(0);
    expect(detect(pair({ durationMinutes: 110 }), FAR_PORT, { minDurationMinutes: 100 })).toHaveLength(1);
    expect(detect(pair({ durationMinutes: 120 }))).toHaveLength(1);
  });

  it('speed: a convoy at 3 kn is not an encounter below 2 kn, is below 4 kn', () => {
    expect(detect(pair({ speedKnots: 3 }))).toHaveLength(0);
    const [e] = detect(pair({ speedKnots: 3 }), FAR_PORT, { maxMedianSpeedKnots: 4 });
    expect(e!.medianSpeedKnots).toBeCloseTo(3, 6);
  });

  it('ports: 5 km from a port is not an encounter at 10 km, is at 4 km; no ports disables the rule', () => {
    const near = [{ id: 'near', ...offset(LON, LAT, 270, 5000) }];
    expect(detect(pair(), near)).toHaveLength(0);
    expect(detect(pair(), near, { minPortDistanceKm: 4 })).toHaveLength(1);
    expect(detect(pair(), [])).toHaveLength(1);
  });

  it('gaps: a 70-minute silence splits the meeting in two short ones; a 50-minute one does not', () => {
    const split = (silentMinutes: number) =>
      pair({ durationMinutes: 250 }).filter((p) => p.t <= T0 + 90 * MINUTE || p.t >= T0 + (90 + silentMinutes) * MINUTE);
    expect(detect(split(70))).toHaveLength(0);
    const [e] = detect(split(50));
    expect(e!.durationMinutes).toBe(250);
  });

  it('resampling: a 30-minute grid still finds a 3-hour meeting, and a 20-minute maximum gap breaks it', () => {
    expect(detect(pair({ intervalSeconds: 600 }), FAR_PORT, { resampleMinutes: 30 })[0]!.durationMinutes).toBe(180);
    expect(detect(pair({ intervalSeconds: 25 * 60 }), FAR_PORT, { maxGapMinutes: 20 })).toHaveLength(0);
  });

  it("merge step (GFW): the same pair meeting again within 24 h is one event spanning both; 0 keeps them apart", () => {
    const second = T0 + 10 * 60 * MINUTE;
    const twice = [...pair(), ...pair({ startMs: second, durationMinutes: 150 })];
    const [merged, ...rest] = detect(twice);
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ id: `encounter-${A}-${B}-${T0}`, start: T0, end: second + 150 * MINUTE, durationMinutes: 600 + 150 });
    expect(detect(twice, FAR_PORT, { mergeGapMinutes: 0 }).map((e) => e.durationMinutes)).toEqual([180, 150]);
    // 25 hours later is a new event.
    const apart = [...pair(), ...pair({ startMs: T0 + 28 * 60 * MINUTE })];
    expect(detect(apart)).toHaveLength(2);
    // A break shorter than two hours on both sides makes no raw encounter: nothing to merge.
    const short = [...pair({ durationMinutes: 100 }), ...pair({ startMs: T0 + 3 * 60 * MINUTE, durationMinutes: 100 })];
    expect(detect(short)).toHaveLength(0);
  });

  it('merge step: the speed rule applies to the merged event (median of the raw medians)', () => {
    const slow = pair();
    const fast = pair({ startMs: T0 + 5 * 60 * MINUTE, speedKnots: 6 });
    const faster = pair({ startMs: T0 + 10 * 60 * MINUTE, speedKnots: 7 });
    // Two of three raw encounters are fast: the merged event is not slow.
    expect(detect([...slow, ...fast, ...faster])).toHaveLength(0);
    // Kept apart, the slow one stands alone.
    expect(detect([...slow, ...fast, ...faster], FAR_PORT, { mergeGapMinutes: 0 }).map((e) => e.start)).toEqual([T0]);
  });

  it('ignores two ships passing close at 12 knots', () => {
    const cross = destinationPoint(LON, LAT, 270, 30_000);
    const positions = [
      ...leg({ mmsi: A, startMs: T0, lon: cross.lon, lat: cross.lat, bearingDeg: 90, speedKnots: 12, durationMinutes: 300 }),
      ...leg({ mmsi: B, startMs: T0, ...offset(cross.lon, cross.lat, 0, 150), bearingDeg: 90.02, speedKnots: 12.1, durationMinutes: 300 }),
    ];
    expect(detect(positions)).toHaveLength(0);
  });

  it('reports every pair of three vessels rafted together', () => {
    const third = leg({ mmsi: '999000003', startMs: T0, ...offset(LON, LAT, 90, 250), bearingDeg: 45, speedKnots: 0.5, durationMinutes: 180 });
    const events = detect([...pair(), ...third]);
    expect(events.map((e) => e.vessels.map((v) => v.mmsi).join('+'))).toEqual([
      `${A}+${B}`,
      `${A}+999000003`,
      `${B}+999000003`,
    ]);
  });

  it('works across the antimeridian', () => {
    const events = detect(pair({ lon: 179.9995, lat: 52 }), []);
    expect(events).toHaveLength(1);
    expect(Math.abs(events[0]!.lon)).toBeGreaterThan(179.97);
  });

  it('rejects thresholds that are not numbers', () => {
    const tracks = buildVesselTracks(pair());
    expect(() => detectEncounters(tracks, [], { maxDistanceMeters: 0 })).toThrow(RangeError);
    expect(() => detectEncounters(tracks, [], { resampleMinutes: Number.NaN })).toThrow(/resampleMinutes/);
  });
});

/**
 * Random data that stresses the run logic: groups of 2–4 vessels drift together with offsets that wander
 * around the distance threshold, speeds around the speed threshold, random reporting and random gaps, plus
 * fast loners crossing through.
 */
function randomSwarm(seed: number, centre: { lon: number; lat: number }, spreadMeters: number): AisPosition[] {
  const rng = mulberry32(seed);
  const out: AisPosition[] = [];
  let mmsi = 999100000;
  for (let g = 0; g < 12; g++) {
    const origin = destinationPoint(centre.lon, centre.lat, rng.uniform(0, 360), rng.uniform(0, 8000));
    const driftBearing = rng.uniform(0, 360);
    const driftKnots = rng.uniform(0, 3);
    const startMs = T0 + rng.int(0, 240) * MINUTE;
    const hours = rng.uniform(1, 10);
    for (let m = rng.int(2, 4); m > 0; m--) {
      const id = String(mmsi++);
      let bearing = rng.uniform(0, 360);
      let radius = rng.uniform(0, spreadMeters);
      for (let s = 0; s < hours * 3600; ) {
        const centreNow = destinationPoint(origin.lon, origin.lat, driftBearing, driftKnots * 0.5144 * s);
        const p = destinationPoint(centreNow.lon, centreNow.lat, bearing, radius);
        const sog = Math.max(0, driftKnots + rng.normal(0, 0.4));
        out.push({ mmsi: id, t: startMs + s * 1000, lon: p.lon, lat: p.lat, ...(rng.chance(0.9) ? { sogKnots: Math.round(sog * 10) / 10 } : {}) });
        bearing += rng.normal(0, 10);
        radius = Math.min(spreadMeters, Math.max(0, radius + rng.normal(0, spreadMeters / 10)));
        s += rng.chance(0.02) ? rng.int(45, 120) * 60 : rng.int(30, 600);
      }
    }
  }
  for (let l = 0; l < 10; l++) {
    const from = destinationPoint(centre.lon, centre.lat, rng.uniform(0, 360), 15_000);
    out.push(
      ...leg({ mmsi: String(mmsi++), startMs: T0 + rng.int(0, 300) * MINUTE, ...from, bearingDeg: rng.uniform(0, 360), speedKnots: rng.uniform(8, 14), durationMinutes: 180, intervalSeconds: rng.int(20, 200) }),
    );
  }
  return out;
}

describe('grid sweep equals the naive all-pairs baseline on random data', () => {
  const cases: [string, number, { lon: number; lat: number }, Partial<EncounterParams>][] = [
    ['defaults, East China Sea', 1, { lon: 123.5, lat: 29.8 }, {}],
    ['1.5 km, 60-minute minimum', 2, { lon: 123.5, lat: 29.8 }, { maxDistanceMeters: 1500, minDurationMinutes: 60, maxMedianSpeedKnots: 3 }],
    ['50 m', 3, { lon: 132.9, lat: 42.0 }, { maxDistanceMeters: 50, minDurationMinutes: 20, maxMedianSpeedKnots: 5 }],
    ['5-minute grid, 30-minute gaps', 4, { lon: 124.0, lat: 38.8 }, { resampleMinutes: 5, maxGapMinutes: 30, minDurationMinutes: 30 }],
    ['antimeridian', 5, { lon: 179.99, lat: -16.5 }, { minDurationMinutes: 30, maxMedianSpeedKnots: 4 }],
    ['high latitude', 6, { lon: 20, lat: 78 }, { minDurationMinutes: 30, maxMedianSpeedKnots: 4 }],
  ];
  it.each(cases)('%s', (_label, seed, centre, params) => {
    const tracks = buildVesselTracks(randomSwarm(seed, centre, 1.2 * (params.maxDistanceMeters ?? 500)));
    const ports = [{ lon: centre.lon, lat: centre.lat + 0.05 }];
    const grid = detectEncounters(tracks, ports, { ...params, minPortDistanceKm: 2 });
    const naive = detectEncountersNaive(tracks, ports, { ...params, minPortDistanceKm: 2 });
    expect(grid).toEqual(naive);
    // A comparison of two empty lists would prove nothing.
    expect(grid.length).toBeGreaterThan(2);
  });

  it('matches with the defaults exported', () => {
    expect(DEFAULT_ENCOUNTER_PARAMS).toEqual({
      maxDistanceMeters: 500,
      minDurationMinutes: 120,
      maxMedianSpeedKnots: 2,
      minPortDistanceKm: 10,
      mergeGapMinutes: 1440,
      resampleMinutes: 10,
      maxGapMinutes: 60,
    });
  });
});
