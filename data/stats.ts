import type { Confidence } from './schema/confidence';
import type { Dataset } from './dataset-types';

/** Counts of records per kind and of sourced numbers per confidence level. */
export interface DatasetStats {
  counts: Record<string, number>;
  /** Every number in the dataset (facts with valueNumber, trade/labor points, earnings, petroleum records). */
  figuresByConfidence: Record<Confidence, number>;
  figureCount: number;
}

/** Collects the numbers `npm run data:check` prints. */
export function computeDatasetStats(d: Dataset): DatasetStats {
  const figuresByConfidence: Record<Confidence, number> = { reported: 0, estimated: 0, alleged: 0, unverified: 0, disputed: 0 };
  const add = (c: Confidence) => {
    figuresByConfidence[c] += 1;
  };
  const featureSets = [d.places, d.railLinks, d.seaRoutes, d.stsZones, d.stsIncidents, d.flowAnchors];
  for (const set of featureSets) {
    for (const f of set.features) for (const fact of f.properties.facts) if (fact.valueNumber !== undefined) add(fact.confidence);
  }
  for (const s of d.trade.series) for (const p of s.points) add(p.confidence);
  for (const w of d.labor.workers) for (const p of w.points) add(p.confidence);
  for (const e of d.labor.earnings) add(e.confidence);
  for (const r of [...d.petroleum.caps, ...d.petroleum.reportedDeliveries, ...d.petroleum.estimates]) add(r.confidence);
  const figureCount = Object.values(figuresByConfidence).reduce((a, b) => a + b, 0);
  return {
    counts: {
      sources: d.sources.length,
      places: d.places.features.length,
      'rail links': d.railLinks.features.length,
      'sea routes': d.seaRoutes.features.length,
      'STS zones': d.stsZones.features.length,
      'STS incidents': d.stsIncidents.features.length,
      'flow anchors': d.flowAnchors.features.length,
      'trade series': d.trade.series.length,
      'trade points': d.trade.series.reduce((n, s) => n + s.points.length, 0),
      'labor series': d.labor.workers.length,
      'labor points': d.labor.workers.reduce((n, s) => n + s.points.length, 0),
      'earnings estimates': d.labor.earnings.length,
      'petroleum records': d.petroleum.caps.length + d.petroleum.reportedDeliveries.length + d.petroleum.estimates.length,
      'timeline events': d.timeline.length,
      claims: d.claims.length,
      vessels: d.vessels.length,
    },
    figuresByConfidence,
    figureCount,
  };
}
