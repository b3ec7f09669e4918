import { destinationPoint } from '../../../geo/analysis/ais';
import { approach, depart } from './keyframe-paths';
import { portVisitTruth } from './port-visit-truth';
import type { ScenarioPlanner } from './scenario-planner';
import { HOUR_MS } from './synthetic-scenario';

/** A vessel comes in from sea, stays moored `hours` at `berthKm` off the port on its seaward side, and sails out. */
function moored(plan: ScenarioPlanner, role: 'port-visit' | 'port-outside', berthKm: [number, number], hours: [number, number]) {
  const port = plan.rng.pick(plan.options.ports);
  const [start, end] = plan.window(plan.rng.uniform(hours[0], hours[1]), 1);
  const bearing = plan.seaward(port.seawardDeg);
  const berth = destinationPoint(port.lon, port.lat, bearing, plan.rng.uniform(berthKm[0], berthKm[1]) * 1000);
  const v = plan.newVessel(role);
  v.keyframes = [
    approach({ t: start, ...berth }, bearing, plan.transitKnots(), plan.rng.uniform(1.5, 3))[0]!,
    { t: start, ...berth },
    ...depart({ t: end, ...berth }, plan.seaward(port.seawardDeg), plan.transitKnots(), plan.rng.uniform(1.5, 3)),
  ];
  return { v, start, end };
}

/** A planted port visit: moored 0.3–2 km off a port for 6–10 h; every other one silent for 4.3–5.5 h meanwhile. */
export function plantPortVisit(plan: ScenarioPlanner, index: number): void {
  const { v, start, end } = moored(plan, 'port-visit', [0.3, 2], [6, 10]);
  if (index % 2 === 1) {
    // Shorter than an AIS gap (6 h), longer than a port gap (4 h): a visit by its silence, not an AIS gap event.
    const silence = plan.rng.uniform(4.3, 5.5) * HOUR_MS;
    const s0 = start + plan.rng.uniform(0.2, 0.4) * (end - start - silence);
    v.silences.push([s0, s0 + silence]);
  }
  portVisitTruth(plan, v);
}

/** A decoy: stopped 4–10 h between 3.4 and 6 km off a port, never within the 3 km a visit starts at. */
export function plantPortOutsideDecoy(plan: ScenarioPlanner): void {
  const { v, start, end } = moored(plan, 'port-outside', [3.4, 6], [4, 10]);
  plan.truth.decoys.push({ kind: 'port-outside', vessels: [v.mmsi], start, end });
  portVisitTruth(plan, v);
}

/** A decoy: sailing past a port along the coast, 1–2.5 km off it at 10–14 kn, never stopping. */
export function plantPortPassingDecoy(plan: ScenarioPlanner): void {
  const port = plan.rng.pick(plan.options.ports);
  const [start] = plan.window(4, 0.5);
  const at = start + 2 * HOUR_MS;
  const seaward = plan.seaward(port.seawardDeg);
  const closest = destinationPoint(port.lon, port.lat, seaward, plan.rng.uniform(1, 2.5) * 1000);
  const along = seaward + (plan.rng.chance(0.5) ? 90 : -90);
  const knots = plan.transitKnots();
  const v = plan.newVessel('port-passing');
  v.keyframes = [...approach({ t: at, ...closest }, along + 180, knots, 2), ...depart({ t: at, ...closest }, along, knots, 2).slice(1)];
  plan.truth.decoys.push({ kind: 'port-passing', vessels: [v.mmsi], start: at - 15 * 60_000, end: at + 15 * 60_000 });
  portVisitTruth(plan, v);
}
