import type { AnyFeature } from '@/data';
import { featureSpan, msSpan } from '@/data/filter/time-rule';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import { binByMonth, countByMonth, type MonthHistogram, type TimedRecord } from './histogram';

/** The stack of a curated record without a commodity. */
export const NO_COMMODITY = 'none';

/**
 * Curated map features as histogram records: each by its span (the one time rule) under its first commodity (an
 * incident's or a route's main one), so a stack never counts one record twice.
 */
export function curatedTimedRecords(features: readonly AnyFeature[]): TimedRecord[] {
  return features.map((f) => {
    const p = f.properties;
    const category = p.kind === 'sts-incident' || p.kind === 'sea-route' ? p.commodity : (p.commodities[0] ?? NO_COMMODITY);
    return { id: f.id, span: featureSpan(f), category };
  });
}

/** One histogram of a user layer: what it counts, for the row label. */
export interface UserLayerHistogram {
  id: string;
  /** "<layer name>: positions", "<layer name>: events" or "<layer name>: features". */
  label: string;
  histogram: MonthHistogram;
}

/**
 * Histograms of the user's layers: dated features by count; for AIS, the positions by count (while the tracks are
 * kept) and the detected events stacked by kind. Undated features and layers with nothing dated give no row.
 */
export function userLayerHistograms(layers: readonly UserLayer[]): UserLayerHistogram[] {
  const rows: UserLayerHistogram[] = [];
  for (const layer of layers) {
    if (layer.kind !== 'ais') {
      const times = layer.features.flatMap((f) => (f.time === null ? [] : [f.time]));
      if (times.length > 0) rows.push({ id: `${layer.id}-features`, label: `${layer.name}: features`, histogram: countByMonth(binByMonth([]), 'features', [times]) });
      continue;
    }
    if (layer.tracks && layer.tracks.positionCount > 0) {
      const histogram = countByMonth(binByMonth([]), 'positions', layer.tracks.vessels.map((v) => v.tSec), 1000);
      rows.push({ id: `${layer.id}-positions`, label: `${layer.name}: positions`, histogram });
    }
    const events = layer.detection?.events ?? [];
    if (events.length > 0) {
      const records = events.map((e) => ({ id: e.id, span: msSpan(e.start, e.end), category: e.kind }));
      rows.push({ id: `${layer.id}-events`, label: `${layer.name}: events`, histogram: binByMonth(records, ['encounter', 'loitering', 'gap']) });
    }
  }
  return rows;
}
