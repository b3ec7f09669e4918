import type { EncounterParams } from './detection-params';
import { LongitudeMean, median, nearestPortDistanceKm } from './geodesy';
import type { TrackSample } from './resample-track';
import type { EncounterEvent, PortPoint } from './types';
import { vesselRef, type VesselTrack } from './vessel-tracks';

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
export class EncounterRuns {
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
