import { destinationPoint, KNOT_MPS } from '../../../geo/analysis/ais';
import { approach, depart, midpoint } from './keyframe-paths';
import { portVisitTruth } from './port-visit-truth';
import type { ScenarioPlanner } from './scenario-planner';
import { HOUR_MS, MINUTE_MS, type Keyframe, type SyntheticRole, type SyntheticVessel } from './synthetic-scenario';

/**
 * Two vessels meet at a spot: A arrives first (up to 20 min early), B comes alongside `apartM` away, both
 * drift together at `driftKnots` from `start` to `end`, then leave on different seaward bearings.
 */
function pair(
  plan: ScenarioPlanner,
  role: SyntheticRole,
  spot: { lon: number; lat: number },
  start: number,
  end: number,
  seaward: [number, number],
  driftBearing: number,
  driftKnots: number,
  apartM: [number, number],
): [SyntheticVessel, SyntheticVessel] {
  const a = plan.newVessel(role);
  const b = plan.newVessel(role);
  const arriveA = start - plan.rng.uniform(0, 20) * MINUTE_MS;
  const driftMps = driftKnots * KNOT_MPS;
  const posA = (t: number): Keyframe => ({ t, ...destinationPoint(spot.lon, spot.lat, driftBearing, driftMps * ((t - arriveA) / 1000)) });
  const side0 = plan.rng.uniform(0, 360);
  const turnDegPerHour = plan.rng.uniform(-15, 15);
  const apart = plan.rng.uniform(apartM[0], apartM[1]);
  const posB = (t: number): Keyframe => {
    const pa = posA(t);
    return { t, ...destinationPoint(pa.lon, pa.lat, side0 + (turnDegPerHour * (t - start)) / HOUR_MS, apart) };
  };

  const approachHours = (): number => plan.rng.uniform(1.5, 5);
  a.keyframes = [
    ...approach(posA(arriveA), plan.seaward(seaward), plan.transitKnots(), approachHours()).slice(0, 1),
    posA(arriveA),
    ...depart(posA(end), plan.seaward(seaward), plan.transitKnots(), approachHours()),
  ];
  const alongside: Keyframe[] = [];
  for (let t = start; t < end; t += 10 * MINUTE_MS) alongside.push(posB(t));
  b.keyframes = [
    ...approach(posB(start), plan.seaward(seaward), plan.transitKnots(), approachHours()).slice(0, 1),
    ...alongside,
    ...depart(posB(end), plan.seaward(seaward), plan.transitKnots(), approachHours()),
  ];
  return [a, b];
}

/** A planted encounter: two vessels slow together for 2.5–6 h in open water. */
export function plantEncounter(plan: ScenarioPlanner, index: number): void {
  const area = plan.rng.pick(plan.options.areas);
  const [start, end] = plan.window(plan.rng.uniform(2.5, 6), 1);
  const driftBearing = plan.rng.uniform(0, 360);
  const driftKnots = plan.rng.uniform(0.2, 1.2);
  const spot = plan.slowSpot(area, start, end, 25, driftBearing, driftKnots);
  const [a, b] = pair(plan, 'encounter', spot, start, end, area.seawardDeg, driftBearing, driftKnots, [100, 300]);
  plan.truth.encounters.push({ id: `truth-encounter-${index + 1}`, vessels: [a.mmsi, b.mmsi], start, end, lon: spot.lon, lat: spot.lat, area: area.id });
  // Loitering is judged at the mean position, which drifts away from the meeting spot.
  const mid = midpoint(a.keyframes[1]!, a.keyframes[2]!);
  plan.loiteringTruth(a.mmsi, mid, a.keyframes[1]!.t, end);
  plan.loiteringTruth(b.mmsi, mid, start, end);
}

/** A decoy for the distance-from-port rule: a meeting like an encounter, but next to a port. */
export function plantInPortDecoy(plan: ScenarioPlanner): void {
  const port = plan.rng.pick(plan.options.ports);
  const [start, end] = plan.window(plan.rng.uniform(3, 8), 1);
  const spot = destinationPoint(port.lon, port.lat, plan.seaward(port.seawardDeg), plan.rng.uniform(500, 3000));
  const [a, b] = pair(plan, 'in-port', spot, start, end, port.seawardDeg, plan.rng.uniform(0, 360), plan.rng.uniform(0, 0.3), [50, 200]);
  plan.truth.decoys.push({ kind: 'in-port', vessels: [a.mmsi, b.mmsi], start, end });
  // Slow next to a port: a port visit for each, whatever the encounter rule says.
  portVisitTruth(plan, a);
  portVisitTruth(plan, b);
}

/** A decoy for the duration rule: a meeting like an encounter, but too short. */
export function plantShortApproachDecoy(plan: ScenarioPlanner): void {
  const area = plan.rng.pick(plan.options.areas);
  const [start, end] = plan.window(plan.rng.uniform(30, 80) / 60, 1);
  const driftBearing = plan.rng.uniform(0, 360);
  const driftKnots = plan.rng.uniform(0.2, 1.2);
  const spot = plan.slowSpot(area, start, end, 25, driftBearing, driftKnots);
  const [a, b] = pair(plan, 'short-approach', spot, start, end, area.seawardDeg, driftBearing, driftKnots, [100, 300]);
  plan.truth.decoys.push({ kind: 'short-approach', vessels: [a.mmsi, b.mmsi], start, end });
}
