import { describe, expect, it } from 'vitest';
import { detectGaps } from './detect-gaps';
import { HOUR, leg, offset, T0 } from '@/scripts/ais/synthetic/test-tracks';
import { buildVesselTracks } from './vessel-tracks';

const M = '999000020';

function withSilence(hours: number) {
  const positions = leg({ mmsi: M, startMs: T0, lon: 124, lat: 38.8, bearingDeg: 180, speedKnots: 10, durationMinutes: 20 * 60, intervalSeconds: 120 });
  return buildVesselTracks(positions.filter((p) => p.t <= T0 + 4 * HOUR || p.t >= T0 + (4 + hours) * HOUR));
}

describe('detectGaps (default: silent ≥ 6 h)', () => {
  it('reports where a vessel went dark and where it reappeared', () => {
    const [g, ...rest] = detectGaps(withSilence(7), []);
    expect(rest).toEqual([]);
    expect(g).toMatchObject({ kind: 'gap', vessel: { mmsi: M }, start: T0 + 4 * HOUR, end: T0 + 11 * HOUR, durationMinutes: 420 });
    expect(g!.off.t).toBe(T0 + 4 * HOUR);
    expect(g!.on.t).toBe(T0 + 11 * HOUR);
    expect(g!.on.lat).toBeLessThan(g!.off.lat);
    expect([g!.lon, g!.lat]).toEqual([g!.off.lon, g!.off.lat]);
    // It kept going at 10 kn while dark: 70 nm.
    expect(g!.distanceKm).toBeCloseTo(70 * 1.852, 0);
    expect(g!.impliedSpeedKnots).toBeCloseTo(10, 1);
  });

  it('a 5-hour silence is not a gap at 6 hours, is at 4 hours', () => {
    expect(detectGaps(withSilence(5), [])).toHaveLength(0);
    expect(detectGaps(withSilence(5), [], { minGapMinutes: 240 })).toHaveLength(1);
  });

  it('can leave out gaps that start near a port', () => {
    const tracks = withSilence(7);
    const [g] = detectGaps(tracks, []);
    const port = [{ id: 'p', ...offset(g!.off.lon, g!.off.lat, 90, 3000) }];
    expect(detectGaps(tracks, port)).toHaveLength(1);
    expect(detectGaps(tracks, port, { minPortDistanceKm: 5 })).toHaveLength(0);
    expect(detectGaps(tracks, port, { minPortDistanceKm: 2 })).toHaveLength(1);
  });
});
