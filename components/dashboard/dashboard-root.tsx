'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { COMMODITIES, findFeature, getDataset, type AnyFeature } from '@/data';
import { AtlasMapLoader } from '@/components/map/atlas-map-loader';
import { toggleCommodity } from '@/components/filters/commodity-filter';
import { MapLegend } from '@/components/map/map-legend';
import { NoticeList } from '@/components/ui/notice-list';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import { viewForFeature } from '@/geo/analysis/feature-view';
import { laborFlowArcs, tradeFlowArcs } from '@/geo/layers/flow-arcs';
import type { DashboardState } from '@/lib/dashboard-state';
import type { FeatureFilter } from '@/lib/feature-filter';
import { filterDataset } from '@/lib/filtered-dataset';
import type { MapView } from '@/lib/map-view';
import { ExploreSidebar } from './explore-sidebar';
import { PanelColumn } from './panel-column';
import { useDashboardState, type StateChecker } from './use-dashboard-state';

export interface DashboardRootProps {
  initialState: DashboardState;
  initialNotices: string[];
}

export function DashboardRoot({ initialState, initialNotices }: DashboardRootProps) {
  const dataset = getDataset();
  // A selection from a link must name a feature that exists; otherwise say so and drop it.
  const checkState = useCallback<StateChecker>(
    ({ state, notices }) => {
      const unknown = state.selection.filter((id) => !findFeature(dataset, id));
      if (unknown.length === 0) return { state, notices };
      return {
        state: { ...state, selection: state.selection.filter((id) => findFeature(dataset, id)) },
        notices: [...notices, `No feature with id "${unknown[0]}" exists; the selection was cleared.`],
      };
    },
    [dataset],
  );
  const { state, update, notices, dismissNotices } = useDashboardState(
    { state: initialState, notices: initialNotices },
    checkState,
  );
  // A year hovered in a chart: transient, so it stays out of the URL.
  const [highlightYear, setHighlightYear] = useState<number | null>(null);

  const filter = useMemo<FeatureFilter>(
    () => ({ commodities: state.commodities, years: state.years }),
    [state.commodities, state.years],
  );
  const filtered = useMemo(() => filterDataset(dataset, filter), [dataset, filter]);
  const layerData = useMemo(
    () => ({
      dataset,
      filtered,
      tradeArcs: tradeFlowArcs(dataset.trade, dataset.flowAnchors.features, filter.years),
      laborArcs: laborFlowArcs(dataset.labor, dataset.flowAnchors.features, filter.years),
    }),
    [dataset, filtered, filter.years],
  );
  const layerState = useMemo(
    () => ({
      theme: state.theme,
      language: state.language,
      visibleLayers: state.layers,
      selection: state.selection,
      filter,
      highlightYear,
    }),
    [state.theme, state.language, state.layers, state.selection, filter, highlightYear],
  );
  const legendCommodities = useMemo(() => {
    const present = new Set([
      ...filtered.seaRoutes.map((r) => r.properties.commodity),
      ...filtered.stsIncidents.map((i) => i.properties.commodity),
    ]);
    return COMMODITIES.filter((c) => present.has(c));
  }, [filtered]);

  const onViewChange = useCallback((view: MapView) => update({ view }), [update]);
  const onSelect = useCallback(
    (featureId: string | null, additive: boolean) => {
      if (featureId === null) return update({ selection: [] });
      const first = state.selection[0];
      if (additive && first !== undefined && first !== featureId) return update({ selection: [first, featureId] });
      update({ selection: [featureId] });
    },
    [state.selection, update],
  );
  const chooseFeature = useCallback(
    (feature: AnyFeature, additive = false) => {
      if (additive && state.selection.length > 0) return onSelect(feature.id, true);
      update({ selection: [feature.id], view: viewForFeature(feature) });
    },
    [state.selection.length, onSelect, update],
  );

  // The year player's steps replace the history entry: back/forward skip them, not the user's choices.
  const onYearsChange = useCallback(
    (years: [number, number], playing = false) => update({ years }, { replaceHistory: playing }),
    [update],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && state.selection.length > 0) update({ selection: [] });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [state.selection.length, update]);

  return (
    <div className="dashboard" data-theme={state.theme}>
      <header className="topbar">
        <h1>Route Atlas</h1>
        <p className="tagline">How DPRK sanctions leak through Russia and China</p>
        <ThemeToggle theme={state.theme} onChange={(theme) => update({ theme })} />
      </header>
      <NoticeList notices={notices} onDismiss={dismissNotices} />
      <ExploreSidebar
        filtered={filtered}
        layers={state.layers}
        commodities={state.commodities}
        years={state.years}
        selectedId={state.selection[0]}
        onLayersChange={(layers) => update({ layers })}
        onCommoditiesChange={(commodities) => update({ commodities })}
        onYearsChange={onYearsChange}
        onChooseFeature={chooseFeature}
      />
      <main className="map-area" aria-label="Map">
        <AtlasMapLoader
          view={state.view}
          layerData={layerData}
          layerState={layerState}
          onViewChange={onViewChange}
          onSelect={onSelect}
        />
        <MapLegend visibleLayers={state.layers} commodities={legendCommodities} />
      </main>
      <PanelColumn
        dataset={dataset}
        selection={state.selection}
        filter={filter}
        onClearSelection={() => update({ selection: [] })}
        onSelectFeature={(id) => onSelect(id, false)}
        onYearClick={(year) => update({ years: [year, year] })}
        onYearHover={setHighlightYear}
        onToggleCommodity={(commodity) => update({ commodities: toggleCommodity(state.commodities, commodity) })}
      />
    </div>
  );
}
