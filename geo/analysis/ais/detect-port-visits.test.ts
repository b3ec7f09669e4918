import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT_VISIT_PARAMS } from './detection-params';
import { detectPortVisits } from './detect-port-visits';
import { destinationPoint } from './geodesy';
import { HOUR, leg, MINUTE, offset, T0 } from '@/scripts/ais/synthetic/test-tracks';
import type { AisPosition, PortPoint } from './types';
import { buildVesselTracks } from './vessel-tracks';

const PORT: PortPoint = { id: 'port-nampo', name: 'Nampo', lon: 125.38, lat: 38.72 };
const V = '999000001';

/** Sails in from 20 km west at 12 kn, stays `stayMinutes` at `berthKm` west of the port at `stayKnots`, sails out. */
function call(berthKm: number, stayMinutes: number, stayKnots = 0, silentMinutes = 0): AisPosition[] {
  const berth = offset(PORT.lon, PORT.lat, 270, berthKm * 1000);
  const inMinutes = ((20 - berthKm) * 1000) / (12 * 0.5144) / 60;
  const start = offset(PORT.lon, PORT.lat, 270, 20_000);
  const arrive = T0 + inMinutes * MINUTE;
  const leave = arrive + stayMinutes * MINUTE;
  const stay = leg({ mmsi: V, startMs: arrive, ...berth, bearingDeg: 0, speedKnots: stayKnots, durationMinutes: stayMinutes, intervalSeconds: 180 });
  const quiet = (p: AisPosition) => silentMinutes === 0 || p.t < arrive + 30 * MINUTE || p.t >= arrive + (30 + silentMinutes) * MINUTE;
  return [
    ...leg({ mmsi: V, startMs: T0, ...start, bearingDeg: 90, speedKnots: 12, durationMinutes: inMinutes - 1, intervalSeconds: 60 }),
    ...stay.filter(quiet),
    ...leg({ mmsi: V, startMs: leave + MINUTE, ...berth, bearingDeg: 270, speedKnots: 12, durationMinutes: 120, intervalSeconds: 60 }),
  ];
}

const detect = (positions: AisPosition[], ports = [PORT], params = {}) => detectPortVisits(buildVesselTracks(positions), ports, params);

describe('detectPortVisits (GFW defaults: in at 3 km, out beyond 4 km, a stop below 0.5 kn or a gap of 4 h)', () => {
  it('finds a call: in within 3 km, stopped 5 h, out beyond 4 km', () => {
    const [v, ...rest] = detect(call(1.5, 300));
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ kind: 'port-visit', vessel: { mmsi: V }, portId: 'port-nampo', portName: 'Nampo', stopped: true, silent: false });
    // In at 3 km (1.5 km from the berth at 12 kn: 4 minutes before), out at 4 km (2.5 km: 7 minutes after).
    const arrive = T0 + ((18.5 * 1000) / (12 * 0.5144) / 60) * MINUTE;
    expect(Math.abs(v!.start - (arrive - 4 * MINUTE))).toBeLessThan(2 * MINUTE);
    expect(Math.abs(v!.end - (arrive + 301 * MINUTE + 6.75 * MINUTE))).toBeLessThan(2 * MINUTE);
    expect(v!.portDistanceKm).toBeCloseTo(1.5, 1);
    expect(v!.id).toBe(`port-visit-${V}-${v!.start}`);
  });

  it('passing within 1 km at 12 kn is not a visit', () => {
    const from = destinationPoint(PORT.lon, PORT.lat, 180, 1000);
    const start = destinationPoint(from.lon, from.lat, 270, 20_000);
    expect(detect(leg({ mmsi: V, startMs: T0, ...start, bearingDeg: 90, speedKnots: 12, durationMinutes: 200 }))).toEqual([]);
  });

  it('stopping between the radii (3.5 km out) is not a visit; with a 4 km entry radius it is', () => {
    expect(detect(call(3.5, 360))).toEqual([]);
    expect(detect(call(3.5, 360), [PORT], { entryRadiusKm: 4 })).toHaveLength(1);
  });

  it('a vessel reporting 1 kn inside but silent for 5 h is a visit by its gap; with a 6 h gap rule it is not', () => {
    // Shifting between two spots 300 m apart near the port, reporting 1 kn, with a 5-hour silence in between.
    const a = offset(PORT.lon, PORT.lat, 90, 1000);
    const b = offset(PORT.lon, PORT.lat, 90, 1300);
    const shifting = (from: number, n: number): AisPosition[] =>
      Array.from({ length: n }, (_, i) => ({ mmsi: V, t: from + i * 3 * MINUTE, ...(i % 2 === 0 ? a : b), sogKnots: 1 }));
    const positions = [...shifting(T0, 20), ...shifting(T0 + 60 * MINUTE + 300 * MINUTE, 20)];
    const [v, ...rest] = detect(positions);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ stopped: false, silent: true, start: T0, end: T0 + (360 + 57) * MINUTE });
    expect(detect(positions, [PORT], { minGapMinutes: 360 })).toEqual([]);
    expect(detect(shifting(T0, 100))).toEqual([]);
  });

  it('one visit while moored at the edge: reports at 2.9 and 3.8 km in turn do not enter and leave each time', () => {
    const near = offset(PORT.lon, PORT.lat, 0, 2900);
    const edge = offset(PORT.lon, PORT.lat, 0, 3800);
    const moored: AisPosition[] = [];
    for (let i = 0; i < 60; i++) moored.push({ mmsi: V, t: T0 + i * 10 * MINUTE, ...(i % 2 === 0 ? near : edge), sogKnots: 0.1 });
    const visits = detect(moored);
    expect(visits).toHaveLength(1);
    expect(visits[0]!.durationMinutes).toBe(590);
  });

  it('needs ports: none given finds none', () => {
    expect(detect(call(1.5, 300), [])).toEqual([]);
  });

  it('takes the nearest of two ports and speed implied from positions when SOG is missing', () => {
    const berth = offset(PORT.lon, PORT.lat, 270, 1500);
    const other: PortPoint = { id: 'other', ...offset(berth.lon, berth.lat, 180, 1000) };
    const noSog = call(1.5, 300).map((p) => ({ mmsi: p.mmsi, t: p.t, lon: p.lon, lat: p.lat }));
    const [v] = detect(noSog, [PORT, other]);
    expect(v).toMatchObject({ portId: 'other', portName: null, stopped: true });
    expect(v!.portDistanceKm).toBeCloseTo(1, 1);
  });

  it('rejects an exit radius inside the entry radius', () => {
    expect(() => detect(call(1, 60), [PORT], { entryRadiusKm: 5, exitRadiusKm: 4 })).toThrow(/exitRadiusKm/);
    expect(DEFAULT_PORT_VISIT_PARAMS).toEqual({ entryRadiusKm: 3, exitRadiusKm: 4, maxStopSpeedKnots: 0.5, minGapMinutes: 240 });
  });
});

describe('a day of calls', () => {
  it('two calls the same day are two visits', () => {
    const second = call(1, 120).map((p) => ({ ...p, t: p.t + 12 * HOUR }));
    expect(detect([...call(1, 120), ...second])).toHaveLength(2);
  });
});
