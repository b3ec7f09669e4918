import { booleanIntersects, booleanPointInPolygon, circle, distance, lineString, point, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { prepareArea } from './area-predicates';
import { areaKm2, areaRing, outlineProblem, type AreaShape, type LonLat } from './area-shape';

/** A seeded grid of points over a box: the same cases on every run. */
function gridPoints([west, south, east, north]: readonly [number, number, number, number], steps: number): LonLat[] {
  const points: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) points.push([west + ((east - west) * i) / steps + 0.00731, south + ((north - south) * j) / steps + 0.00419]);
  }
  return points;
}

const RECTANGLE: AreaShape = { kind: 'polygon', corners: [[122, 28], [126, 28], [126, 32], [122, 32]] };
/** A "U": a square off the Korea Bay with a notch cut into its north side. */
const NOTCHED: AreaShape = {
  kind: 'polygon',
  corners: [[123, 37], [127, 37], [127, 40], [126, 40], [126, 38], [124, 38], [124, 40], [123, 40]],
};
const CIRCLE: AreaShape = { kind: 'circle', center: [131.9, 42.9], radiusKm: 150 };

describe('points in an area, against turf', () => {
  it.each([
    ['a rectangle in the East China Sea', RECTANGLE, [120, 26, 128, 34]],
    ['a polygon with a concave notch', NOTCHED, [122, 36, 128, 41]],
  ] as const)('%s: the same points inside as booleanPointInPolygon', (_name, shape, box) => {
    const test = prepareArea(shape);
    const turfPolygon = polygon([areaRing(shape)]);
    const points = gridPoints(box, 40);
    const ours = points.filter(([lon, lat]) => test.containsPoint(lon, lat));
    const turfs = points.filter((p) => booleanPointInPolygon(point([...p]), turfPolygon));
    expect(ours).toEqual(turfs);
    expect(ours.length).toBeGreaterThan(50);
    expect(ours.length).toBeLessThan(points.length);
  });

  it('the notch is outside: a point in it is not in the area, points either side of it are', () => {
    const test = prepareArea(NOTCHED);
    expect(test.containsPoint(125, 39.5)).toBe(false);
    expect(test.containsPoint(123.5, 39.5)).toBe(true);
    expect(test.containsPoint(126.5, 39.5)).toBe(true);
    expect(test.containsPoint(125, 37.5)).toBe(true);
  });

  it('a circle: inside when turf.distance from the centre is within the radius', () => {
    const test = prepareArea(CIRCLE);
    const points = gridPoints([129, 41, 135, 45], 40);
    const ours = points.filter(([lon, lat]) => test.containsPoint(lon, lat));
    const turfs = points.filter((p) => distance(point([...CIRCLE.center]), point([...p]), { units: 'kilometers' }) <= 150);
    expect(ours).toEqual(turfs);
    expect(ours.length).toBeGreaterThan(50);
  });
});

describe('lines crossing an area and polygons overlapping it, against turf', () => {
  const lines: LonLat[][] = [
    [[120, 30], [128, 30]], // straight through the rectangle
    [[120, 27], [121, 33]], // west of it
    [[121, 27], [127, 33]], // diagonal through
    [[124, 29], [124.5, 29.5]], // wholly inside
    [[126.5, 27], [126.5, 33]], // east of it
    [[124.5, 39], [125.5, 39.8]], // inside the notch only
    [[123.5, 39], [126.5, 39]], // across the notch, through both arms
    [[130, 42], [134, 44]], // through the circle
    [[129, 45], [135, 45.5]], // north of the circle
    [[122.5, 40.5], [124.5, 36.5]], // across a corner of the notched polygon
  ];
  it.each([
    ['rectangle', RECTANGLE],
    ['notched polygon', NOTCHED],
    ['circle', CIRCLE],
  ] as const)('%s: the same lines cross as turf.booleanIntersects', (_name, shape) => {
    const test = prepareArea(shape);
    const turfPolygon = polygon([areaRing(shape)]);
    const ours = lines.map((line) => test.crossesLine(line));
    const turfs = lines.map((line) => booleanIntersects(lineString(line.map((p) => [...p])), turfPolygon));
    expect(ours).toEqual(turfs);
    expect(ours.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('counts the polygons that overlap, as turf does (inside, around, beside, across)', () => {
    const test = prepareArea(RECTANGLE);
    const others: LonLat[][] = [
      areaRing({ kind: 'polygon', corners: [[123, 29], [124, 29], [124, 30]] }), // inside
      areaRing({ kind: 'polygon', corners: [[110, 20], [140, 20], [140, 40], [110, 40]] }), // around
      areaRing({ kind: 'polygon', corners: [[127, 28], [128, 28], [128, 29]] }), // beside
      areaRing({ kind: 'circle', center: [126.5, 30], radiusKm: 80 }), // across the east edge
    ];
    const ours = others.map((ring) => test.overlapsRing(ring));
    const turfs = others.map((ring) => booleanIntersects(polygon([ring.map((p) => [...p])]), polygon([areaRing(RECTANGLE)])));
    expect(ours).toEqual(turfs);
    expect(ours).toEqual([true, true, false, true]);
  });
});

describe('the area itself', () => {
  it('a circle is its spherical cap, close to the 64-gon turf measures', () => {
    const turfArea = circle([...CIRCLE.center], 150, { steps: 256, units: 'kilometers' });
    expect(areaKm2(CIRCLE)).toBeCloseTo(Math.PI * 150 ** 2, -3);
    expect(areaKm2(CIRCLE) / (Math.PI * 150 ** 2)).toBeGreaterThan(0.99);
    expect(turfArea.geometry.coordinates[0]!.length).toBe(257);
  });

  it('refuses outlines that cannot be an area', () => {
    expect(outlineProblem([[1, 1], [2, 2]])).toMatch(/three corners/);
    expect(outlineProblem([[1, 1], [2, 2], [3, 3]])).toMatch(/one line/);
    expect(outlineProblem([[0, 0], [2, 2], [2, 0], [0, 2]])).toMatch(/crosses itself/);
    expect(outlineProblem([[0, 0], [1, 0], [0, 0], [0, 1]])).toMatch(/same point/);
    expect(outlineProblem([[-100, 0], [100, 0], [100, 10]])).toMatch(/180/);
    expect(outlineProblem(NOTCHED.kind === 'polygon' ? NOTCHED.corners : [])).toBeNull();
  });
});
