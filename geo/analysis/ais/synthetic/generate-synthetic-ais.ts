/**
 * SYNTHETIC AIS for tests, demos and benchmarks: never real vessel positions, never shipped as data.
 * Every MMSI starts with 999 (MID 999 is assigned to no country), every name with "SYNTH", every IMO
 * with 999. A fixed seed gives the same file on every machine.
 *
 * The plan (who sails where, when) is made first and is small; the position rows are generated lazily,
 * vessel by vessel, so a benchmark can stream millions of rows without holding them.
 */
import { bearingDegrees, destinationPoint, haversineMeters, KNOT_MPS, METERS_PER_NAUTICAL_MILE, nearestPortDistanceKm } from '../geodesy';
import type { SkipReason } from '../types';
import { mulberry32, type Rng } from './prng';
import { SYNTHETIC_AREAS, SYNTHETIC_PORTS, type SyntheticArea, type SyntheticPort } from './synthetic-areas';

export const SYNTHETIC_MMSI_PREFIX = '999';

export interface SyntheticDecoyCounts {
  /** Pairs passing within 50–400 m of each other at 10–14 kn. */
  passing: number;
  /** Pairs together and slow for 3–8 h within 3 km of a port point. */
  inPort: number;
  /** Pairs together and slow for only 30–80 minutes. */
  shortApproach: number;
  /** Pairs sailing 200–400 m apart at 8–12 kn for 3–5 h. */
  convoy: number;
  /** Vessels silent for 2–5 h (shorter than an AIS gap). */
  shortGap: number;
}

export interface SyntheticAisOptions {
  seed: number;
  vessels: number;
  encounters: number;
  hours: number;
  /** Start of the data, epoch ms (default 2024-03-01T00:00:00Z). */
  startMs: number;
  /** Vessels silent for 6.5–14 h: planted AIS gaps. */
  gaps: number;
  /** Vessels drifting alone for 5–9 h far from ports: planted loitering. */
  loiterers: number;
  decoys: SyntheticDecoyCounts;
  /** Seconds between reports while moving, [min, max] (real class A sends every 2–10 s; too dense for tests). */
  movingIntervalSeconds: [number, number];
  /** Seconds between reports while slower than 3 kn. */
  slowIntervalSeconds: [number, number];
  /** Standard deviation of the position noise, metres. */
  positionNoiseMeters: number;
  /** Share of extra, deliberately broken rows (bad MMSI, timestamp, coordinates, speed in turn). */
  badRowRate: number;
  ports: readonly SyntheticPort[];
  areas: readonly SyntheticArea[];
}

/** Options to change; decoy counts can be given one by one. */
export type SyntheticAisOverrides = Partial<Omit<SyntheticAisOptions, 'decoys'>> & { decoys?: Partial<SyntheticDecoyCounts> };

/** Defaults for everything but the size, with decoys in proportion to the encounters. */
export function syntheticAisOptions(over: SyntheticAisOverrides = {}): SyntheticAisOptions {
  const encounters = over.encounters ?? 20;
  const half = Math.ceil(encounters / 2);
  return {
    seed: 42,
    vessels: 200,
    hours: 48,
    startMs: Date.UTC(2024, 2, 1),
    gaps: half,
    loiterers: Math.ceil(encounters / 3),
    movingIntervalSeconds: [30, 180],
    slowIntervalSeconds: [120, 360],
    positionNoiseMeters: 8,
    badRowRate: 0,
    ports: SYNTHETIC_PORTS,
    areas: SYNTHETIC_AREAS,
    ...over,
    encounters,
    decoys: {
      passing: half,
      inPort: Math.ceil(encounters / 3),
      shortApproach: Math.ceil(encounters / 3),
      convoy: Math.ceil(encounters / 4),
      shortGap: Math.ceil(encounters / 4),
      ...over.decoys,
    },
  };
}

interface Keyframe {
  t: number;
  lon: number;
  lat: number;
}

