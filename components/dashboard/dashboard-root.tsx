'use client';

import { useCallback, useMemo } from 'react';
import { findFeature, getDataset } from '@/data';
import { AtlasMapLoader } from '@/components/map/atlas-map-loader';
import { DetailsPanel } from '@/components/panels/details-panel';
import { NoticeList } from '@/components/ui/notice-list';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import type { DashboardState } from '@/lib/dashboard-state';
import type { MapView } from '@/lib/map-view';
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

  const onViewChange = useCallback((view: MapView) => update({ view }), [update]);
  const onSelect = useCallback(
    (featureId: string | null, additive: boolean) => {
      if (featureId === null) return update({ selection: [] });
      if (additive && state.selection.length > 0 && state.selection[0] !== featureId) {
        return update({ selection: [state.selection[0]!, featureId] });
      }
      update({ selection: [featureId] });
    },
    [state.selection, update],
  );

  const layerState = useMemo(
    () => ({ theme: state.theme, language: state.language, visibleLayers: state.layers, selection: state.selection }),
    [state.theme, state.language, state.layers, state.selection],
  );

  return (
    <div className="dashboard" data-theme={state.theme}>
      <header className="topbar">
        <h1>Route Atlas</h1>
        <p className="tagline">How DPRK sanctions leak through Russia and China</p>
        <ThemeToggle theme={state.theme} onChange={(theme) => update({ theme })} />
      </header>
      <NoticeList notices={notices} onDismiss={dismissNotices} />
      <main className="map-area" aria-label="Map">
        <AtlasMapLoader
          view={state.view}
          layerState={layerState}
          places={dataset.places.features}
          onViewChange={onViewChange}
          onSelect={onSelect}
        />
      </main>
      <DetailsPanel selection={state.selection} dataset={dataset} onClear={() => update({ selection: [] })} />
    </div>
  );
}
