/**
 * SYNTHETIC AIS for tests, demos and benchmarks: never real vessel positions, never shipped as data.
 * Every MMSI starts with 999 (MID 999 is assigned to no country), every name with "SYNTH", every IMO
 * with 999. A fixed seed gives the same file on every machine.
 *
 * The plan (who sails where, when) is made first and is small; the position rows are generated lazily,
 * vessel by vessel, so a benchmark can stream millions of rows without holding them.
 */
import { plantConvoyDecoy, plantPassingDecoy } from './plant-close-passes';
import { plantBackground, plantGap, plantLoiterer, plantShortGapDecoy } from './plant-lone-vessels';
import { plantEncounter, plantInPortDecoy, plantShortApproachDecoy } from './plant-meetings';
import { plantPortOutsideDecoy, plantPortPassingDecoy, plantPortVisit } from './plant-port-calls';
import { mulberry32 } from './prng';
import { ScenarioPlanner } from './scenario-planner';
import { syntheticAisOptions, type SyntheticAisOverrides } from './synthetic-options';
import type { SyntheticScenario } from './synthetic-scenario';

export { SYNTHETIC_MMSI_PREFIX } from './scenario-planner';
export { syntheticAisOptions } from './synthetic-options';
export type { SyntheticAisOptions, SyntheticAisOverrides, SyntheticDecoyCounts } from './synthetic-options';
export type {
  SyntheticRole,
  SyntheticScenario,
  SyntheticTruth,
  SyntheticVessel,
  TruthDecoy,
  TruthEncounter,
  TruthGap,
  TruthLoitering,
  TruthPortVisit,
} from './synthetic-scenario';
export { DECOY_KINDS } from './synthetic-scenario';
export { syntheticReports } from './synthetic-reports';
export type { SyntheticReport } from './synthetic-reports';
export { NOAA_HEADER } from './noaa-csv-row';
export { DMA_HEADER } from './dma-csv-row';
export { formatSyntheticRow, syntheticCsv, syntheticCsvChunks } from './synthetic-csv';
export type { SyntheticCsvStats, SyntheticLayout } from './synthetic-csv';

/** Plans a synthetic scenario: every vessel's movement and the truth of what was planted. */
export function planSyntheticAis(options: SyntheticAisOverrides = {}): SyntheticScenario {
  const o = syntheticAisOptions(options);
  const d = o.decoys;
  const planted =
    2 * (o.encounters + d.passing + d.inPort + d.shortApproach + d.convoy) + o.gaps + d.shortGap + o.loiterers + o.portVisits + d.portPassing + d.portOutside;
  if (planted > o.vessels) {
    throw new Error(`synthetic AIS: ${planted} vessels are needed for the planted events and decoys, only ${o.vessels} asked for`);
  }
  // Every kind draws from the one rng in this order: reordering these loops changes every seed's output.
  const plan = new ScenarioPlanner(o, mulberry32(o.seed));
  for (let i = 0; i < o.encounters; i++) plantEncounter(plan, i);
  for (let i = 0; i < o.loiterers; i++) plantLoiterer(plan);
  for (let i = 0; i < d.inPort; i++) plantInPortDecoy(plan);
  for (let i = 0; i < d.shortApproach; i++) plantShortApproachDecoy(plan);
  for (let i = 0; i < d.passing; i++) plantPassingDecoy(plan);
  for (let i = 0; i < d.convoy; i++) plantConvoyDecoy(plan);
  for (let i = 0; i < o.gaps; i++) plantGap(plan);
  for (let i = 0; i < d.shortGap; i++) plantShortGapDecoy(plan);
  // Port calls come last, so the other kinds of a seed stay as they were before port visits were planted.
  for (let i = 0; i < o.portVisits; i++) plantPortVisit(plan, i);
  for (let i = 0; i < d.portPassing; i++) plantPortPassingDecoy(plan);
  for (let i = 0; i < d.portOutside; i++) plantPortOutsideDecoy(plan);
  while (plan.vessels.length < o.vessels) plantBackground(plan);
  return { options: o, vessels: plan.vessels, truth: plan.truth };
}
