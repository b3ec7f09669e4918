import type { ResampleParams } from './resample-track';

/**
 * Thresholds of encounter detection. Defaults follow Global Fishing Watch's published definition: two vessels
 * within 500 m of each other for at least 2 hours, median speed below 2 knots, at least 10 km from any port
 * or anchorage; tracks resampled to 10-minute steps, no interpolation across gaps longer than 1 hour; raw
 * encounters of the same pair less than 24 hours apart merged into one (GFW's merge step).
 */
export interface EncounterParams extends ResampleParams {
  /** Two vessels are "together" at a step when at most this far apart (great circle). */
  maxDistanceMeters: number;
  /** Shortest encounter, from its first to its last step together. */
  minDurationMinutes: number;
  /** Both vessels' median speed over the encounter must be below this. */
  maxMedianSpeedKnots: number;
  /** Each raw encounter's mean position must be at least this far from every port point. */
  minPortDistanceKm: number;
  /**
   * Raw encounters of the same pair that start less than this after the previous one ended are one event
   * (GFW's merge step); 0 keeps every raw encounter apart.
   */
  mergeGapMinutes: number;
}

export const DEFAULT_ENCOUNTER_PARAMS: Readonly<EncounterParams> = Object.freeze({
  maxDistanceMeters: 500,
  minDurationMinutes: 120,
  maxMedianSpeedKnots: 2,
  minPortDistanceKm: 10,
  mergeGapMinutes: 24 * 60,
  resampleMinutes: 10,
  maxGapMinutes: 60,
});

/**
 * Thresholds of loitering: one vessel below 2 knots for at least 4 hours, at least 20 nautical miles from
 * every port point (GFW measures distance from shore; we measure from the port and anchorage points given).
 */
export interface LoiteringParams extends ResampleParams {
  /** Every resampled step of the run must be slower than this. */
  maxSpeedKnots: number;
  minDurationMinutes: number;
  /** The run's mean position must be at least this far from every port point. */
  minPortDistanceNm: number;
}

export const DEFAULT_LOITERING_PARAMS: Readonly<LoiteringParams> = Object.freeze({
  maxSpeedKnots: 2,
  minDurationMinutes: 240,
  minPortDistanceNm: 20,
  resampleMinutes: 10,
  maxGapMinutes: 60,
});

/** Thresholds of AIS gaps: a vessel silent for at least 6 hours. */
export interface GapParams {
  minGapMinutes: number;
  /** Where the vessel went dark must be at least this far from every port point; 0 keeps every gap. */
  minPortDistanceKm: number;
}

export const DEFAULT_GAP_PARAMS: Readonly<GapParams> = Object.freeze({
  minGapMinutes: 360,
  minPortDistanceKm: 0,
});

/**
 * Thresholds of port visits (GFW's port visit events): a visit starts at the first report within
 * `entryRadiusKm` of a port or anchorage point and lasts until the vessel is reported beyond `exitRadiusKm`;
 * it counts only with a stop (a report slower than `maxStopSpeedKnots`) or an AIS gap of at least
 * `minGapMinutes` inside it.
 */
export interface PortVisitParams {
  entryRadiusKm: number;
  /** At least `entryRadiusKm`: the margin keeps a vessel moored at the edge from entering and leaving at each report. */
  exitRadiusKm: number;
  maxStopSpeedKnots: number;
  minGapMinutes: number;
}

export const DEFAULT_PORT_VISIT_PARAMS: Readonly<PortVisitParams> = Object.freeze({
  entryRadiusKm: 3,
  exitRadiusKm: 4,
  maxStopSpeedKnots: 0.5,
  minGapMinutes: 240,
});

/**
 * The density grid of positions: cells of `cellDegrees` (south-west corners on multiples of it) and time bins of
 * `binHours` from the epoch. Vessel-hours count the encounter resampling steps in a cell (no time is invented
 * across a gap longer than `encounter.maxGapMinutes`).
 */
export interface DensityParams {
  cellDegrees: number;
  binHours: number;
}

export const DEFAULT_DENSITY_PARAMS: Readonly<DensityParams> = Object.freeze({ cellDegrees: 0.1, binHours: 24 });

export interface AisDetectionParams {
  encounter: EncounterParams;
  loitering: LoiteringParams;
  gap: GapParams;
  portVisit: PortVisitParams;
  density: DensityParams;
}

