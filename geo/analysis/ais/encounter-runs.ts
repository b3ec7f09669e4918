import type { EncounterParams } from './detection-params';
import { LongitudeMean, median, nearestPortDistanceKm } from './geodesy';
import type { TrackSample } from './resample-track';
import type { EncounterEvent, PortPoint } from './types';
import { vesselRef, type VesselTrack } from './vessel-tracks';

/** A run that passed the duration and port rules, before GFW's merge step. */
interface RawEncounter {
  a: number;
  b: number;
  firstStep: number;
  lastStep: number;
  /** Resampled steps in the run (each has a position of both vessels). */
  steps: number;
  medianDistanceMeters: number;
  /** The higher of the two vessels' median speeds (NaN when either is unknown). */
  medianSpeedKnots: number;
  lon: number;
  lat: number;
}

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
 * Follows every pair of vessels that are within the distance at consecutive grid steps, in GFW's order: each
 * unbroken run long enough and far enough from ports is a raw encounter; raw encounters of the same pair less
 * than `mergeGapMinutes` apart merge into one event; an event is kept when its median speed (the median of its
 * raw encounters' medians) is below the limit. Shared by the grid sweep and the naive baseline, so the two can
 * differ only in which pairs they find.
 */
export class EncounterRuns {
  private readonly open = new Map<number, PairRun>();
  private readonly raw: RawEncounter[] = [];

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
    const events = this.merge();
    return events.sort(
      (x, y) => x.start - y.start || cmp(x.vessels[0].mmsi, y.vessels[0].mmsi) || cmp(x.vessels[1].mmsi, y.vessels[1].mmsi),
    );
  }

  private close(run: PairRun): void {
    const p = this.params;
    const durationMinutes = ((run.lastStep - run.firstStep) * this.stepSec) / 60;
    if (durationMinutes < p.minDurationMinutes) return;
    const lon = run.lon.value();
    const lat = run.latSum / (2 * run.distances.length);
    const portKm = nearestPortDistanceKm(lon, lat, this.ports);
    if (portKm !== null && portKm < p.minPortDistanceKm) return;
    this.raw.push({
      a: run.a,
      b: run.b,
      firstStep: run.firstStep,
      lastStep: run.lastStep,
      steps: run.distances.length,
      medianDistanceMeters: median(run.distances),
      // Both vessels must be slow: the slower one alone could be a ship at anchor next to one passing by.
      medianSpeedKnots: Math.max(median(run.speedsA), median(run.speedsB)),
      lon,
      lat,
    });
  }

  /** GFW's merge step, then the speed rule on each merged event. */
  private merge(): EncounterEvent[] {
    const byPair = new Map<number, RawEncounter[]>();
    for (const r of this.raw) {
      const key = r.a * this.vessels.length + r.b;
      const list = byPair.get(key);
      if (list === undefined) byPair.set(key, [r]);
      else list.push(r);
    }
    const gapSec = this.params.mergeGapMinutes * 60;
    const events: EncounterEvent[] = [];
    for (const list of byPair.values()) {
      list.sort((x, y) => x.firstStep - y.firstStep);
      let group: RawEncounter[] = [];
      for (const r of list) {
        const last = group[group.length - 1];
        if (last !== undefined && (r.firstStep - last.lastStep) * this.stepSec >= gapSec) {
          this.emit(group, events);
          group = [];
        }
        group.push(r);
      }
      this.emit(group, events);
    }
    return events;
  }

  private emit(group: readonly RawEncounter[], out: EncounterEvent[]): void {
    const medianSpeedKnots = median(group.map((r) => r.medianSpeedKnots));
    if (!(medianSpeedKnots < this.params.maxMedianSpeedKnots)) return;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    // The mean over every step of every raw encounter (GFW weights by duration; steps never weigh zero).
    const lon = new LongitudeMean();
    let latSum = 0;
    let steps = 0;
    for (const r of group) {
      lon.addWeighted(r.lon, r.steps);
      latSum += r.lat * r.steps;
      steps += r.steps;
    }
    const va = this.vessels[first.a]!;
    const vb = this.vessels[first.b]!;
    const start = first.firstStep * this.stepSec * 1000;
    const end = last.lastStep * this.stepSec * 1000;
    out.push({
      id: `encounter-${va.mmsi}-${vb.mmsi}-${start}`,
      kind: 'encounter',
      vessels: [vesselRef(va), vesselRef(vb)],
      start,
      end,
      durationMinutes: (end - start) / 60_000,
      medianDistanceMeters: median(group.map((r) => r.medianDistanceMeters)),
      lon: lon.value(),
      lat: latSum / steps,
      medianSpeedKnots,
    });
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
