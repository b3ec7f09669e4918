'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { featuresNamedBySelection, findFeature, getDataset, type AnyFeature, type Commodity } from '@/data';
import { PresentationOverlay } from '@/components/briefing/presentation-overlay';
import { buildSourceFooter } from '@/components/briefing/slide-context';
import { AisEventsPanel, DropOverlay, ImportedSelectionDetails, ImportPanel, curatedPortPoints, useFileDrop, useImportedData } from '@/components/import';
import { ChartsReadyContext } from '@/components/charts/charts-ready';
import { ChartThemeContext } from '@/components/charts/chart-theme';
import { AtlasMapLoader } from '@/components/map/atlas-map-loader';
import type { AtlasMapProps } from '@/components/map/atlas-map';
import { toggleCommodity } from '@/components/filters/commodity-filter';
import { currentMapFrame } from '@/components/map/map-frame';
import { MapLegend } from '@/components/map/map-legend';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { NoticeList } from '@/components/ui/notice-list';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import { curatedStsZones, useSanctionsLists, useVesselPanels } from '@/components/vessels';
import { viewForFeature, viewForFeatures } from '@/geo/analysis/feature-view';
import { flowArcsFor } from '@/geo/layers/flow-arcs';
import type { Briefing } from '@/lib/briefing/briefing-schema';
import type { DashboardState } from '@/lib/dashboard-state';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { filterByCommodity } from '@/data/filter/filtered-dataset';
import type { MapView } from '@/geo/map-view';
import { checkSelectionExists } from './check-selection';
import { useFittedDefaultView } from './use-fitted-default-view';
import { DashboardTimebar } from './dashboard-timebar';
import { ExploreSidebar } from './explore-sidebar';
import { PanelColumn } from './panel-column';
import { PanelsStatus } from './panels-status';
import { PresentationKeyChart } from './presentation-key-chart';
import { useBriefingSession } from './use-briefing-session';
import { useLinkedLayers } from './use-linked-layers';
import { useDashboardState, type StateChecker } from './use-dashboard-state';
import { useEscapeKey } from './use-escape-key';
import { useSlideNavigation } from './use-slide-navigation';
import { useBriefingTab } from './use-briefing-tab';
import { useAreaSession } from '@/components/area/use-area-session';
import { usePanelFilter } from './use-panel-filter';
import { useTimeControls } from './use-time-controls';

/** How long the charts wait for the map at most. */
const CHARTS_AT_THE_LATEST_MS = 8_000;

export interface DashboardRootProps {
  initialState: DashboardState;
  initialNotices: string[];
  /** A saved briefing opened by its link (/brief/<id>). */
  initialBriefing?: Briefing;
  /** Layers drawn over the atlas: the benchmark page's SYNTHETIC points (app/bench only, never on `/`). */
  buildExtraLayers?: AtlasMapProps['buildExtraLayers'];
}

