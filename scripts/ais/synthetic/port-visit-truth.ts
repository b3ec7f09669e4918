import { haversineMeters, KNOT_MPS } from '../../../geo/analysis/ais';
import type { ScenarioPlanner } from './scenario-planner';
import type { SyntheticPort } from './synthetic-areas';
import { MINUTE_MS, type SyntheticVessel } from './synthetic-scenario';

/** GFW port visit thresholds the truth is judged against, and the margins inside which it is uncertain. */
const ENTRY_KM = 3;
const EXIT_KM = 4;
const STOP_KNOTS = 0.5;
const GAP_MS = 240 * MINUTE_MS;
const MARGIN_KM = 0.3;
const MARGIN_KNOTS = 0.25;
const MARGIN_GAP_MS = 10 * MINUTE_MS;

interface Sample {
  t: number;
  km: number;
  port: SyntheticPort;
  knots: number;
}

/** The vessel's noise-free path every minute (none inside its silences), with its nearest port and speed. */
function samples(v: SyntheticVessel, ports: readonly SyntheticPort[], startMs: number, endMs: number): Sample[] {
  const kf = v.keyframes;
  const out: Sample[] = [];
  if (kf.length < 2) return out;
  let k = 0;
  for (let t = Math.max(kf[0]!.t, startMs); t <= Math.min(kf[kf.length - 1]!.t, endMs); t += MINUTE_MS) {
    if (v.silences.some(([s0, s1]) => t >= s0 && t < s1)) continue;
    while (k + 2 < kf.length && kf[k + 1]!.t <= t) k++;
    const k0 = kf[k]!;
    const k1 = kf[k + 1]!;
    const f = k1.t > k0.t ? (t - k0.t) / (k1.t - k0.t) : 0;
    const lon = k0.lon + (k1.lon - k0.lon) * f;
    const lat = k0.lat + (k1.lat - k0.lat) * f;
    const knots = k1.t > k0.t ? haversineMeters(k0.lon, k0.lat, k1.lon, k1.lat) / ((k1.t - k0.t) / 1000) / KNOT_MPS : 0;
    let best: Sample | null = null;
    for (const port of ports) {
      const km = haversineMeters(lon, lat, port.lon, port.lat) / 1000;
      if (best === null || km < best.km) best = { t, km, port, knots };
    }
    if (best !== null) out.push(best);
  }
  return out;
}

/** The port visit state machine (as the detectors run it) over samples, with thresholds moved by `m` (−1, 0 or +1 margins). */
function visits(list: readonly Sample[], m: number): { start: number; end: number; port: SyntheticPort }[] {
  const entry = ENTRY_KM + m * MARGIN_KM;
  const exit = EXIT_KM + m * MARGIN_KM;
  const out: { start: number; end: number; port: SyntheticPort }[] = [];
  let open: { start: number; end: number; port: SyntheticPort; counts: boolean } | null = null;
  let prevT = -Infinity;
  const close = (): void => {
    if (open?.counts) out.push({ start: open.start, end: open.end, port: open.port });
    open = null;
  };
  for (const s of list) {
    if (s.km > exit) close();
    else if (open === null && s.km <= entry) open = { start: s.t, end: s.t, port: s.port, counts: false };
    else if (open !== null) {
      open.end = s.t;
      if (s.t - prevT >= GAP_MS - m * MARGIN_GAP_MS) open.counts = true;
    }
    if (open !== null && s.knots < STOP_KNOTS + m * MARGIN_KNOTS) open.counts = true;
    prevT = s.t;
  }
  close();
  return out;
}

/**
 * Port visit truth for a vessel whose plan takes it near ports: every visit a detector could find with the
 * thresholds moved by a margin either way; certain when it is found with the stricter thresholds too.
 */
export function portVisitTruth(plan: ScenarioPlanner, v: SyntheticVessel): void {
  const list = samples(v, plan.options.ports, plan.options.startMs, plan.endMs);
  const strict = visits(list, -1);
  for (const loose of visits(list, 1)) {
    const certain = strict.some((s) => s.start <= loose.end && loose.start <= s.end);
    plan.truth.portVisits.push({ mmsi: v.mmsi, portId: loose.port.id, start: loose.start, end: loose.end, certain });
  }
}