export type SyntheticRole = 'background' | 'encounter' | 'passing' | 'in-port' | 'short-approach' | 'convoy' | 'gap' | 'short-gap' | 'loiterer';

export interface SyntheticVessel {
  mmsi: string;
  name: string;
  imo: string;
  callsign: string;
  /** NOAA/ITU vessel type code (70 cargo, 80 tanker, ...). */
  vesselType: number;
  lengthM: number;
  widthM: number;
  draftM: number;
  role: SyntheticRole;
  /** Positions at these times; straight lines between them. Reports only between the first and last. */
  keyframes: Keyframe[];
  /** [start, end) epoch ms with no reports. */
  silences: [number, number][];
}

export interface TruthEncounter {
  id: string;
  vessels: [string, string];
  start: number;
  end: number;
  lon: number;
  lat: number;
  area: string;
}

export interface TruthLoitering {
  mmsi: string;
  start: number;
  end: number;
  lon: number;
  lat: number;
  /** False when duration or distance is within a margin of the thresholds: a detector may go either way. */
  certain: boolean;
}

export interface TruthGap {
  mmsi: string;
  /** The planned silence; the detected gap runs from the last report before to the first after. */
  start: number;
  end: number;
}

export interface TruthDecoy {
  kind: 'passing' | 'in-port' | 'short-approach' | 'convoy' | 'short-gap';
  vessels: string[];
  start: number;
  end: number;
}

export interface SyntheticTruth {
  synthetic: true;
  note: string;
  seed: number;
  startMs: number;
  endMs: number;
  encounters: TruthEncounter[];
  loitering: TruthLoitering[];
  gaps: TruthGap[];
  decoys: TruthDecoy[];
  ports: SyntheticPort[];
}

export interface SyntheticScenario {
  options: SyntheticAisOptions;
  vessels: SyntheticVessel[];
  truth: SyntheticTruth;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
/** GFW loitering threshold (20 nm) and margins inside which the truth is marked uncertain. */
const LOITER_KM = (20 * METERS_PER_NAUTICAL_MILE) / 1000;

class Planner {
  readonly vessels: SyntheticVessel[] = [];
  readonly truth: SyntheticTruth;
  private readonly slowSpots: { path: { lon: number; lat: number }[]; t0: number; t1: number }[] = [];
  private readonly endMs: number;

  constructor(
    private readonly o: SyntheticAisOptions,
    private readonly rng: Rng,
  ) {
    this.endMs = o.startMs + o.hours * HOUR_MS;
    this.truth = {
      synthetic: true,
      note: 'SYNTHETIC AIS generated by scripts/ais/generate-synthetic-ais.ts: not real vessel positions.',
      seed: o.seed,
      startMs: o.startMs,
      endMs: this.endMs,
      encounters: [],
      loitering: [],
      gaps: [],
      decoys: [],
      ports: [...o.ports],
    };
  }

  private newVessel(role: SyntheticRole): SyntheticVessel {
    const n = this.vessels.length + 1;
    const tanker = this.rng.chance(0.5);
    const lengthM = tanker ? this.rng.int(90, 250) : this.rng.int(60, 190);
    const v: SyntheticVessel = {
      mmsi: `${SYNTHETIC_MMSI_PREFIX}${String(n).padStart(6, '0')}`,
      name: `SYNTH ${tanker ? 'TANKER' : 'CARGO'} ${String(n).padStart(4, '0')}`,
      imo: `999${String(n).padStart(4, '0')}`,
      callsign: `SYN${String(n).padStart(4, '0')}`,
      vesselType: tanker ? 80 : 70,
      lengthM,
      widthM: Math.round(lengthM / 6.5),
      draftM: Math.round(this.rng.uniform(4, 12) * 10) / 10,
      role,
      keyframes: [],
      silences: [],
    };
    this.vessels.push(v);
    return v;
  }

  private seaward(range: [number, number]): number {
    return this.rng.uniform(range[0], range[1]);
  }

