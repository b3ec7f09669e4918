import { overlapsYears, periodYears } from './chart-filter';
import { figureIn, type PetroleumUnit } from './petroleum-figures';
import type { PetroleumRecord } from './petroleum-records';

/** A UN cap record. */
export type CapRecord = Extract<PetroleumRecord, { kind: 'cap' }>;

function resolutionNumber(resolution: string): number {
  const match = /(\d{3,5})/.exec(resolution);
  return match ? Number(match[1]) : 0;
}

/** The cap in `unit`, where it is stated in it. */
export function capValue(cap: CapRecord, unit: PetroleumUnit): number | undefined {
  const figure = figureIn(cap, unit);
  return 'missing' in figure ? undefined : figure.value;
}

/** True where `later` is a later resolution whose period overlaps `earlier`'s: it superseded it. */
export function supersedes(later: CapRecord, earlier: CapRecord): boolean {
  const [a0, a1] = periodYears(later.record.period);
  const [b0, b1] = periodYears(earlier.record.period);
  return resolutionNumber(later.record.resolution) > resolutionNumber(earlier.record.resolution) && a0 <= b1 && a1 >= b0;
}

/** The annual cap in force in `year`: of those whose period covers it, the latest resolution. */
export function capFor(year: number, caps: readonly CapRecord[]): CapRecord | undefined {
  return caps
    .filter((cap) => overlapsYears(periodYears(cap.record.period), [year, year]))
    .sort((a, b) => resolutionNumber(b.record.resolution) - resolutionNumber(a.record.resolution))[0];
}
