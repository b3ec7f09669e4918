import { describe, expect, it } from 'vitest';
import { resampleTrack } from './resample-track';
import { MINUTE, T0 } from '@/scripts/ais/synthetic/test-tracks';
import { buildVesselTracks } from './vessel-tracks';

const P = { resampleMinutes: 10, maxGapMinutes: 60 };

function track(points: [minutes: number, lon: number, lat: number, sog?: number][]) {
  return buildVesselTracks(
    points.map(([m, lon, lat, sog]) => ({ mmsi: '999000001', t: T0 + m * MINUTE, lon, lat, ...(sog !== undefined ? { sogKnots: sog } : {}) })),
  ).vessels[0]!;
}

describe('resampleTrack', () => {
  it('puts positions on 10-minute steps aligned to the clock, interpolating linearly', () => {
    const r = resampleTrack(track([[5, 120, 30, 4], [25, 120.2, 30.2, 6]]), P);
    expect(r.firstStep * r.stepSec * 1000).toBe(T0 + 10 * MINUTE);
    expect(Array.from(r.valid)).toEqual([1, 1]);
    expect(r.lon[0]).toBeCloseTo(120.05, 9);
    expect(r.lat[1]).toBeCloseTo(30.15, 9);
    expect(r.speedKnots[0]).toBeCloseTo(4.5, 9);
  });

  it('does not interpolate across a gap longer than an hour, but does across exactly an hour', () => {
    const r = resampleTrack(track([[0, 120, 30], [61, 120.1, 30], [121, 120.2, 30]]), P);
    // Steps at 0, 10..60 (inside the 61-minute gap), 70..120 (inside a 60-minute gap).
    expect(Array.from(r.valid)).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('implies speed from positions when reports carry none', () => {
    // 0.1° of latitude (11.1 km) in an hour ≈ 6.0 knots.
    const r = resampleTrack(track([[0, 120, 30], [60, 120, 30.1]]), P);
    expect(r.speedKnots[3]).toBeCloseTo(6.0, 1);
  });

  it('interpolates longitude the short way across the antimeridian', () => {
    const r = resampleTrack(track([[0, 179.95, 10, 5], [20, -179.95, 10, 5]]), P);
    expect(r.lon[1]).toBeCloseTo(-180, 6);
    expect(Math.abs(r.lon[1]!)).toBeGreaterThan(179.9);
  });

  it('keeps a lone report that falls on a step, with unknown speed when it has none', () => {
    const r = resampleTrack(track([[10, 120, 30]]), { ...P, maxGapMinutes: 60 });
    expect(Array.from(r.valid)).toEqual([1]);
    expect(r.speedKnots[0]).toBeNaN();
    expect(resampleTrack(track([[10, 120, 30], [10 + 3 * 60, 120, 30]]), P).valid[0]).toBe(1);
  });
});
