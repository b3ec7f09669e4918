import { momentInRange, type TimeRange } from '@/data/filter/time-rule';
import type { UserFeatureLayer } from './types';

/** How many of a layer's features the map shows in a time range, and how many it hides for having no date. */
export interface RangeCounts {
  shown: number;
  undated: number;
}

/**
 * A feature is in the range when its day is (the one time rule, as the map draws it); a feature without a date shows
 * only with no time filter, so a range hides it: the layer's card says so rather than leave the user to count dots.
 */
export function featureRangeCounts(layer: UserFeatureLayer, range: TimeRange): RangeCounts {
  let shown = 0;
  let undated = 0;
  for (const feature of layer.features) {
    if (feature.time === null) undated++;
    else if (momentInRange(feature.time, range)) shown++;
  }
  return { shown, undated };
}