export const DEFAULT_AIS_DETECTION_PARAMS: Readonly<AisDetectionParams> = Object.freeze({
  encounter: DEFAULT_ENCOUNTER_PARAMS,
  loitering: DEFAULT_LOITERING_PARAMS,
  gap: DEFAULT_GAP_PARAMS,
  portVisit: DEFAULT_PORT_VISIT_PARAMS,
  density: DEFAULT_DENSITY_PARAMS,
});

function check(ok: boolean, name: string, value: number, rule: string): void {
  if (!ok) throw new RangeError(`${name} must be ${rule} (got ${value})`);
}

function checkResample(p: ResampleParams, prefix: string): void {
  check(Number.isFinite(p.resampleMinutes) && p.resampleMinutes >= 1 / 60, `${prefix}.resampleMinutes`, p.resampleMinutes, 'at least one second');
  check(Number.isFinite(p.maxGapMinutes) && p.maxGapMinutes >= 0, `${prefix}.maxGapMinutes`, p.maxGapMinutes, 'a number ≥ 0');
}

function checkNonNegative(value: number, name: string): void {
  check(Number.isFinite(value) && value >= 0, name, value, 'a number ≥ 0');
}

/** Throws a RangeError naming the first threshold that is not a usable number. */
export function assertEncounterParams(p: EncounterParams): void {
  checkResample(p, 'encounter');
  check(Number.isFinite(p.maxDistanceMeters) && p.maxDistanceMeters > 0, 'encounter.maxDistanceMeters', p.maxDistanceMeters, 'a number > 0');
  checkNonNegative(p.minDurationMinutes, 'encounter.minDurationMinutes');
  checkNonNegative(p.maxMedianSpeedKnots, 'encounter.maxMedianSpeedKnots');
  checkNonNegative(p.minPortDistanceKm, 'encounter.minPortDistanceKm');
  checkNonNegative(p.mergeGapMinutes, 'encounter.mergeGapMinutes');
}

/** {@link DEFAULT_ENCOUNTER_PARAMS} with the overrides, checked. */
export function resolveEncounterParams(params: Partial<EncounterParams> | undefined): EncounterParams {
  const p = { ...DEFAULT_ENCOUNTER_PARAMS, ...params };
  assertEncounterParams(p);
  return p;
}

export function assertLoiteringParams(p: LoiteringParams): void {
  checkResample(p, 'loitering');
  checkNonNegative(p.maxSpeedKnots, 'loitering.maxSpeedKnots');
  checkNonNegative(p.minDurationMinutes, 'loitering.minDurationMinutes');
  checkNonNegative(p.minPortDistanceNm, 'loitering.minPortDistanceNm');
}

export function assertGapParams(p: GapParams): void {
  check(Number.isFinite(p.minGapMinutes) && p.minGapMinutes > 0, 'gap.minGapMinutes', p.minGapMinutes, 'a number > 0');
  checkNonNegative(p.minPortDistanceKm, 'gap.minPortDistanceKm');
}

export function assertPortVisitParams(p: PortVisitParams): void {
  check(Number.isFinite(p.entryRadiusKm) && p.entryRadiusKm > 0, 'portVisit.entryRadiusKm', p.entryRadiusKm, 'a number > 0');
  check(Number.isFinite(p.exitRadiusKm) && p.exitRadiusKm >= p.entryRadiusKm, 'portVisit.exitRadiusKm', p.exitRadiusKm, 'a number ≥ portVisit.entryRadiusKm');
  checkNonNegative(p.maxStopSpeedKnots, 'portVisit.maxStopSpeedKnots');
  check(Number.isFinite(p.minGapMinutes) && p.minGapMinutes > 0, 'portVisit.minGapMinutes', p.minGapMinutes, 'a number > 0');
}

export function assertDensityParams(p: DensityParams): void {
  check(Number.isFinite(p.cellDegrees) && p.cellDegrees > 0 && p.cellDegrees <= 10, 'density.cellDegrees', p.cellDegrees, 'a number in (0, 10]');
  check(Number.isFinite(p.binHours) && p.binHours >= 1, 'density.binHours', p.binHours, 'a number ≥ 1');
}

/** Every group's thresholds checked (the first bad one named in a RangeError). */
export function assertAisDetectionParams(p: AisDetectionParams): void {
  assertEncounterParams(p.encounter);
  assertLoiteringParams(p.loitering);
  assertGapParams(p.gap);
  assertPortVisitParams(p.portVisit);
  assertDensityParams(p.density);
}