  private pointInBox(area: SyntheticArea): { lon: number; lat: number } {
    const [w, s, e, n] = area.box;
    return { lon: this.rng.uniform(w, e), lat: this.rng.uniform(s, n) };
  }

  /**
   * An open-water spot for a slow event drifting on `driftBearing` at `driftKnots` from `t0` to `t1`: its
   * whole drift at least `minPortKm` from ports and 5 km from any other slow event around the same time.
   */
  private slowSpot(
    area: SyntheticArea,
    t0: number,
    t1: number,
    minPortKm: number,
    driftBearing: number,
    driftKnots: number,
  ): { lon: number; lat: number } {
    const driftM = driftKnots * KNOT_MPS * ((t1 - t0) / 1000);
    for (let attempt = 0; attempt < 500; attempt++) {
      const p = this.pointInBox(area);
      const path = [0, 0.25, 0.5, 0.75, 1].map((f) => destinationPoint(p.lon, p.lat, driftBearing, driftM * f));
      if (path.some((q) => (nearestPortDistanceKm(q.lon, q.lat, this.o.ports) ?? Infinity) < minPortKm)) continue;
      if (this.clashes(path, t0, t1)) continue;
      this.slowSpots.push({ path, t0, t1 });
      return p;
    }
    throw new Error('synthetic AIS: no free spot for a slow event; use fewer events or more hours');
  }

  private clashes(path: { lon: number; lat: number }[], t0: number, t1: number): boolean {
    const pad = HOUR_MS;
    return this.slowSpots.some(
      (s) =>
        s.t0 < t1 + pad &&
        t0 < s.t1 + pad &&
        s.path.some((a) => path.some((b) => haversineMeters(a.lon, a.lat, b.lon, b.lat) < 5_000)),
    );
  }

  /** Keyframes of a straight run arriving at `to` at time `t`, from `hours` away on a seaward bearing. */
  private approach(to: Keyframe, bearingDeg: number, knots: number, hours: number): Keyframe[] {
    const from = destinationPoint(to.lon, to.lat, bearingDeg, knots * KNOT_MPS * hours * 3600);
    return [{ t: to.t - hours * HOUR_MS, ...from }, to];
  }

  private depart(from: Keyframe, bearingDeg: number, knots: number, hours: number): Keyframe[] {
    const to = destinationPoint(from.lon, from.lat, bearingDeg, knots * KNOT_MPS * hours * 3600);
    return [from, { t: from.t + hours * HOUR_MS, ...to }];
  }

  private transitKnots(): number {
    return this.rng.uniform(10, 14);
  }

  /** Random waypoints inside the area box at transit speed from `t0` to `t1`. */
  private wander(area: SyntheticArea, t0: number, t1: number): Keyframe[] {
    let p = this.pointInBox(area);
    let t = t0;
    const out: Keyframe[] = [{ t, ...p }];
    while (t < t1) {
      const next = this.pointInBox(area);
      const meters = haversineMeters(p.lon, p.lat, next.lon, next.lat);
      const ms = (meters / (this.transitKnots() * KNOT_MPS)) * 1000;
      if (ms < 1000) continue;
      t += ms;
      p = next;
      out.push({ t, ...p });
    }
    return out;
  }

  background(): void {
    const v = this.newVessel('background');
    const area = this.rng.pick(this.o.areas);
    // Most sail the whole period; some enter or leave the covered area part way through.
    const t0 = this.rng.chance(0.7) ? this.o.startMs : this.o.startMs + this.rng.uniform(0, this.o.hours / 2) * HOUR_MS;
    const t1 = this.rng.chance(0.7) ? this.endMs : t0 + this.rng.uniform(0.3, 1) * (this.endMs - t0);
    v.keyframes = this.wander(area, t0, t1);
  }