export function DashboardRoot({ initialState, initialNotices, initialBriefing, buildExtraLayers }: DashboardRootProps) {
  const dataset = getDataset();
  const checkState = useCallback<StateChecker>((parsed) => checkSelectionExists(dataset, parsed), [dataset]);
  const { state, query, update, notices, addNotice, dismissNotices } = useDashboardState(
    { state: initialState, notices: initialNotices },
    checkState,
  );
  useFittedDefaultView(state.view, update);
  const session = useBriefingSession(initialBriefing);
  const { setPresenting } = session;
  // The user's imported data: root state, never in the URL.
  const ports = useMemo(() => curatedPortPoints(dataset), [dataset]);
  const lists = useSanctionsLists();
  const zones = curatedStsZones(dataset);
  const imported = useImportedData({ ports, time: state.time, onFlyTo: (view) => update({ view }), zones, onListsLoaded: lists.add });
  const fileDrop = useFileDrop(imported.importFiles);
  const onLinkedLayersChange = useCallback((userLayers: string[]) => update({ userLayers }), [update]);
  useLinkedLayers(state.userLayers, imported, onLinkedLayersChange);
  const area = useAreaSession({ dataset, state, update, addNotice, userLayers: imported.userLayers, hiddenIds: imported.hiddenIds });
  // The charts wait for the map's first full drawing, so the map comes up first (issue 7); a map that never
  // settles (a hidden tab draws nothing) does not keep them away for long.
  const [mapStarted, setMapStarted] = useState(false);
  const onMapStarted = useCallback(() => setMapStarted(true), []);
  useEffect(() => {
    const fallback = setTimeout(onMapStarted, CHARTS_AT_THE_LATEST_MS);
    return () => clearTimeout(fallback);
  }, [onMapStarted]);
  const time = useTimeControls(update, state.time);

  const filter = useMemo<FeatureFilter>(() => ({ commodities: state.commodities, time: state.time }), [state.commodities, state.time]);
  // What the map uploads: the commodity half of the rule. The time half runs on the GPU, so a range change uploads nothing.
  const mapFeatures = useMemo(() => filterByCommodity(dataset, { commodities: state.commodities }), [dataset, state.commodities]);
  // The list, counts, legend and charts follow a moving range once it rests.
  const panels = usePanelFilter(dataset, filter, time.live);
  const { filtered } = panels;
  const vessels = useVesselPanels({ dataset, imported, lists, filtered, mapIncidents: mapFeatures.stsIncidents, state, update });
  const layerData = useMemo(
    () => ({
      dataset,
      features: mapFeatures,
      ...flowArcsFor(dataset, filter.time),
      annotations: session.annotations,
      imported: imported.importedLayerData,
      aisEvents: imported.aisLayerData,
      vesselMarks: vessels.marks,
      area: area.layerInput,
    }),
    [dataset, mapFeatures, filter.time, session.annotations, imported.importedLayerData, imported.aisLayerData, vessels.marks, area.layerInput],
  );
  const { highlight } = time;
  // What the map highlights: the selection, a selected vessel's incidents and routes, a selected event's places.
  const selectionHighlight = useMemo(() => {
    const named = featuresNamedBySelection(dataset, state.selection);
    return named.length > 0 ? [...vessels.highlight, ...named] : vessels.highlight;
  }, [dataset, state.selection, vessels.highlight]);
  const layerState = useMemo(
    () => ({ theme: state.theme, language: state.language, visibleLayers: state.layers, selection: selectionHighlight, filter, highlight }),
    [state.theme, state.language, state.layers, selectionHighlight, filter, highlight],
  );

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
      update({ selection: [feature.id], view: viewForFeature(feature, currentMapFrame()) });
    },
    [state.selection.length, onSelect, update],
  );
  // A timeline event chosen on the timebar or by search: its details, and the map framed on the places it names.
  const chooseEvent = useCallback(
    (eventId: string) => {
      const named = featuresNamedBySelection(dataset, [eventId]).flatMap((id) => findFeature(dataset, id) ?? []);
      const view = viewForFeatures(named, currentMapFrame());
      update(view ? { selection: [eventId], view } : { selection: [eventId] });
    },
    [dataset, update],
  );

  const slideNav = useSlideNavigation({ session, checkState, update, addNotice });
  const briefing = useBriefingTab({ query, session, slideNav, userLayers: imported.userLayers });

  // Stable callbacks, so the memoised list and charts skip the render that only moves the map.
  const onLayersChange = useCallback((layers: DashboardState['layers']) => update({ layers }), [update]);
  const onCommoditiesChange = useCallback(
    (commodities: DashboardState['commodities']) => update({ commodities }),
    [update],
  );
  const onClearSelection = useCallback(() => update({ selection: [] }), [update]);
  const onSelectFeature = useCallback((id: string) => onSelect(id, false), [onSelect]);
  const onToggleCommodity = useCallback(
    (commodity: Commodity) => update((current) => ({ commodities: toggleCommodity(current.commodities, commodity) })),
    [update],
  );

  const { toolOpen } = area;
  const { takeMapPoint } = session;
  const onClickAt = useCallback((lonLat: [number, number]) => toolOpen || takeMapPoint(lonLat), [toolOpen, takeMapPoint]);

  useEscapeKey({ pickingPoint: session.pickingPoint, cancelMapPoint: session.cancelMapPoint, hasSelection: state.selection.length > 0, update });

  const { userLayers, hiddenIds, visibleParts } = imported;
  // The range matters to the legend only for the user's layers (their density scale): without any, a range change
  // leaves the legend as it is.
  const legendRange = userLayers.length > 0 ? state.time : null;
  const importedLegend = useMemo(() => ({ userLayers, hiddenIds, visibleParts, range: legendRange }), [userLayers, hiddenIds, visibleParts, legendRange]);
  // Over the map, or in the presentation's side column under the key chart (never over it or the title).
  const legend = (
    <MapLegend
      visibleLayers={state.layers}
      commodities={panels.legendCommodities}
      theme={state.theme}
      imported={importedLegend}
      extra={vessels.legend}
      placement={session.presenting ? 'presentation' : 'map'}
    />
  );

  return (
    <div
      className={session.presenting ? 'dashboard presenting' : 'dashboard'}
      data-theme={state.theme}
      data-lang={state.language}
    >
      <ChartThemeContext value={state.theme}>
        <header className="topbar">
          <h1>Route Atlas</h1>
          <p className="tagline">How DPRK sanctions leak through Russia and China</p>
          <CopyLinkButton />
          <ThemeToggle theme={state.theme} onChange={(theme) => update({ theme })} />
        </header>
        <NoticeList notices={notices} onDismiss={dismissNotices} />
        <ExploreSidebar
          filtered={filtered}
          layers={state.layers}
          commodities={state.commodities}
          theme={state.theme}
          selectedId={state.selection[0]}
          onLayersChange={onLayersChange}
          onCommoditiesChange={onCommoditiesChange}
          onChooseFeature={chooseFeature}
          events={dataset.timeline}
          onChooseEvent={chooseEvent}
          importPanel={vessels.provide(<ImportPanel controller={imported} />, vessels.listsPanel)}
          {...vessels.sidebar}
        />
        <main className="map-area" aria-label="Map" {...fileDrop.dropProps}>
          <AtlasMapLoader
            view={state.view}
            layerData={layerData}
            layerState={layerState}
            onViewChange={onViewChange}
            onSelect={onSelect}
            onClickAt={onClickAt}
            onPickImported={imported.pick}
            onStarted={onMapStarted}
            buildExtraLayers={buildExtraLayers}
            areaDraw={area.draw}
            liveRange={time.live}
          />
          {!session.presenting && area.toolbar}
          <DropOverlay active={fileDrop.dragging} />
          {!session.presenting && legend}
          {session.pickingPoint && (
            <p className="map-hint" role="status">
              Click the map where the annotation goes.{' '}
              <button type="button" onClick={session.cancelMapPoint}>
                Cancel
              </button>
            </p>
          )}
          {session.presenting && session.draft && (
            <PresentationOverlay
              briefing={session.draft}
              index={slideNav.presentIndex}
              onIndexChange={slideNav.showSlideAt}
              onExit={() => setPresenting(false)}
              keyChart={<PresentationKeyChart dataset={dataset} selection={state.selection} filter={filter} />}
              legend={legend}
              sourceFooter={buildSourceFooter(dataset, state.selection)}
            />
          )}
        </main>
        <DashboardTimebar
          dataset={dataset}
          features={mapFeatures}
          userLayers={imported.userLayers}
          hiddenIds={imported.hiddenIds}
          time={state.time}
          liveRange={time.live}
          theme={state.theme}
          onRangeChange={time.onTimeChange}
          onPreset={time.onPreset}
          onHoverMonth={time.setHighlight}
          onChooseEvent={chooseEvent}
          selectedId={state.selection[0] ?? null}
        />
        <PanelsStatus live={time.live} settled={panels.current} />
        <ChartsReadyContext value={mapStarted}>
          <PanelColumn
            dataset={dataset}
            selection={state.selection}
            filter={panels.filter}
            onClearSelection={onClearSelection}
            onSelectFeature={onSelectFeature}
            onShowEvent={chooseEvent}
            onYearClick={time.onYearClick}
            onYearHover={time.onYearHover}
            onToggleCommodity={onToggleCommodity}
            initialTab={initialBriefing ? 'briefing' : initialState.area ? 'area' : 'panels'}
            areaReport={area.panel}
            areaTabRequest={area.drawnCount}
            importedDetails={vessels.provide(vessels.aisVesselDetails, <ImportedSelectionDetails controller={imported} />)}
            vesselDetails={vessels.vesselDetails}
            aisEvents={vessels.provide(<AisEventsPanel controller={imported} />)}
            briefing={briefing}
          />
        </ChartsReadyContext>
      </ChartThemeContext>
    </div>
  );
}
