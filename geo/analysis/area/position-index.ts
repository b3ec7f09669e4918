import KDBush from 'kdbush';
import type { VesselTracks } from '@/geo/analysis/ais';
import type { AreaPredicates } from './area-predicates';
import type { DayRange } from './area-time';

/**
 * A k-d tree over every position of one AIS user layer, in the tracks' own micro-degrees (exact, 8 bytes a point).
 * Built once per user layer and kept beside its tracks; an area's query reads the candidates in its bounds and tests
 * each against the area and the range.
 */
export interface PositionIndex {
  tracks: VesselTracks;
  tree: KDBush;
  /** The vessel (index into `tracks.vessels`) of each position, in the order they were added. */
  vesselOf: Uint32Array;
  /** Where each vessel's positions start in that order. */
  firstOf: Uint32Array;
  /** Each position's month, as months after `baseMonth`: worked out once here, not on every query. */
  monthOf: Uint16Array;
  baseMonth: number;
  /** Milliseconds the build took. */
  buildMs: number;
}

const built = new WeakMap<VesselTracks, PositionIndex>();

/** The index of a user layer's tracks: built on first use, then the same object for as long as the tracks live. */
export function positionIndexFor(tracks: VesselTracks): PositionIndex {
  const cached = built.get(tracks);
  if (cached) return cached;
  const started = performance.now();
  const total = tracks.vessels.reduce((sum, v) => sum + v.length, 0);
  const tree = new KDBush(Math.max(1, total), 64, Int32Array);
  const vesselOf = new Uint32Array(total);
  const firstOf = new Uint32Array(tracks.vessels.length);
  const monthOf = new Uint16Array(total);
  let earliest = Infinity;
  for (const track of tracks.vessels) if (track.length > 0) earliest = Math.min(earliest, track.tSec[0]!);
  const baseMonth = Number.isFinite(earliest) ? monthOfSec(earliest) : 0;
  let k = 0;
  tracks.vessels.forEach((track, v) => {
    firstOf[v] = k;
    for (let i = 0; i < track.length; i++, k++) {
      tree.add(track.lonE6[i]!, track.latE6[i]!);
      vesselOf[k] = v;
      // Tracks are sorted by time: the month changes rarely along one.
      monthOf[k] = Math.min(65_535, monthOfSec(track.tSec[i]!) - baseMonth);
    }
  });
  // An empty layer still needs a finished tree: one point far away that nothing matches.
  if (total === 0) tree.add(2e9, 2e9);
  tree.finish();
  const index = { tracks, tree, vesselOf, firstOf, monthOf, baseMonth, buildMs: performance.now() - started };
  built.set(tracks, index);
  return index;
}

/** What the positions inside an area show. Per-vessel arrays are indexed like `tracks.vessels`. */
export interface PositionsInArea {
  positions: number;
  perVessel: Uint32Array;
  /** UTC seconds of each vessel's first and last position inside (0 where none). */
  firstSec: Uint32Array;
  lastSec: Uint32Array;
  /** Positions per month (`year * 12 + month - 1`). */
  perMonth: Map<number, number>;
}

/** Month number of a UTC second, without a Date (H. Hinnant's civil-from-days): it runs once per position. */
export function monthOfSec(sec: number): number {
  const z = Math.floor(sec / 86_400) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

function isUprightRectangle(area: AreaPredicates): boolean {
  if (area.shape.kind !== 'polygon' || area.shape.corners.length !== 4) return false;
  const [west, south, east, north] = area.bounds;
  return area.shape.corners.every(([lon, lat]) => (lon === west || lon === east) && (lat === south || lat === north));
}

/** Counts the positions inside the area and the day range (null: every time), per vessel and per month. */
export function positionsInArea(index: PositionIndex, area: AreaPredicates, days: DayRange | null): PositionsInArea {
  const { tracks, tree, vesselOf, firstOf } = index;
  const vesselCount = tracks.vessels.length;
  const result: PositionsInArea = {
    positions: 0,
    perVessel: new Uint32Array(vesselCount),
    firstSec: new Uint32Array(vesselCount),
    lastSec: new Uint32Array(vesselCount),
    perMonth: new Map(),
  };
  const [west, south, east, north] = area.bounds;
  // The circle's margin (see prepareArea) is a hundredth of its size; a degree's hundredth more covers rounding.
  const pad = area.shape.kind === 'circle' ? Math.max(east - west, north - south) * 0.01 : 0;
  // An outline that is an upright rectangle is exactly its bounds (corners at whole micro-degrees, rounded as the
  // tracks are): the tree's answer then needs no second test.
  const exact = isUprightRectangle(area);
  const low = (deg: number) => (exact ? Math.round(deg * 1e6) : Math.floor(deg * 1e6));
  const high = (deg: number) => (exact ? Math.round(deg * 1e6) : Math.ceil(deg * 1e6));
  const candidates = tree.range(low(west - pad), low(south - pad), high(east + pad), high(north + pad));
  const fromSec = days ? days[0] * 86_400 : -Infinity;
  const toSec = days ? (days[1] + 1) * 86_400 : Infinity;
  const months = new Uint32Array(65_536);
  const { monthOf } = index;
  for (const id of candidates) {
    if (id >= vesselOf.length) continue;
    const v = vesselOf[id]!;
    const track = tracks.vessels[v]!;
    const i = id - firstOf[v]!;
    const t = track.tSec[i]!;
    if (t < fromSec || t >= toSec) continue;
    if (!exact && !area.containsPoint(track.lonE6[i]! / 1e6, track.latE6[i]! / 1e6)) continue;
    result.positions++;
    if (result.perVessel[v] === 0 || t < result.firstSec[v]!) result.firstSec[v] = t;
    if (t > result.lastSec[v]!) result.lastSec[v] = t;
    result.perVessel[v] = result.perVessel[v]! + 1;
    months[monthOf[id]!]!++;
  }
  months.forEach((count, offset) => {
    if (count > 0) result.perMonth.set(index.baseMonth + offset, count);
  });
  return result;
}
