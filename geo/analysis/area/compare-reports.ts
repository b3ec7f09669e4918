import { AREA_RECORD_KINDS, AREA_RECORD_LABELS, type AreaRecordKind, type AreaVessel } from './area-records';
import type { AreaReport } from './area-report';

export interface KindChange {
  kind: AreaRecordKind;
  before: number;
  after: number;
  /** Of those, placed schematically. */
  beforeSchematic: number;
  afterSchematic: number;
}

/** What changed in one area between two periods. */
export interface AreaComparison {
  kinds: KindChange[];
  vesselsOnlyBefore: AreaVessel[];
  vesselsOnlyAfter: AreaVessel[];
  /** Kinds of record or event present in one period only. */
  kindsOnlyAfter: AreaRecordKind[];
  kindsOnlyBefore: AreaRecordKind[];
  positionsBefore: number | null;
  positionsAfter: number | null;
  /** The differences in words, most telling first; one sentence when nothing changed. */
  differences: string[];
}

const total = (c: { inside: number; schematic: number }) => c.inside + c.schematic;

function names(vessels: readonly AreaVessel[]): string {
  const shown = vessels.slice(0, 5).map((v) => v.name);
  return vessels.length > 5 ? `${shown.join(', ')} and ${vessels.length - 5} more` : shown.join(', ');
}

/** Compares the same area's reports for two periods: counts per kind, vessels and kinds seen in one period only. */
export function compareAreaReports(before: AreaReport, after: AreaReport): AreaComparison {
  const kinds = AREA_RECORD_KINDS.map((kind) => ({
    kind,
    before: total(before.counts[kind]),
    after: total(after.counts[kind]),
    beforeSchematic: before.counts[kind].schematic,
    afterSchematic: after.counts[kind].schematic,
  })).filter((k) => k.before > 0 || k.after > 0);
  const keysBefore = new Set(before.vessels.map((v) => v.key));
  const keysAfter = new Set(after.vessels.map((v) => v.key));
  const vesselsOnlyBefore = before.vessels.filter((v) => !keysAfter.has(v.key));
  const vesselsOnlyAfter = after.vessels.filter((v) => !keysBefore.has(v.key));
  const kindsOnlyAfter = kinds.filter((k) => k.before === 0).map((k) => k.kind);
  const kindsOnlyBefore = kinds.filter((k) => k.after === 0).map((k) => k.kind);

  const differences: string[] = [];
  const lower = (kind: AreaRecordKind) => AREA_RECORD_LABELS[kind].many.toLowerCase();
  if (kindsOnlyAfter.length > 0) differences.push(`New in the second period: ${kindsOnlyAfter.map(lower).join(', ')}.`);
  if (kindsOnlyBefore.length > 0) differences.push(`Gone in the second period: ${kindsOnlyBefore.map(lower).join(', ')}.`);
  for (const k of kinds) {
    if (k.before === k.after || k.before === 0 || k.after === 0) continue;
    differences.push(`${AREA_RECORD_LABELS[k.kind].many}: ${k.before} → ${k.after} (${k.after > k.before ? '+' : '−'}${Math.abs(k.after - k.before)}).`);
  }
  if (before.positions !== null && after.positions !== null && before.positions !== after.positions) {
    differences.push(`Imported AIS positions: ${before.positions.toLocaleString('en-US')} → ${after.positions.toLocaleString('en-US')}.`);
  }
  if (vesselsOnlyBefore.length > 0) differences.push(`Vessels only in the first period (${vesselsOnlyBefore.length}): ${names(vesselsOnlyBefore)}.`);
  if (vesselsOnlyAfter.length > 0) differences.push(`Vessels only in the second period (${vesselsOnlyAfter.length}): ${names(vesselsOnlyAfter)}.`);
  if (differences.length === 0) differences.push('No difference: both periods hold the same kinds and numbers of records and the same vessels.');
  return {
    kinds,
    vesselsOnlyBefore,
    vesselsOnlyAfter,
    kindsOnlyAfter,
    kindsOnlyBefore,
    positionsBefore: before.positions,
    positionsAfter: after.positions,
    differences,
  };
}
