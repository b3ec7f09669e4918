import { describe, expect, it } from 'vitest';
import type { LonLat } from '@/data';
import { coincidentGroups, spreadCoincident, spreadRadiusPx } from './coincident-spread';

/** Web-mercator pixel position at a zoom level (512-px world), to measure screen distances. */
function toPx([lon, lat]: LonLat, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [((lon + 180) / 360) * size, (0.5 - y / (2 * Math.PI)) * size];
}
const pxBetween = (a: LonLat, b: LonLat, zoom: number) => Math.hypot(toPx(a, zoom)[0] - toPx(b, zoom)[0], toPx(a, zoom)[1] - toPx(b, zoom)[1]);

const CENTROID: LonLat = [123.5, 29.8];
const POINTS: LonLat[] = [CENTROID, [130, 40], [123.5, 29.8], [123.496, 29.802], [123.5, 29.8]];

describe('spreadCoincident', () => {
  it('groups points within a kilometre of each other, and only those', () => {
    expect(coincidentGroups(POINTS)).toEqual([[0, 2, 3, 4]]);
  });

  it('draws each member of a group apart, on a circle of the same screen radius around the shared position', () => {
    for (const zoom of [3, 5, 8]) {
      const drawn = spreadCoincident(POINTS, zoom);
      const members = [0, 2, 3, 4].map((i) => drawn[i]!);
      for (const p of members) expect(pxBetween(p, CENTROID, zoom)).toBeCloseTo(spreadRadiusPx(4), 0);
      for (let a = 0; a < members.length; a++) {
        for (let b = a + 1; b < members.length; b++) expect(pxBetween(members[a]!, members[b]!, zoom)).toBeGreaterThanOrEqual(12);
      }
    }
  });

  it('widens the circle for larger groups so that neighbours stay apart', () => {
    expect(spreadRadiusPx(2)).toBe(spreadRadiusPx(3));
    expect(spreadRadiusPx(8)).toBeGreaterThan(spreadRadiusPx(4));
    expect((2 * Math.PI * spreadRadiusPx(6)) / 6).toBeGreaterThanOrEqual(12);
  });

  it('leaves a point that shares its position with no other where it is', () => {
    expect(spreadCoincident(POINTS, 5)[1]).toEqual([130, 40]);
    expect(spreadCoincident([[1, 2]], 5)).toEqual([[1, 2]]);
  });
});
