import type { AnyFeature } from '@/data';
import { featureCommodities } from '@/data/filter/feature-filter';
import { featureYears } from './chart-filter';
import { isStsIncident } from './feature-kinds';
import { featureSourceIds } from './feature-relations';
import type { PetroleumFocus } from './petroleum-rows';

/**
 * What the petroleum chart shows beside a selected place, route or zone that carries refined petroleum: the
 * DPRK-wide figures of the feature's active years, with those that cite one of the feature's sources marked (the
 * RUSI and Open Source Centre estimates beside the Vostochny oil runs). Undefined for features that carry no refined
 * petroleum, and for single incidents, where national annual totals say little about one transfer.
 */
export function petroleumFocusFor(feature: AnyFeature): PetroleumFocus | undefined {
  if (isStsIncident(feature) || !featureCommodities(feature).includes('refined-petroleum')) return undefined;
  const [from, to] = featureYears(feature);
  return { years: [from, to], sourceIds: new Set(featureSourceIds(feature)) };
}
