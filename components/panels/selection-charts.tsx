'use client';

import { memo, useMemo, type ReactNode } from 'react';
import type { AnyFeature, Commodity, Dataset } from '@/data';
import { LazyPetroleumChart, LazyTradeChart } from '@/components/charts/lazy-charts';
import { indexSources } from '@/components/charts/source-refs';
import { isPlace, isRailLink, isSeaRoute, isStsIncident, isStsZone } from '@/lib/chart-series/feature-kinds';
import { seriesForFeature } from '@/lib/chart-series/feature-relations';
import { petroleumFocusFor } from '@/lib/chart-series/petroleum-focus';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { IncidentFacts } from './incident-facts';
import { PlaceFacts } from './place-facts';
import { RailLinkFacts } from './rail-link-facts';
import { RouteFacts } from './route-facts';
import { SELECTION_SOURCE_PREFIX, type SelectionContext } from './selection-context';
import { countryName } from './selection-labels';
import { selectionSourceIds } from './selection-source-ids';
import { SourcesList } from './sources-list';
import { ZoneCharts } from './zone-charts';
import styles from './panels.module.css';


export interface SelectionChartsProps {
  dataset: Dataset;
  /** The selected feature. */
  feature: AnyFeature;
  filter: FeatureFilter;
  onYearClick?: ((year: number) => void) | undefined;
  onYearHover?: ((year: number | null) => void) | undefined;
  onToggleCommodity?: ((commodity: Commodity) => void) | undefined;
  /** Selects another feature (a route, incident or zone named in the panel); names are plain text without it. */
  onSelectFeature?: ((featureId: string) => void) | undefined;
}

/**
 * The charts and connections for the selected feature: for a place, its role, routes, nearby incidents and trade
 * series; for a rail link, its length, places and onward routes; for an STS zone, its incidents by year and
 * commodity and the vessels involved; for a route, its period and cargo. Every list and chart follows the shared
 * filter, and every cited source is listed at the end.
 */
export const SelectionCharts = memo(function SelectionCharts({
  dataset,
  feature,
  filter,
  onYearClick,
  onYearHover,
  onToggleCommodity,
  onSelectFeature,
}: SelectionChartsProps) {
  const sourceIndex = useMemo(() => indexSources(dataset.sources), [dataset.sources]);
  const ctx: SelectionContext = { dataset, sourceIndex, filter, onSelectFeature };
  const series = useMemo(() => seriesForFeature(dataset, feature), [dataset, feature]);
  const name = feature.properties.name.en;
  const partners = [...new Set(series.map((s) => s.partners[0]))].map((c) => `${countryName(c)}–DPRK`).join(' and ');
  const petroleumFocus = useMemo(() => petroleumFocusFor(feature), [feature]);
  const cited = useMemo(() => selectionSourceIds(dataset, feature, filter, series, petroleumFocus), [dataset, feature, filter, series, petroleumFocus]);

  let body: ReactNode = null;
  if (isPlace(feature)) body = <PlaceFacts place={feature} ctx={ctx} />;
  else if (isRailLink(feature)) body = <RailLinkFacts rail={feature} ctx={ctx} />;
  else if (isSeaRoute(feature)) body = <RouteFacts route={feature} ctx={ctx} />;
  else if (isStsIncident(feature)) body = <IncidentFacts incident={feature} ctx={ctx} />;
  else if (isStsZone(feature)) {
    body = <ZoneCharts zone={feature} ctx={ctx} onYearClick={onYearClick} onYearHover={onYearHover} onToggleCommodity={onToggleCommodity} />;
  }

  return (
    <section className={styles.panel} aria-label="Selection charts">
      <h2>Flows and figures: {name}</h2>
      {body}
      <LazyTradeChart
        title={partners ? `${partners} trade` : 'Trade'}
        series={series}
        filter={filter}
        sources={dataset.sources}
        onYearClick={onYearClick}
        onYearHover={onYearHover}
        onToggleCommodity={onToggleCommodity}
        sourceAnchorPrefix={SELECTION_SOURCE_PREFIX}
        noSeriesMessage={`No trade series in the dataset ties ${name} to the DPRK's trade with Russia or China.`}
      />
      {petroleumFocus && (
        <LazyPetroleumChart
          title="Refined petroleum to the DPRK, all routes, against the UN cap"
          petroleum={dataset.petroleum}
          focus={petroleumFocus}
          filter={filter}
          sources={dataset.sources}
          onYearClick={onYearClick}
          onYearHover={onYearHover}
          onToggleCommodity={onToggleCommodity}
          sourceAnchorPrefix={SELECTION_SOURCE_PREFIX}
        />
      )}
      <SourcesList sourceIds={cited} sources={dataset.sources} idPrefix={SELECTION_SOURCE_PREFIX} />
    </section>
  );
});
