import type { SkippedByReason } from './types';

/** What each skip reason means, for the user. Reasons from the AIS core (`bad-mmsi`, ...) included. */
export const SKIP_REASON_LABELS: Record<string, string> = {
  'bad-mmsi': 'MMSI is not nine digits',
  'bad-timestamp': 'timestamp could not be read',
  'bad-coordinates': 'coordinates are not numbers or not valid',
  'bad-speed': 'speed over ground is not a valid number',
  'missing-coordinates': 'latitude or longitude is empty',
  'out-of-range': 'latitude beyond ±90 or longitude beyond ±180',
  'wrong-field-count': 'row has a different number of fields than the header',
  'over-feature-limit': 'beyond the most features one import keeps',
  'not-a-feature': 'not a GeoJSON Feature',
  'no-geometry': 'feature has no geometry',
  'unsupported-geometry': 'geometry type not supported (GeometryCollection or unknown)',
};

export function skipReasonLabel(reason: string): string {
  return SKIP_REASON_LABELS[reason] ?? reason;
}

/** Total of all reasons. */
export function totalSkipped(skipped: SkippedByReason): number {
  return Object.values(skipped).reduce((sum, n) => sum + n, 0);
}

/** Reasons with a count above zero, largest first. */
export function skippedEntries(skipped: SkippedByReason): [reason: string, count: number][] {
  return Object.entries(skipped)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Adds one to a reason's count. */
export function countSkip(skipped: SkippedByReason, reason: string): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/** Drops reasons counted zero times: the AIS row sink starts every one of its reasons at zero. */
export function withoutZeros(counts: Readonly<Record<string, number>>): SkippedByReason {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}
