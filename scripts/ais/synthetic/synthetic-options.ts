import { SYNTHETIC_AREAS, SYNTHETIC_PORTS, type SyntheticArea, type SyntheticPort } from './synthetic-areas';

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
  /** Vessels sailing past a port within 1–2.5 km of it at 10–14 kn. */
  portPassing: number;
  /** Vessels stopped for 4–10 h 3.4–6 km from a port: outside the 3 km a port visit starts at. */
  portOutside: number;
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
  /** Vessels calling at a port: in, moored 6–10 h (half of them silent 4.3–5.5 h meanwhile), out. */
  portVisits: number;
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
    portVisits: Math.ceil(encounters / 3),
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
      portPassing: Math.ceil(encounters / 4),
      portOutside: Math.ceil(encounters / 4),
      ...over.decoys,
    },
  };
}
