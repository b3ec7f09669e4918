import { assertEncounterParams, DEFAULT_ENCOUNTER_PARAMS, type EncounterParams } from './detection-params';
import { haversineMeters, LongitudeMean, median, nearestPortDistanceKm, toEcefMeters } from './geodesy';
import { gridStepRange, newTrackSample, resampleTrack, TrackResampler, type TrackSample } from './resample-track';
import type { EncounterEvent, PortPoint } from './types';
import { vesselRef, type VesselTrack, type VesselTracks } from './vessel-tracks';

interface PairRun {
  a: number;
  b: number;
  firstStep: number;
  lastStep: number;
  distances: number[];
  speedsA: number[];
  speedsB: number[];
  lon: LongitudeMean;
  latSum: number;
}

/**
 * Follows every pair of vessels that are within the distance at consecutive grid steps, and turns each
 * unbroken run into an encounter when it is long, slow and far enough from ports. Shared by the grid sweep
 * and the naive baseline, so the two can differ only in which pairs they find.
 */
class EncounterRuns {
  private readonly open = new Map<number, PairRun>();
  readonly events: EncounterEvent[] = [];

  constructor(
    private readonly vessels: readonly VesselTrack[],
    private readonly ports: readonly PortPoint[],
    private readonly params: EncounterParams,
    private readonly stepSec: number,
  ) {}

  /** Vessels `a < b` (indexes) were `distance` metres apart at `step`. */
  observe(a: number, b: number, step: number, sa: TrackSample, sb: TrackSample, distance: number): void {
    const key = a * this.vessels.length + b;
    let run = this.open.get(key);
    if (run === undefined || run.lastStep !== step - 1) {
      if (run !== undefined) this.close(run);
      run = { a, b, firstStep: step, lastStep: step, distances: [], speedsA: [], speedsB: [], lon: new LongitudeMean(), latSum: 0 };
      this.open.set(key, run);
    }
    run.lastStep = step;
    run.distances.push(distance);
    run.speedsA.push(sa.speedKnots);
    run.speedsB.push(sb.speedKnots);
    run.lon.add(sa.lon);
    run.lon.add(sb.lon);
    run.latSum += sa.lat + sb.lat;
  }

  /** Closes the runs that were not continued at `step`. */
  endStep(step: number): void {
    for (const [key, run] of this.open) {
      if (run.lastStep < step) {
        this.close(run);
        this.open.delete(key);
      }
    }
  }

  finish(): EncounterEvent[] {
    for (const run of this.open.values()) this.close(run);
    this.open.clear();
    return this.events.sort(
      (x, y) => x.start - y.start || cmp(x.vessels[0].mmsi, y.vessels[0].mmsi) || cmp(x.vessels[1].mmsi, y.vessels[1].mmsi),
    );
  }

  private close(run: PairRun): void {
    const p = this.params;
    const durationMinutes = ((run.lastStep - run.firstStep) * this.stepSec) / 60;
    if (durationMinutes < p.minDurationMinutes) return;
    // Both vessels must be slow: the slower one alone could be a ship at anchor next to one passing by.
    const medianSpeedKnots = Math.max(median(run.speedsA), median(run.speedsB));
    if (!(medianSpeedKnots < p.maxMedianSpeedKnots)) return;
    const lon = run.lon.value();
    const lat = run.latSum / (2 * run.distances.length);
    const portKm = nearestPortDistanceKm(lon, lat, this.ports);
    if (portKm !== null && portKm < p.minPortDistanceKm) return;
    const va = this.vessels[run.a]!;
    const vb = this.vessels[run.b]!;
    const start = run.firstStep * this.stepSec * 1000;
    this.events.push({
      id: `encounter-${va.mmsi}-${vb.mmsi}-${start}`,
      kind: 'encounter',
      vessels: [vesselRef(va), vesselRef(vb)],
      start,
      end: run.lastStep * this.stepSec * 1000,
      durationMinutes,
      medianDistanceMeters: median(run.distances),
      lon,
      lat,
      medianSpeedKnots,
    });
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function resolveParams(params: Partial<EncounterParams> | undefined): EncounterParams {
  const p = { ...DEFAULT_ENCOUNTER_PARAMS, ...params };
  assertEncounterParams(p);
  return p;
}

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
  const p = resolveParams(params);
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

/**
 * The same detection comparing every pair of vessels at every step: O(vessels² × steps). Kept as the
 * reference that tests and benchmarks hold {@link detectEncounters} to; not for real data.
 */
export function detectEncountersNaive(
  tracks: VesselTracks,
  ports: readonly PortPoint[],
  params?: Partial<EncounterParams>,
): EncounterEvent[] {
  const p = resolveParams(params);
  const stepSec = Math.round(p.resampleMinutes * 60);
  const vessels = tracks.vessels;
  const runs = new EncounterRuns(vessels, ports, p, stepSec);
  const resampled = vessels.map((v) => resampleTrack(v, p));
  let sweepStart = Infinity;
  let sweepEnd = -Infinity;
  for (const r of resampled) {
    if (r.valid.length === 0) continue;
    sweepStart = Math.min(sweepStart, r.firstStep);
    sweepEnd = Math.max(sweepEnd, r.firstStep + r.valid.length - 1);
  }
  const sa = newTrackSample();
  const sb = newTrackSample();
  const read = (v: number, step: number, out: TrackSample): boolean => {
    const r = resampled[v]!;
    const k = step - r.firstStep;
    if (k < 0 || k >= r.valid.length || r.valid[k] === 0) return false;
    out.lon = r.lon[k]!;
    out.lat = r.lat[k]!;
    out.speedKnots = r.speedKnots[k]!;
    return true;
  };
  for (let step = sweepStart; step <= sweepEnd; step++) {
    for (let a = 0; a < vessels.length; a++) {
      if (!read(a, step, sa)) continue;
      for (let b = a + 1; b < vessels.length; b++) {
        if (!read(b, step, sb)) continue;
        const d = haversineMeters(sa.lon, sa.lat, sb.lon, sb.lat);
        if (d <= p.maxDistanceMeters) runs.observe(a, b, step, sa, sb, d);
      }
    }
    runs.endStep(step);
  }
  return runs.finish();
}
