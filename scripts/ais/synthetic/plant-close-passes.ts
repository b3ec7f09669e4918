import { destinationPoint } from '../../../geo/analysis/ais';
import { approach, depart } from './keyframe-paths';
import type { ScenarioPlanner } from './scenario-planner';
import { HOUR_MS, MINUTE_MS, type Keyframe } from './synthetic-scenario';

/** A decoy: two vessels crossing within 50–400 m of each other at transit speed, close for only minutes. */
export function plantPassingDecoy(plan: ScenarioPlanner): void {
  const area = plan.rng.pick(plan.options.areas);
  const [start] = plan.window(4, 0.5);
  const at = start + 2 * HOUR_MS;
  const cross = plan.pointInBox(area);
  const bearingA = plan.rng.uniform(0, 360);
  const bearingB = bearingA + plan.rng.uniform(90, 180) * (plan.rng.chance(0.5) ? 1 : -1);
  const closest = destinationPoint(cross.lon, cross.lat, bearingA + 90, plan.rng.uniform(50, 400));
  const a = plan.newVessel('passing');
  const b = plan.newVessel('passing');
  const line = (p: { lon: number; lat: number }, bearing: number): Keyframe[] => {
    const knots = plan.transitKnots();
    return [...approach({ t: at, ...p }, bearing + 180, knots, 2), ...depart({ t: at, ...p }, bearing, knots, 2).slice(1)];
  };
  a.keyframes = line(cross, bearingA);
  b.keyframes = line(closest, bearingB);
  plan.truth.decoys.push({ kind: 'passing', vessels: [a.mmsi, b.mmsi], start: at - 10 * MINUTE_MS, end: at + 10 * MINUTE_MS });
}

/** A decoy for the speed rule that lasts: two vessels sailing side by side, 200–400 m apart, for 3–5 h. */
export function plantConvoyDecoy(plan: ScenarioPlanner): void {
  const area = plan.rng.pick(plan.options.areas);
  const [start, end] = plan.window(plan.rng.uniform(3, 5), 0.5);
  const p = plan.pointInBox(area);
  const bearing = plan.rng.uniform(0, 360);
  const knots = plan.rng.uniform(8, 12);
  const hours = (end - start) / HOUR_MS;
  const a = plan.newVessel('convoy');
  const b = plan.newVessel('convoy');
  a.keyframes = depart({ t: start, ...p }, bearing, knots, hours);
  const q = destinationPoint(p.lon, p.lat, bearing + 90, plan.rng.uniform(200, 400));
  b.keyframes = depart({ t: start, ...q }, bearing, knots, hours);
  plan.truth.decoys.push({ kind: 'convoy', vessels: [a.mmsi, b.mmsi], start, end });
}
