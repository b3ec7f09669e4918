import { describe, expect, it } from 'vitest';
import { destinationPoint } from '../../ais/geodesy';
import { buildVesselTracks } from '../../ais/vessel-tracks';
import type { AisPosition } from '../../ais/types';
import { findImpossibleSpeeds } from './impossible-speed';

const MMSI = '999000001'; // SYNTHETIC
const T0 = Date.UTC(2025, 0, 10);
const NM = 1852;

/** A position `nm` nautical miles east of 38N 124E, `minutes` after T0. */
function at(minutes: number, nm: number): AisPosition {
  const p = destinationPoint(124, 38, 90, nm * NM);
  return { mmsi: MMSI, t: T0 + minutes * 60_000, lon: p.lon, lat: p.lat };
}

function track(positions: AisPosition[]) {
  return buildVesselTracks(positions).vessels[0]!;
}

describe('impossible speed (one MMSI in two places)', () => {
  it('leaves a ship sailing at 12 kn alone', () => {
    const positions = Array.from({ length: 10 }, (_, i) => at(i * 10, i * 2));
    expect(findImpossibleSpeeds(track(positions))).toEqual({ jumps: [], jumpCount: 0, maxImpliedSpeedKnots: 0 });
  });

  it('flags consecutive fixes implying more than 50 kn over more than 10 km, with both fixes', () => {
    const result = findImpossibleSpeeds(track([at(0, 0), at(60, 10), at(70, 70)]));
    expect(result.jumpCount).toBe(1);
    const [jump] = result.jumps;
    expect(jump!.from).toMatchObject({ index: 1, t: T0 + 60 * 60_000 });
    expect(jump!.to).toMatchObject({ index: 2, t: T0 + 70 * 60_000 });
    expect(jump!.distanceKm).toBeCloseTo((60 * NM) / 1000, 1);
    expect(jump!.impliedSpeedKnots).toBeCloseTo(360, 0);
  });

  it('draws the line at the threshold: 49 kn passes, 51 kn is flagged', () => {
    expect(findImpossibleSpeeds(track([at(0, 0), at(60, 49)])).jumpCount).toBe(0);
    expect(findImpossibleSpeeds(track([at(0, 0), at(60, 51)])).jumpCount).toBe(1);
    expect(findImpossibleSpeeds(track([at(0, 0), at(60, 49)]), { maxSpeedKnots: 40 }).jumpCount).toBe(1);
  });

  it('ignores short jumps (GPS noise over seconds) below the minimum distance', () => {
    const noisy = track([at(0, 0), { ...at(0, 2), t: T0 + 1000 }]);
    expect(findImpossibleSpeeds(noisy).jumpCount).toBe(0);
    expect(findImpossibleSpeeds(noisy, { minDistanceKm: 1 }).jumpCount).toBe(1);
  });

  it('counts every jump of a shared identity and keeps the first few as evidence', () => {
    const positions = Array.from({ length: 11 }, (_, i) => at(i * 5, i % 2 === 0 ? 0 : 300));
    const result = findImpossibleSpeeds(track(positions), { maxJumpsKept: 3 });
    expect(result.jumpCount).toBe(10);
    expect(result.jumps).toHaveLength(3);
    expect(result.maxImpliedSpeedKnots).toBeCloseTo(3600, 0);
  });

  it('refuses nonsense parameters', () => {
    expect(() => findImpossibleSpeeds(track([at(0, 0)]), { maxSpeedKnots: 0 })).toThrow(/maxSpeedKnots/);
  });
});