  /** Vessel silent for `silenceHours` somewhere inside the period, with at least 2 h of reports each side. */
  silent(role: 'gap' | 'short-gap', silenceHours: number): SyntheticVessel {
    const v = this.newVessel(role);
    const area = this.rng.pick(this.o.areas);
    v.keyframes = this.wander(area, this.o.startMs, this.endMs);
    if (this.o.hours < silenceHours + 4) throw new Error(`synthetic AIS: ${this.o.hours} h is too short for a ${silenceHours.toFixed(1)} h silence`);
    const s0 = this.o.startMs + 2 * HOUR_MS + this.rng.uniform(0, this.o.hours - silenceHours - 4) * HOUR_MS;
    v.silences.push([s0, s0 + silenceHours * HOUR_MS]);
    return v;
  }

  /**
   * Two vessels meet at a spot: A arrives first (up to 20 min early), B comes alongside `apartM` away, both
   * drift together at `driftKnots` from `start` to `end`, then leave on different seaward bearings.
   */
  pair(
    roles: SyntheticRole,
    spot: { lon: number; lat: number },
    start: number,
    end: number,
    seaward: [number, number],
    driftBearing: number,
    driftKnots: number,
    apartM: [number, number],
  ): [SyntheticVessel, SyntheticVessel] {
    const a = this.newVessel(roles);
    const b = this.newVessel(roles);
    const arriveA = start - this.rng.uniform(0, 20) * MINUTE_MS;
    const driftMps = driftKnots * KNOT_MPS;
    const posA = (t: number): Keyframe => ({ t, ...destinationPoint(spot.lon, spot.lat, driftBearing, driftMps * ((t - arriveA) / 1000)) });
    const side0 = this.rng.uniform(0, 360);
    const turnDegPerHour = this.rng.uniform(-15, 15);
    const apart = this.rng.uniform(apartM[0], apartM[1]);
    const posB = (t: number): Keyframe => {
      const pa = posA(t);
      return { t, ...destinationPoint(pa.lon, pa.lat, side0 + (turnDegPerHour * (t - start)) / HOUR_MS, apart) };
    };

    const approachHours = (): number => this.rng.uniform(1.5, 5);
    a.keyframes = [
      ...this.approach(posA(arriveA), this.seaward(seaward), this.transitKnots(), approachHours()).slice(0, 1),
      posA(arriveA),
      ...this.depart(posA(end), this.seaward(seaward), this.transitKnots(), approachHours()),
    ];
    const alongside: Keyframe[] = [];
    for (let t = start; t < end; t += 10 * MINUTE_MS) alongside.push(posB(t));
    b.keyframes = [
      ...this.approach(posB(start), this.seaward(seaward), this.transitKnots(), approachHours()).slice(0, 1),
      ...alongside,
      ...this.depart(posB(end), this.seaward(seaward), this.transitKnots(), approachHours()),
    ];
    return [a, b];
  }

  /** Loitering truth for a vessel drifting at `spot` from `t0` to `t1`. */
  loiteringTruth(mmsi: string, spot: { lon: number; lat: number }, t0: number, t1: number): void {
    const portKm = nearestPortDistanceKm(spot.lon, spot.lat, this.o.ports) ?? Infinity;
    const minutes = (t1 - t0) / MINUTE_MS;
    // The detector sees whole 10-minute steps and a mean position that drifts: margins either side.
    if (minutes < 240 - 20 || portKm < LOITER_KM - 3) return;
    const certain = minutes >= 240 + 20 && portKm >= LOITER_KM + 3;
    this.truth.loitering.push({ mmsi, start: t0, end: t1, lon: spot.lon, lat: spot.lat, certain });
  }

  /** A window of `hours` inside the period with `marginHours` free at both ends. */
  window(hours: number, marginHours: number): [number, number] {
    const room = this.o.hours - hours - 2 * marginHours;
    if (room < 0) throw new Error(`synthetic AIS: ${this.o.hours} h is too short for a ${hours} h event`);
    const t0 = this.o.startMs + (marginHours + this.rng.uniform(0, room)) * HOUR_MS;
    return [t0, t0 + hours * HOUR_MS];
  }

