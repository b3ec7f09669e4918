import { describe, expect, it } from 'vitest';
import { T0 } from '@/scripts/ais/synthetic/test-tracks';
import { buildVesselTracks, findTrack, SOG_MISSING, trackPositionAt, trackPositionsBetween } from './vessel-tracks';

describe('vessel tracks', () => {
  it('sorts each vessel by time, drops a second report in the same second, keeps AIS precision', () => {
    const tracks = buildVesselTracks([
      { mmsi: '999000002', t: T0 + 120_000, lon: 123.1234567, lat: -29.7654321, sogKnots: 0.5 },
      { mmsi: '999000001', t: T0, lon: 1, lat: 1 },
      { mmsi: '999000002', t: T0, lon: 123.0, lat: -29.0, name: 'OLD NAME' },
      { mmsi: '999000002', t: T0 + 60_400, lon: 123.5, lat: -29.5, sogKnots: 12.3, name: 'NEW NAME', imo: '9234567' },
      { mmsi: '999000002', t: T0 + 60_900, lon: 0, lat: 0 },
    ]);
    expect(tracks.positionCount).toBe(4);
    expect(tracks.vessels.map((v) => v.mmsi)).toEqual(['999000001', '999000002']);
    const v = findTrack(tracks, '999000002')!;
    expect(Array.from(v.tSec)).toEqual([T0 / 1000, T0 / 1000 + 60, T0 / 1000 + 120]);
    expect(v.name).toBe('NEW NAME');
    expect(v.imo).toBe('9234567');
    expect(trackPositionAt(v, 1)).toEqual({ mmsi: '999000002', t: T0 + 60_000, lon: 123.5, lat: -29.5, sogKnots: 12.3 });
    const last = trackPositionAt(v, 2);
    expect(last.lon).toBeCloseTo(123.1234567, 6);
    expect(last.lat).toBeCloseTo(-29.7654321, 6);
    expect(v.sogDeciKnots[0]).toBe(SOG_MISSING);
    expect(trackPositionAt(v, 0).sogKnots).toBeUndefined();
    expect(findTrack(tracks, '999000003')).toBeUndefined();
  });

  it('gives the positions inside a time window', () => {
    const tracks = buildVesselTracks(
      Array.from({ length: 10 }, (_, i) => ({ mmsi: '999000001', t: T0 + i * 60_000, lon: 120 + i / 100, lat: 30 })),
    );
    const window = trackPositionsBetween(tracks.vessels[0]!, T0 + 90_000, T0 + 240_000);
    expect(window.map((p) => p.t)).toEqual([T0 + 120_000, T0 + 180_000, T0 + 240_000]);
  });

  it('grows past its initial capacity without losing positions', () => {
    const positions = Array.from({ length: 1000 }, (_, i) => ({ mmsi: '999000001', t: T0 + (999 - i) * 1000, lon: i / 1000, lat: 1 }));
    const track = buildVesselTracks(positions).vessels[0]!;
    expect(track.length).toBe(1000);
    expect(track.tSec[0]).toBe(T0 / 1000);
    expect(track.lonE6[0]).toBe(999_000);
  });
});
