import { describe, expect, it } from 'vitest';
import { detectLoitering } from './detect-loitering';
import { HOUR, leg, MINUTE, offset, T0 } from '@/scripts/ais/synthetic/test-tracks';
import type { PortPoint } from './types';
import { buildVesselTracks } from './vessel-tracks';

const LON = 132.9;
const LAT = 41.6;
const M = '999000010';

function drifting(speedKnots: number, durationMinutes: number, extra: Partial<Parameters<typeof leg>[0]> = {}) {
  return buildVesselTracks(leg({ mmsi: M, startMs: T0, lon: LON, lat: LAT, speedKnots, durationMinutes, ...extra }));
}

/** A port `nm` nautical miles west of the drift. */
const portAt = (nm: number): PortPoint[] => [{ id: 'p', ...offset(LON, LAT, 270, nm * 1852) }];

describe('detectLoitering (defaults: < 2 kn, ≥ 4 h, ≥ 20 nm offshore)', () => {
  it('finds one vessel drifting at 1 kn for 5 hours 40 nm from port', () => {
    const [e, ...rest] = detectLoitering(drifting(1, 300), portAt(40));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'loitering', vessel: { mmsi: M }, start: T0, end: T0 + 5 * HOUR, durationMinutes: 300, medianSpeedKnots: 1 });
    // It drifted 5 nm east, away from the port: the mean position is 42.5 nm out.
    expect(e!.portDistanceKm).toBeCloseTo(42.5 * 1.852, 0);
  });

  it('speed: 2.5 kn is not loitering below 2 kn, is below 3 kn', () => {
    expect(detectLoitering(drifting(2.5, 300), portAt(40))).toHaveLength(0);
    expect(detectLoitering(drifting(2.5, 300), portAt(40), { maxSpeedKnots: 3 })).toHaveLength(1);
  });

  it('duration: 3.5 hours is too short at 4 hours, enough at 3 hours', () => {
    expect(detectLoitering(drifting(1, 210), portAt(40))).toHaveLength(0);
    expect(detectLoitering(drifting(1, 210), portAt(40), { minDurationMinutes: 180 })).toHaveLength(1);
  });

  it('offshore: 15 nm from port is not loitering at 20 nm, is at 10 nm; no ports means no check', () => {
    expect(detectLoitering(drifting(1, 300), portAt(15))).toHaveLength(0);
    expect(detectLoitering(drifting(1, 300), portAt(15), { minPortDistanceNm: 10 })).toHaveLength(1);
    expect(detectLoitering(drifting(1, 300), [])[0]!.portDistanceKm).toBeNull();
  });

  it('a gap longer than an hour ends the run', () => {
    const positions = leg({ mmsi: M, startMs: T0, lon: LON, lat: LAT, speedKnots: 1, durationMinutes: 420 }).filter(
      (p) => p.t < T0 + 180 * MINUTE || p.t > T0 + 250 * MINUTE,
    );
    expect(detectLoitering(buildVesselTracks(positions), portAt(40))).toHaveLength(0);
  });

  it('a vessel in transit is never loitering', () => {
    expect(detectLoitering(drifting(12, 600), portAt(40))).toHaveLength(0);
  });
});