  encounter(index: number): void {
    const area = this.rng.pick(this.o.areas);
    const [start, end] = this.window(this.rng.uniform(2.5, 6), 1);
    const driftBearing = this.rng.uniform(0, 360);
    const driftKnots = this.rng.uniform(0.2, 1.2);
    const spot = this.slowSpot(area, start, end, 25, driftBearing, driftKnots);
    const [a, b] = this.pair('encounter', spot, start, end, area.seawardDeg, driftBearing, driftKnots, [100, 300]);
    this.truth.encounters.push({ id: `truth-encounter-${index + 1}`, vessels: [a.mmsi, b.mmsi], start, end, lon: spot.lon, lat: spot.lat, area: area.id });
    // Loitering is judged at the mean position, which drifts away from the meeting spot.
    const mid = midpoint(a.keyframes[1]!, a.keyframes[2]!);
    this.loiteringTruth(a.mmsi, mid, a.keyframes[1]!.t, end);
    this.loiteringTruth(b.mmsi, mid, start, end);
  }

  inPort(): void {
    const port = this.rng.pick(this.o.ports);
    const [start, end] = this.window(this.rng.uniform(3, 8), 1);
    const spot = destinationPoint(port.lon, port.lat, this.seaward(port.seawardDeg), this.rng.uniform(500, 3000));
    const [a, b] = this.pair('in-port', spot, start, end, port.seawardDeg, this.rng.uniform(0, 360), this.rng.uniform(0, 0.3), [50, 200]);
    this.truth.decoys.push({ kind: 'in-port', vessels: [a.mmsi, b.mmsi], start, end });
  }

  shortApproach(): void {
    const area = this.rng.pick(this.o.areas);
    const [start, end] = this.window(this.rng.uniform(30, 80) / 60, 1);
    const driftBearing = this.rng.uniform(0, 360);
    const driftKnots = this.rng.uniform(0.2, 1.2);
    const spot = this.slowSpot(area, start, end, 25, driftBearing, driftKnots);
    const [a, b] = this.pair('short-approach', spot, start, end, area.seawardDeg, driftBearing, driftKnots, [100, 300]);
    this.truth.decoys.push({ kind: 'short-approach', vessels: [a.mmsi, b.mmsi], start, end });
  }

  passing(): void {
    const area = this.rng.pick(this.o.areas);
    const [start] = this.window(4, 0.5);
    const at = start + 2 * HOUR_MS;
    const cross = this.pointInBox(area);
    const bearingA = this.rng.uniform(0, 360);
    const bearingB = bearingA + this.rng.uniform(90, 180) * (this.rng.chance(0.5) ? 1 : -1);
    const closest = destinationPoint(cross.lon, cross.lat, bearingA + 90, this.rng.uniform(50, 400));
    const a = this.newVessel('passing');
    const b = this.newVessel('passing');
    const line = (p: { lon: number; lat: number }, bearing: number): Keyframe[] => {
      const knots = this.transitKnots();
      return [...this.approach({ t: at, ...p }, bearing + 180, knots, 2), ...this.depart({ t: at, ...p }, bearing, knots, 2).slice(1)];
    };
    a.keyframes = line(cross, bearingA);
    b.keyframes = line(closest, bearingB);
    this.truth.decoys.push({ kind: 'passing', vessels: [a.mmsi, b.mmsi], start: at - 10 * MINUTE_MS, end: at + 10 * MINUTE_MS });
  }

  convoy(): void {
    const area = this.rng.pick(this.o.areas);
    const [start, end] = this.window(this.rng.uniform(3, 5), 0.5);
    const p = this.pointInBox(area);
    const bearing = this.rng.uniform(0, 360);
    const knots = this.rng.uniform(8, 12);
    const hours = (end - start) / HOUR_MS;
    const a = this.newVessel('convoy');
    const b = this.newVessel('convoy');
    a.keyframes = this.depart({ t: start, ...p }, bearing, knots, hours);
    const q = destinationPoint(p.lon, p.lat, bearing + 90, this.rng.uniform(200, 400));
    b.keyframes = this.depart({ t: start, ...q }, bearing, knots, hours);
    this.truth.decoys.push({ kind: 'convoy', vessels: [a.mmsi, b.mmsi], start, end });
  }

