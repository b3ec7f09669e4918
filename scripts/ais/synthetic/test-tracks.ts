// Handmade tracks for the detector tests. Not exported from index.ts.
import { type AisPosition, destinationPoint, METERS_PER_NAUTICAL_MILE } from '../../../geo/analysis/ais';

export const T0 = Date.UTC(2024, 2, 1, 0, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export interface LegOptions {
  mmsi: string;
  startMs: number;
  lon: number;
  lat: number;
  bearingDeg?: number;
  speedKnots: number;
  durationMinutes: number;
  intervalSeconds?: number;
  name?: string;
  /** Leave SOG out of the reports, so speed has to be implied from positions. */
  omitSog?: boolean;
}

/** A vessel on a straight line at constant speed, one report every `intervalSeconds` (default 60). */
export function leg(o: LegOptions): AisPosition[] {
  const interval = o.intervalSeconds ?? 60;
  const out: AisPosition[] = [];
  const mps = (o.speedKnots * METERS_PER_NAUTICAL_MILE) / 3600;
  for (let s = 0; s <= o.durationMinutes * 60; s += interval) {
    const p = destinationPoint(o.lon, o.lat, o.bearingDeg ?? 90, mps * s);
    const pos: AisPosition = { mmsi: o.mmsi, t: o.startMs + s * 1000, lon: p.lon, lat: p.lat };
    if (!o.omitSog) pos.sogKnots = o.speedKnots;
    if (o.name !== undefined) pos.name = o.name;
    out.push(pos);
  }
  return out;
}

/** The point `meters` from `lon,lat` on `bearingDeg`. */
export function offset(lon: number, lat: number, bearingDeg: number, meters: number): { lon: number; lat: number } {
  return destinationPoint(lon, lat, bearingDeg, meters);
}

/** A pair drifting together `apartMeters` apart for `durationMinutes` at `speedKnots`. */
export function driftingPair(o: {
  a: string;
  b: string;
  startMs: number;
  lon: number;
  lat: number;
  apartMeters: number;
  speedKnots: number;
  durationMinutes: number;
  intervalSeconds?: number;
}): AisPosition[] {
  const other = offset(o.lon, o.lat, 0, o.apartMeters);
  const common = { startMs: o.startMs, speedKnots: o.speedKnots, durationMinutes: o.durationMinutes, bearingDeg: 45 };
  const interval = o.intervalSeconds !== undefined ? { intervalSeconds: o.intervalSeconds } : {};
  return [
    ...leg({ ...common, ...interval, mmsi: o.a, lon: o.lon, lat: o.lat }),
    ...leg({ ...common, ...interval, mmsi: o.b, lon: other.lon, lat: other.lat }),
  ];
}
