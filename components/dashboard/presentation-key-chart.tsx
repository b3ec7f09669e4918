'use client';

import { findFeature, type Dataset } from '@/data';
import { LazyIncidentsChart, LazyTradeChart } from '@/components/charts/lazy-charts';
import { seriesForFeature } from '@/lib/chart-series/feature-relations';
import type { FeatureFilter } from '@/data/filter/feature-filter';

/** The one chart a slide shows beside the map: a zone's incidents, or the trade series a feature belongs to. */
export function PresentationKeyChart({ dataset, selection, filter }: { dataset: Dataset; selection: readonly string[]; filter: FeatureFilter }) {
  const feature = selection[0] ? findFeature(dataset, selection[0]) : undefined;
  if (!feature) return null;
  if (feature.properties.kind === 'sts-zone') {
    return <LazyIncidentsChart incidents={dataset.stsIncidents.features} zoneId={feature.id} filter={filter} sources={dataset.sources} />;
  }
  const series = seriesForFeature(dataset, feature).filter((s) => s.flow === 'total');
  if (series.length === 0) return null;
  return <LazyTradeChart title="Trade by year" series={series} filter={filter} sources={dataset.sources} />;
}
