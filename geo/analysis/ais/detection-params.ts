import type { ResampleParams } from './resample-track';

/**
 * Thresholds of encounter detection. Defaults follow Global Fishing Watch's published definition: two vessels
 * within 500 m of each other for at least 2 hours, median speed below 2 knots, at least 10 km from any port
 * or anchorage; tracks resampled to 10-minute steps, no interpolation across gaps longer than 1 hour.
 */
export interface EncounterParams extends ResampleParams {
  /** Two vessels are "together" at a step when at most this far apart (great circle). */
  maxDistanceMeters: number;
  /** Shortest encounter, from its first to its last step together. */
  minDurationMinutes: number;
  /** Both vessels' median speed over the encounter must be below this. */
  maxMedianSpeedKnots: number;
  /** The encounter's mean position must be at least this far from every port point. */
  minPortDistanceKm: number;
}

export const DEFAULT_ENCOUNTER_PARAMS: Readonly<EncounterParams> = Object.freeze({
  maxDistanceMeters: 500,
  minDurationMinutes: 120,
  maxMedianSpeedKnots: 2,
  minPortDistanceKm: 10,
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

export interface AisDetectionParams {
  encounter: EncounterParams;
  loitering: LoiteringParams;
  gap: GapParams;
}

export const DEFAULT_AIS_DETECTION_PARAMS: Readonly<AisDetectionParams> = Object.freeze({
  encounter: DEFAULT_ENCOUNTER_PARAMS,
  loitering: DEFAULT_LOITERING_PARAMS,
  gap: DEFAULT_GAP_PARAMS,
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