  loiterer(): void {
    const area = this.rng.pick(this.o.areas);
    const [start, end] = this.window(this.rng.uniform(5, 9), 1);
    const driftBearing = this.rng.uniform(0, 360);
    const driftKnots = this.rng.uniform(0.1, 1.5);
    const spot = this.slowSpot(area, start, end, LOITER_KM + 5, driftBearing, driftKnots);
    const v = this.newVessel('loiterer');
    const driftMps = driftKnots * KNOT_MPS;
    const last = destinationPoint(spot.lon, spot.lat, driftBearing, driftMps * ((end - start) / 1000));
    v.keyframes = [
      this.approach({ t: start, ...spot }, this.seaward(area.seawardDeg), this.transitKnots(), this.rng.uniform(1.5, 5))[0]!,
      { t: start, ...spot },
      ...this.depart({ t: end, ...last }, this.seaward(area.seawardDeg), this.transitKnots(), this.rng.uniform(1.5, 5)),
    ];
    this.loiteringTruth(v.mmsi, midpoint(spot, last), start, end);
  }
}

function midpoint(a: { lon: number; lat: number }, b: { lon: number; lat: number }): { lon: number; lat: number } {
  return { lon: (a.lon + b.lon) / 2, lat: (a.lat + b.lat) / 2 };
}

/** Plans a synthetic scenario: every vessel's movement and the truth of what was planted. */
export function planSyntheticAis(options: SyntheticAisOverrides = {}): SyntheticScenario {
  const o = syntheticAisOptions(options);
  const d = o.decoys;
  const planted = 2 * (o.encounters + d.passing + d.inPort + d.shortApproach + d.convoy) + o.gaps + d.shortGap + o.loiterers;
  if (planted > o.vessels) {
    throw new Error(`synthetic AIS: ${planted} vessels are needed for the planted events and decoys, only ${o.vessels} asked for`);
  }
  const rng = mulberry32(o.seed);
  const plan = new Planner(o, rng);
  for (let i = 0; i < o.encounters; i++) plan.encounter(i);
  for (let i = 0; i < o.loiterers; i++) plan.loiterer();
  for (let i = 0; i < d.inPort; i++) plan.inPort();
  for (let i = 0; i < d.shortApproach; i++) plan.shortApproach();
  for (let i = 0; i < d.passing; i++) plan.passing();
  for (let i = 0; i < d.convoy; i++) plan.convoy();
  for (let i = 0; i < o.gaps; i++) {
    const v = plan.silent('gap', rng.uniform(6.5, 14));
    plan.truth.gaps.push({ mmsi: v.mmsi, start: v.silences[0]![0], end: v.silences[0]![1] });
  }
  for (let i = 0; i < d.shortGap; i++) {
    const v = plan.silent('short-gap', rng.uniform(2, 5));
    plan.truth.decoys.push({ kind: 'short-gap', vessels: [v.mmsi], start: v.silences[0]![0], end: v.silences[0]![1] });
  }
  while (plan.vessels.length < o.vessels) plan.background();
  return { options: o, vessels: plan.vessels, truth: plan.truth };
}

/** One synthetic report, before it is written in a layout. */
export interface SyntheticReport {
  vessel: SyntheticVessel;
  t: number;
  lon: number;
  lat: number;
  sogKnots: number;
  cogDeg: number;
  headingDeg: number;
  /** 0 under way using engine, 1 at anchor. */
  status: 0 | 1;
}

/** Deterministic per-vessel seed, so any vessel's rows can be generated on their own. */
function vesselSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

/** The reports of one vessel, in time order, within the scenario's period. */
export function* syntheticReports(scenario: SyntheticScenario, index: number): Generator<SyntheticReport> {
  const o = scenario.options;
  const v = scenario.vessels[index]!;
  const kf = v.keyframes;
  if (kf.length < 2) return;
  const rng = mulberry32(vesselSeed(o.seed, index));
  const endMs = o.startMs + o.hours * HOUR_MS;
  const last = Math.min(kf[kf.length - 1]!.t, endMs);
  let t = Math.max(kf[0]!.t, o.startMs) + rng.uniform(0, o.movingIntervalSeconds[1]) * 1000;
  let k = 0;
  let heading = rng.uniform(0, 360);
  while (t <= last) {
    const silence = v.silences.find(([s0, s1]) => t >= s0 && t < s1);
    if (silence) {
      t = silence[1] + rng.uniform(0, 60) * 1000;
      continue;
    }
    while (k + 2 < kf.length && kf[k + 1]!.t <= t) k++;
    const k0 = kf[k]!;
    const k1 = kf[k + 1]!;
    const f = k1.t > k0.t ? (t - k0.t) / (k1.t - k0.t) : 0;
    const meters = haversineMeters(k0.lon, k0.lat, k1.lon, k1.lat);
    const knots = k1.t > k0.t ? meters / ((k1.t - k0.t) / 1000) / KNOT_MPS : 0;
    const cog = meters > 1 ? bearingDegrees(k0.lon, k0.lat, k1.lon, k1.lat) : heading;
    const exact = { lon: k0.lon + (k1.lon - k0.lon) * f, lat: k0.lat + (k1.lat - k0.lat) * f };
    const noisy = destinationPoint(exact.lon, exact.lat, rng.uniform(0, 360), Math.abs(rng.normal(0, o.positionNoiseMeters)));
    const slow = knots < 3;
    if (!slow) heading = cog;
    else heading = (heading + rng.normal(0, 2) + 360) % 360;
    yield {
      vessel: v,
      t: Math.floor(t / 1000) * 1000,
      lon: noisy.lon,
      lat: noisy.lat,
      sogKnots: Math.max(0, Math.round((knots + rng.normal(0, slow ? 0.1 : 0.3)) * 10) / 10),
      cogDeg: Math.round(((cog + rng.normal(0, slow ? 20 : 1.5)) % 360 + 360) % 360 * 10) / 10,
      headingDeg: Math.round(heading) % 360,
      status: slow ? 1 : 0,
    };
    const [lo, hi] = slow ? o.slowIntervalSeconds : o.movingIntervalSeconds;
    // Rare short dropouts (under 40 minutes) as real reception has; never long enough to be a gap.
    const dropout = rng.chance(0.002) ? rng.uniform(10, 40) * 60 : 0;
    t += (rng.uniform(lo, hi) + dropout) * 1000;
  }
}

// ---- writing rows ------------------------------------------------------------------------------------------

export type SyntheticLayout = 'noaa' | 'dma';

export const NOAA_HEADER =
  'MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass';
export const DMA_HEADER =
  '# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,Draught,Destination,ETA,Data source type,A,B,C,D';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function dmaTime(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** One CSV line (no newline) for a report. Synthetic names and call signs never need quoting. */
export function formatSyntheticRow(r: SyntheticReport, layout: SyntheticLayout): string {
  const v = r.vessel;
  if (layout === 'noaa') {
    return [
      v.mmsi,
      new Date(r.t).toISOString().slice(0, 19),
      r.lat.toFixed(5),
      r.lon.toFixed(5),
      r.sogKnots.toFixed(1),
      r.cogDeg.toFixed(1),
      r.headingDeg,
      v.name,
      `IMO${v.imo}`,
      v.callsign,
      v.vesselType,
      r.status,
      v.lengthM,
      v.widthM,
      v.draftM.toFixed(1),
      '',
      'A',
    ].join(',');
  }
  return [
    dmaTime(r.t),
    'Class A',
    v.mmsi,
    r.lat.toFixed(6),
    r.lon.toFixed(6),
    r.status === 1 ? 'At anchor' : 'Under way using engine',
    '',
    r.sogKnots.toFixed(1),
    r.cogDeg.toFixed(1),
    r.headingDeg,
    v.imo,
    v.callsign,
    v.name,
    v.vesselType === 80 ? 'Tanker' : 'Cargo',
    '',
    v.widthM,
    v.lengthM,
    'GPS',
    v.draftM.toFixed(1),
    '',
    '',
    'AIS',
    '',
    '',
    '',
    '',
  ].join(',');
}

const BAD_ROW_REASONS: readonly SkipReason[] = ['bad-mmsi', 'bad-timestamp', 'bad-coordinates', 'bad-speed'];

/** A deliberately broken copy of a row, for the skip counts. */
function breakRow(r: SyntheticReport, layout: SyntheticLayout, reason: SkipReason): string {
  const cols = formatSyntheticRow(r, layout).split(',');
  const at = layout === 'noaa' ? { mmsi: 0, time: 1, lat: 2, lon: 3, sog: 4 } : { mmsi: 2, time: 0, lat: 3, lon: 4, sog: 7 };
  if (reason === 'bad-mmsi') cols[at.mmsi] = cols[at.mmsi]!.slice(0, 7);
  else if (reason === 'bad-timestamp') cols[at.time] = layout === 'noaa' ? '2024-02-30T25:00:00' : '30/02/2024 25:00:00';
  else if (reason === 'bad-coordinates') {
    cols[at.lat] = '91';
    cols[at.lon] = '181';
  } else cols[at.sog] = 'n/a';
  return cols.join(',');
}

export interface SyntheticCsvStats {
  rows: number;
  positions: number;
  badRows: Record<SkipReason, number>;
}

/**
 * The scenario as CSV text in chunks of about `chunkRows` lines (header first), vessel after vessel.
 * `stats` fills in as chunks are taken.
 */
export function* syntheticCsvChunks(
  scenario: SyntheticScenario,
  layout: SyntheticLayout = 'noaa',
  stats: SyntheticCsvStats = { rows: 0, positions: 0, badRows: { 'bad-mmsi': 0, 'bad-timestamp': 0, 'bad-coordinates': 0, 'bad-speed': 0 } },
  chunkRows = 4096,
): Generator<string> {
  const badRng = mulberry32(scenario.options.seed ^ 0x5bd1e995);
  const rate = scenario.options.badRowRate;
  let lines: string[] = [layout === 'noaa' ? NOAA_HEADER : DMA_HEADER];
  let bad = 0;
  for (let i = 0; i < scenario.vessels.length; i++) {
    for (const r of syntheticReports(scenario, i)) {
      lines.push(formatSyntheticRow(r, layout));
      stats.rows++;
      stats.positions++;
      if (rate > 0 && badRng.chance(rate)) {
        const reason = BAD_ROW_REASONS[bad++ % BAD_ROW_REASONS.length]!;
        lines.push(breakRow(r, layout, reason));
        stats.rows++;
        stats.badRows[reason]++;
      }
      if (lines.length >= chunkRows) {
        yield lines.join('\n') + '\n';
        lines = [];
      }
    }
  }
  if (lines.length > 0) yield lines.join('\n') + '\n';
}

/** The whole scenario as one CSV string (small scenarios: tests and demos). */
export function syntheticCsv(scenario: SyntheticScenario, layout: SyntheticLayout = 'noaa'): { csv: string; stats: SyntheticCsvStats } {
  const stats: SyntheticCsvStats = { rows: 0, positions: 0, badRows: { 'bad-mmsi': 0, 'bad-timestamp': 0, 'bad-coordinates': 0, 'bad-speed': 0 } };
  let csv = '';
  for (const chunk of syntheticCsvChunks(scenario, layout, stats)) csv += chunk;
  return { csv, stats };
}
