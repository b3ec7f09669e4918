import { resolveEncounterParams, type EncounterParams } from './detection-params';
import { EncounterRuns } from './encounter-runs';
import { haversineMeters, toEcefMeters } from './geodesy';
import { gridStepRange, newTrackSample, TrackResampler, type TrackSample } from './resample-track';
import type { EncounterEvent, PortPoint } from './types';
import type { VesselTracks } from './vessel-tracks';

export { detectEncountersNaive } from './detect-encounters-naive';

/**
 * Hash of a grid cell into a small integer, so the cell map uses fast small-integer keys. Two cells may share
 * a hash; candidates are checked against their real cell, so a collision costs time, never correctness.
 */
function cellHash(ix: number, iy: number, iz: number): number {
  return (Math.imul(ix, 73856093) ^ Math.imul(iy, 19349663) ^ Math.imul(iz, 83492791)) & 0x3fffffff;
}

/** The 13 neighbour cells "after" a cell: with its own cell, every adjacent pair of cells is visited once. */
const FORWARD_NEIGHBOURS: readonly (readonly [number, number, number])[] = (() => {
  const out: [number, number, number][] = [];
  for (let dx = -1; dx <= 1; dx++)
    for (let dy = -1; dy <= 1; dy++)
      for (let dz = -1; dz <= 1; dz++) if (dx > 0 || (dx === 0 && (dy > 0 || (dy === 0 && dz > 0)))) out.push([dx, dy, dz]);
  return out;
})();

/**
 * Finds encounters between vessels (Global Fishing Watch definition by default, see
 * {@link DEFAULT_ENCOUNTER_PARAMS}) with a time-ordered sweep: at each grid step (10 minutes by default) the
 * vessels with a position are put in a 3-D grid of cells at least `maxDistanceMeters` wide, and only vessels
 * in the same or neighbouring cells are compared. Cost grows with vessels × steps, not with pairs.
 *
 * @param ports port and anchorage points for the distance-from-port rule; none disables that rule.
 * @returns encounters sorted by start time, then MMSI.
 */
export function detectEncounters(
  tracks: VesselTracks,
  ports: readonly PortPoint[],
  params?: Partial<EncounterParams>,
): EncounterEvent[] {
  const p = resolveEncounterParams(params);
  const stepSec = Math.round(p.resampleMinutes * 60);
  const vessels = tracks.vessels;
  const runs = new EncounterRuns(vessels, ports, p, stepSec);
  const n = vessels.length;
  if (n < 2) return runs.finish();

  const firstStep = new Float64Array(n);
  const lastStep = new Float64Array(n);
  let sweepStart = Infinity;
  let sweepEnd = -Infinity;
  for (let v = 0; v < n; v++) {
    const [f, l] = gridStepRange(vessels[v]!, stepSec);
    firstStep[v] = f;
    lastStep[v] = l;
    if (l >= f) {
      sweepStart = Math.min(sweepStart, f);
      sweepEnd = Math.max(sweepEnd, l);
    }
  }
  // Vessels join the sweep in order of their first step and leave after their last.
  const byStart = Array.from({ length: n }, (_, v) => v)
    .filter((v) => lastStep[v]! >= firstStep[v]!)
    .sort((x, y) => firstStep[x]! - firstStep[y]!);
  let nextToJoin = 0;
  const active: number[] = [];
  const cursors: (TrackResampler | undefined)[] = new Array(n);

  // Any cell at least the distance wide works; a chord is never longer than the arc, so a pair within the
  // distance is always in the same or adjacent cells.
  const cellMeters = p.maxDistanceMeters;
  const maxChord2 = (p.maxDistanceMeters * (1 + 1e-9) + 1e-6) ** 2;

  // Per-step scratch, sized for every vessel at once and reused.
  const sVessel = new Int32Array(n);
  const sx = new Float64Array(n);
  const sy = new Float64Array(n);
  const sz = new Float64Array(n);
  const cx = new Int32Array(n);
  const cy = new Int32Array(n);
  const cz = new Int32Array(n);
  const nextInCell = new Int32Array(n);
  const samples: TrackSample[] = Array.from({ length: n }, newTrackSample);
  const heads = new Map<number, number>();
  const xyz: [number, number, number] = [0, 0, 0];
  let step = 0;

  /** Samples i and j (indexes into this step's scratch) are candidates: measure them, lower vessel first. */
  const consider = (i: number, j: number): void => {
    const ddx = sx[i]! - sx[j]!;
    const ddy = sy[i]! - sy[j]!;
    const ddz = sz[i]! - sz[j]!;
    if (ddx * ddx + ddy * ddy + ddz * ddz > maxChord2) return;
    const lo = sVessel[i]! < sVessel[j]! ? i : j;
    const hi = lo === i ? j : i;
    const sa = samples[lo]!;
    const sb = samples[hi]!;
    // Same argument order as the naive baseline, so both get bit-identical distances.
    const d = haversineMeters(sa.lon, sa.lat, sb.lon, sb.lat);
    if (d <= p.maxDistanceMeters) runs.observe(sVessel[lo]!, sVessel[hi]!, step, sa, sb, d);
  };

  for (step = sweepStart; step <= sweepEnd; step++) {
    while (nextToJoin < byStart.length && firstStep[byStart[nextToJoin]!]! <= step) {
      const v = byStart[nextToJoin++]!;
      cursors[v] = new TrackResampler(vessels[v]!, p.maxGapMinutes);
      active.push(v);
    }
    const tSec = step * stepSec;
    let count = 0;
    heads.clear();
    for (let k = active.length - 1; k >= 0; k--) {
      const v = active[k]!;
      if (lastStep[v]! < step) {
        cursors[v] = undefined;
        active[k] = active[active.length - 1]!;
        active.pop();
        continue;
      }
      const s = samples[count]!;
      if (!cursors[v]!.sampleAt(tSec, s)) continue;
      toEcefMeters(s.lon, s.lat, xyz);
      const i = count++;
      sVessel[i] = v;
      sx[i] = xyz[0];
      sy[i] = xyz[1];
      sz[i] = xyz[2];
      const ix = Math.floor(xyz[0] / cellMeters);
      const iy = Math.floor(xyz[1] / cellMeters);
      const iz = Math.floor(xyz[2] / cellMeters);
      cx[i] = ix;
      cy[i] = iy;
      cz[i] = iz;
      const key = cellHash(ix, iy, iz);
      nextInCell[i] = heads.get(key) ?? -1;
      heads.set(key, i);
    }
    for (let i = 0; i < count; i++) {
      const ix = cx[i]!;
      const iy = cy[i]!;
      const iz = cz[i]!;
      // Own cell: the samples put in before this one.
      for (let j = nextInCell[i]!; j !== -1; j = nextInCell[j]!) {
        if (cx[j] === ix && cy[j] === iy && cz[j] === iz) consider(i, j);
      }
      for (const [dx, dy, dz] of FORWARD_NEIGHBOURS) {
        const nx = ix + dx;
        const ny = iy + dy;
        const nz = iz + dz;
        for (let j = heads.get(cellHash(nx, ny, nz)) ?? -1; j !== -1; j = nextInCell[j]!) {
          if (cx[j] === nx && cy[j] === ny && cz[j] === nz) consider(i, j);
        }
      }
    }
    runs.endStep(step);
  }
  return runs.finish();
}
