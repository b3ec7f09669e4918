import type { Confidence } from '@/data';

// The modules in this folder derive, from the dataset and the one shared `FeatureFilter`, what the charts and
// panels draw. A figure that no source gives stays missing (undefined), never zero: the chart leaves a gap and the
// panel says so. Every value carries the confidence and source ids of the point it came from, for tooltips and
// tables.

/** Where a figure comes from and how sure the dataset is of it. */
export interface Provenance {
  confidence: Confidence;
  sourceIds: readonly string[];
  note?: string | undefined;
}
