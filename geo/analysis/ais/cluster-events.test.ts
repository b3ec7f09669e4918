import { booleanPointInPolygon, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { computeCandidateTransferAreas } from './cluster-events';
import { offset, T0 } from '@/scripts/ais/synthetic/test-tracks';
import type { AisEvent, LoiteringEvent } from './types';

function loitering(id: string, lon: number, lat: number, start = T0): LoiteringEvent {
  return { id, kind: 'loitering', vessel: { mmsi: '999000030' }, start, end: start + 3_600_000, durationMinutes: 60, lon, lat, medianSpeedKnots: 1, portDistanceKm: null };
}

describe('computeCandidateTransferAreas', () => {
  const centre = { lon: 123.5, lat: 29.8 };
  const near = [0, 90, 200, 300].map((b, i) => {
    const p = offset(centre.lon, centre.lat, b, 3000 + i * 500);
    return loitering(`e${i}`, p.lon, p.lat, T0 + i * 3_600_000);
  });
  const far = loitering('far', 128, 33);

  it('makes one derived hull around events within the radius and leaves a lone event out', () => {
    const areas = computeCandidateTransferAreas([...near, far], { radiusKm: 10, minPoints: 3 });
    expect(areas.features).toHaveLength(1);
    const area = areas.features[0]!;
    expect(area.properties).toMatchObject({
      id: 'area-e0',
      kind: 'candidate-transfer-area',
      derived: true,
      eventCount: 4,
      loiteringCount: 4,
      encounterCount: 0,
      gapCount: 0,
      start: T0,
      end: T0 + 4 * 3_600_000,
    });
    expect(area.properties.eventIds.sort()).toEqual(['e0', 'e1', 'e2', 'e3']);
    expect(area.geometry.type).toBe('Polygon');
    for (const e of near) expect(booleanPointInPolygon(point([e.lon, e.lat]), area, { ignoreBoundary: false })).toBe(true);
    expect(booleanPointInPolygon(point([far.lon, far.lat]), area)).toBe(false);
  });

  it('respects the radius and the minimum points', () => {
    expect(computeCandidateTransferAreas(near, { radiusKm: 1, minPoints: 3 }).features).toHaveLength(0);
    expect(computeCandidateTransferAreas(near, { radiusKm: 10, minPoints: 5 }).features).toHaveLength(0);
  });

  it('draws a circle for a cluster of two events, covering both', () => {
    const two: AisEvent[] = near.slice(0, 2);
    const [area] = computeCandidateTransferAreas(two, { radiusKm: 10, minPoints: 2 }).features;
    expect(area!.properties.eventCount).toBe(2);
    for (const e of two) expect(booleanPointInPolygon(point([e.lon, e.lat]), area!)).toBe(true);
  });

  it('gives the same areas whatever the input order', () => {
    const a = computeCandidateTransferAreas([...near, far], { radiusKm: 10, minPoints: 3 });
    const b = computeCandidateTransferAreas([far, ...near].reverse(), { radiusKm: 10, minPoints: 3 });
    expect(b).toEqual(a);
  });
});
