import { destinationPoint, KNOT_MPS } from '../../../geo/analysis/ais';
import { approach, depart, midpoint } from './keyframe-paths';
import { LOITER_KM, type ScenarioPlanner } from './scenario-planner';
import { HOUR_MS, type SyntheticVessel } from './synthetic-scenario';

/** A vessel sailing between random waypoints in one area, taking part in nothing planted. */
export function plantBackground(plan: ScenarioPlanner): void {
  const v = plan.newVessel('background');
  const area = plan.rng.pick(plan.options.areas);
  // Most sail the whole period; some enter or leave the covered area part way through.
  const t0 = plan.rng.chance(0.7) ? plan.options.startMs : plan.options.startMs + plan.rng.uniform(0, plan.options.hours / 2) * HOUR_MS;
  const t1 = plan.rng.chance(0.7) ? plan.endMs : t0 + plan.rng.uniform(0.3, 1) * (plan.endMs - t0);
  v.keyframes = plan.wander(area, t0, t1);
}

/** Vessel silent for `silenceHours` somewhere inside the period, with at least 2 h of reports each side. */
function silent(plan: ScenarioPlanner, role: 'gap' | 'short-gap', silenceHours: number): SyntheticVessel {
  const v = plan.newVessel(role);
  const area = plan.rng.pick(plan.options.areas);
  v.keyframes = plan.wander(area, plan.options.startMs, plan.endMs);
  if (plan.options.hours < silenceHours + 4) {
    throw new Error(`synthetic AIS: ${plan.options.hours} h is too short for a ${silenceHours.toFixed(1)} h silence`);
  }
  const s0 = plan.options.startMs + 2 * HOUR_MS + plan.rng.uniform(0, plan.options.hours - silenceHours - 4) * HOUR_MS;
  v.silences.push([s0, s0 + silenceHours * HOUR_MS]);
  return v;
}

/** A planted AIS gap: a vessel silent for 6.5–14 h. */
export function plantGap(plan: ScenarioPlanner): void {
  const v = silent(plan, 'gap', plan.rng.uniform(6.5, 14));
  plan.truth.gaps.push({ mmsi: v.mmsi, start: v.silences[0]![0], end: v.silences[0]![1] });
}

/** A decoy for the gap rule: a vessel silent for only 2–5 h. */
export function plantShortGapDecoy(plan: ScenarioPlanner): void {
  const v = silent(plan, 'short-gap', plan.rng.uniform(2, 5));
  plan.truth.decoys.push({ kind: 'short-gap', vessels: [v.mmsi], start: v.silences[0]![0], end: v.silences[0]![1] });
}

/** Planted loitering: a vessel drifting alone for 5–9 h far from ports. */
export function plantLoiterer(plan: ScenarioPlanner): void {
  const area = plan.rng.pick(plan.options.areas);
  const [start, end] = plan.window(plan.rng.uniform(5, 9), 1);
  const driftBearing = plan.rng.uniform(0, 360);
  const driftKnots = plan.rng.uniform(0.1, 1.5);
  const spot = plan.slowSpot(area, start, end, LOITER_KM + 5, driftBearing, driftKnots);
  const v = plan.newVessel('loiterer');
  const driftMps = driftKnots * KNOT_MPS;
  const last = destinationPoint(spot.lon, spot.lat, driftBearing, driftMps * ((end - start) / 1000));
  v.keyframes = [
    approach({ t: start, ...spot }, plan.seaward(area.seawardDeg), plan.transitKnots(), plan.rng.uniform(1.5, 5))[0]!,
    { t: start, ...spot },
    ...depart({ t: end, ...last }, plan.seaward(area.seawardDeg), plan.transitKnots(), plan.rng.uniform(1.5, 5)),
  ];
  plan.loiteringTruth(v.mmsi, midpoint(spot, last), start, end);
}
