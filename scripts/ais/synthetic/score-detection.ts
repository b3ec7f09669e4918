import type { EncounterEvent, GapEvent, LoiteringEvent, PortVisitEvent } from '../../../geo/analysis/ais';
import type { SyntheticTruth } from './generate-synthetic-ais';

export interface DetectionScore {
  detected: number;
  planted: number;
  /** Detections matched one-to-one to a planted event. */
  truePositives: number;
  precision: number;
  recall: number;
  /** Ids of detections that match nothing planted. */
  falsePositiveIds: string[];
  /** Indexes (in the truth list) of planted events nothing matched. */
  missed: number[];
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 <= b1 && b0 <= a1;

function score<D extends { id: string; start: number; end: number }, T extends { start: number; end: number }>(
  detections: readonly D[],
  truths: readonly T[],
  same: (d: D, t: T) => boolean,
  /** Truths that count towards recall (the rest may match, but need not). */
  required: (t: T) => boolean = () => true,
): DetectionScore {
  const used = new Set<number>();
  const falsePositiveIds: string[] = [];
  let truePositives = 0;
  for (const d of detections) {
    const i = truths.findIndex((t, k) => !used.has(k) && same(d, t) && overlaps(d.start, d.end, t.start, t.end));
    if (i === -1) falsePositiveIds.push(d.id);
    else {
      used.add(i);
      truePositives++;
    }
  }
  const requiredIdx = truths.map((t, i) => (required(t) ? i : -1)).filter((i) => i !== -1);
  const missed = requiredIdx.filter((i) => !used.has(i));
  const planted = requiredIdx.length;
  return {
    detected: detections.length,
    planted,
    truePositives,
    precision: detections.length === 0 ? 1 : truePositives / detections.length,
    recall: planted === 0 ? 1 : (planted - missed.length) / planted,
    falsePositiveIds,
    missed,
  };
}

/** Matches detected encounters to planted ones by vessel pair (either order) and time overlap. */
export function scoreEncounters(detected: readonly EncounterEvent[], truth: SyntheticTruth): DetectionScore {
  return score(detected, truth.encounters, (d, t) => {
    const pair = [d.vessels[0].mmsi, d.vessels[1].mmsi].sort().join();
    return pair === [...t.vessels].sort().join();
  });
}

/** Matches loitering by vessel and time overlap; only truths marked certain count towards recall. */
export function scoreLoitering(detected: readonly LoiteringEvent[], truth: SyntheticTruth): DetectionScore {
  return score(detected, truth.loitering, (d, t) => d.vessel.mmsi === t.mmsi, (t) => t.certain);
}

/** Matches gaps by vessel and time overlap. */
export function scoreGaps(detected: readonly GapEvent[], truth: SyntheticTruth): DetectionScore {
  return score(detected, truth.gaps, (d, t) => d.vessel.mmsi === t.mmsi);
}

/** Matches port visits by vessel and time overlap; only truths marked certain count towards recall. */
export function scorePortVisits(detected: readonly PortVisitEvent[], truth: SyntheticTruth): DetectionScore {
  return score(detected, truth.portVisits, (d, t) => d.vessel.mmsi === t.mmsi, (t) => t.certain);
}
