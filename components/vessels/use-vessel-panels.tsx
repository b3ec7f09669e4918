'use client';

import { createElement, useCallback, useMemo, type ReactNode } from 'react';
import { findFeature, vesselDisplayName, type AnyFeature, type Dataset, type StsIncidentFeature } from '@/data';
import type { FilteredDataset } from '@/data/filter/filtered-dataset';
import type { StsZone } from '@/geo/analysis/vessels';
import type { MapLayerId } from '@/geo/layers/map-layers';
import type { VesselMarkData } from '@/geo/layers/vessel-mark-layers';
import type { MapView } from '@/geo/map-view';
import type { DashboardState } from '@/lib/dashboard-state';
import type { SearchableVessel } from '@/lib/vessels/vessel-search';
import { viewForVesselMarks } from '@/lib/vessels/vessel-view';
import { currentMapFrame } from '@/components/map/map-frame';
import type { ImportedDataController } from '@/components/import';
import type { VesselListItem } from '@/components/ui/feature-list';
import { useLinkedIds } from '@/components/dashboard/use-linked-layers';
import { AisVesselDossier } from './ais-vessel-dossier';
import { SanctionsListsPanel } from './sanctions-lists-panel';
import type { SanctionsListsController } from './use-sanctions-lists';
import { useVesselData, type AisVesselRef } from './use-vessel-data';
import { VesselContext, type VesselContextValue } from './vessel-context';
import { VesselDossier } from './vessel-dossier';
import { VesselLegendGroup } from './vessel-legend';

const zonesOf = new WeakMap<Dataset, StsZone[]>();

/** The curated STS zones as the red-flag rule takes them (id, polygon, English name); the same array per dataset. */
export function curatedStsZones(dataset: Dataset): StsZone[] {
  let zones = zonesOf.get(dataset);
  if (!zones) {
    zones = dataset.stsZones.features.map((z) => ({ type: 'Feature', id: z.id, geometry: z.geometry, properties: { name: z.properties.name.en } }));
    zonesOf.set(dataset, zones);
  }
  return zones;
}

/** What the dashboard gives the vessel parts: its data, and its state with the one way to change it. */
export interface VesselPanelsOptions {
  dataset: Dataset;
  imported: ImportedDataController;
  lists: SanctionsListsController;
  /** What the panels show (the filter once a moving range rests). */
  filtered: FilteredDataset;
  /** Incidents the commodity filter leaves: the map's, filtered by time on the GPU. */
  mapIncidents: readonly StsIncidentFeature[];
  /** The selection, the visible layers and the saved list ids in the link (`lists=`). */
  state: Pick<DashboardState, 'selection' | 'layers' | 'sanctionsLists'>;
  update: (change: Partial<DashboardState>) => void;
}

export interface VesselPanels {
  /** Selection ids the map highlights: the selection and, for a vessel, its incidents and routes. */
  highlight: readonly string[];
  marks: VesselMarkData;
  sidebar: {
    searchableVessels: readonly SearchableVessel[];
    onChooseVessel: (vessel: SearchableVessel) => void;
    vesselItems: readonly VesselListItem[];
    onChooseVesselId: (vesselId: string) => void;
  };
  listsPanel: ReactNode;
  /** The curated vessel's dossier, when the selection is a vessel. */
  vesselDetails: ReactNode;
  aisVesselDetails: ReactNode;
  legend: ReactNode;
  /** Wraps panels that read which vessels are listed (the import panels) in the vessel context. */
  provide: (...children: ReactNode[]) => ReactNode;
}

/**
 * The dashboard's vessel parts, wired: list matches and AIS vessels (`useVesselData`), the saved lists in the link,
 * the dossiers, the lists panel, search and the feature list's Vessels group, the map marks and their legend.
 */
export function useVesselPanels({ dataset, imported, lists, filtered, mapIncidents, state, update }: VesselPanelsOptions): VesselPanels {
  const { selection, layers: visibleLayers } = state;
  const data = useVesselData({ dataset, imported, lists, selection, mapIncidents });
  const { selectAisVessel, selectedVesselId, selectedAis } = data;
  const savedOnPage = useMemo(() => lists.lists.flatMap((l) => (l.savedId ? [l.savedId] : [])), [lists.lists]);
  const onLinkedListsChange = useCallback((sanctionsLists: string[]) => update({ sanctionsLists }), [update]);
  useLinkedIds(state.sanctionsLists, savedOnPage, lists.openSaved, onLinkedListsChange);
  // Choosing a curated vessel or feature closes an AIS vessel's dossier: one vessel at a time is highlighted.
  const onSelect = useCallback(
    (id: string) => {
      selectAisVessel(null);
      update({ selection: [id] });
    },
    [update, selectAisVessel],
  );
  const onFrame = useCallback((view: MapView, layers: MapLayerId[]) => update({ view, layers }), [update]);

  const shownFeatureIds = useMemo(() => new Set(filtered.shown.map((f) => f.id)), [filtered.shown]);
  const highlight = useMemo(() => [...selection, ...data.highlightedFeatureIds], [selection, data.highlightedFeatureIds]);
  const openAisVessel = useCallback((ref: AisVesselRef) => selectAisVessel(ref), [selectAisVessel]);

  const frame = useCallback(
    (features: AnyFeature[], mmsis: ReadonlySet<string>) => {
      const tracks = data.aisVessels.filter((v) => mmsis.has(v.mmsi) && v.track).map((v) => v.track!);
      const view = viewForVesselMarks(features, tracks, data.eventsOf(mmsis), currentMapFrame());
      const needed: MapLayerId[] = features.some((f) => f.properties.kind === 'sea-route') ? ['incidents', 'routes'] : ['incidents'];
      if (view) onFrame(view, [...visibleLayers, ...needed.filter((l) => !visibleLayers.includes(l))]);
    },
    [data, onFrame, visibleLayers],
  );

  const vesselItems = useMemo(
    () =>
      [...dataset.vessels]
        .sort((a, b) => vesselDisplayName(a).localeCompare(vesselDisplayName(b)))
        .map((v) => ({ id: v.id, label: vesselDisplayName(v), detail: [v.imo ? `IMO ${v.imo.value}` : 'IMO not published', ...v.names.slice(1).map((n) => `also “${n.name}”`)].join(' · ') })),
    [dataset.vessels],
  );
  const onChooseVessel = useCallback(
    (v: SearchableVessel) => (v.kind === 'curated' ? onSelect(v.key) : v.userLayerId && selectAisVessel({ userLayerId: v.userLayerId, mmsi: v.key })),
    [onSelect, selectAisVessel],
  );

  const vesselDetails = selectedVesselId ? (
    <VesselDossier
      dataset={dataset}
      vesselId={selectedVesselId}
      shownFeatureIds={shownFeatureIds}
      listMatches={data.matches.curated.get(selectedVesselId) ?? []}
      listsLoaded={lists.lists.length}
      aisLinks={data.curatedLinks
        .filter((l) => l.entry.entryId === selectedVesselId)
        .flatMap((match) => data.aisVessels.filter((v) => v.mmsi === match.vesselId).map((vessel) => ({ vessel, match })))}
      onClear={() => update({ selection: [] })}
      onSelectFeature={onSelect}
      onShowOnMap={() => {
        selectAisVessel(null);
        const linked = new Set(data.curatedLinks.filter((l) => l.certainty === 'exact' && l.entry.entryId === selectedVesselId).map((l) => l.vesselId));
        frame(data.highlightedFeatureIds.flatMap((id) => findFeature(dataset, id) ?? []), linked);
      }}
      onOpenAisVessel={openAisVessel}
    />
  ) : null;

  const aisVesselDetails = selectedAis ? (
    <AisVesselDossier
      dataset={dataset}
      vessel={selectedAis}
      redFlags={data.redFlagsOf(selectedAis)}
      listMatches={data.matches.ais.get(selectedAis.mmsi) ?? []}
      listsLoaded={lists.lists.length}
      curatedLinks={data.curatedLinks.filter((l) => l.vesselId === selectedAis.mmsi)}
      onShowOnMap={() => frame([], new Set([selectedAis.mmsi]))}
      onSelectEvent={(eventId) => imported.select({ kind: 'event', userLayerId: selectedAis.userLayerId, eventId }, { flyTo: true })}
      onSelectVessel={onSelect}
      onClose={() => selectAisVessel(null)}
    />
  ) : null;

  const context = useMemo<VesselContextValue>(
    () => ({
      listsLoaded: lists.lists.length,
      listedMmsis: data.matches.listedMmsis,
      exportNotes: data.exportNotes,
      openAisVessel: (userLayerId, mmsi) => selectAisVessel({ userLayerId, mmsi }),
    }),
    [lists.lists.length, data.matches.listedMmsis, data.exportNotes, selectAisVessel],
  );

  const listed = lists.lists.length > 0;
  const vesselSelected = selectedVesselId !== null || selectedAis !== null;
  const trackShown = data.marks.tracks.length > 0;
  // The same element while its three facts hold, so the memoised legend skips the dashboard's other renders.
  const legend = useMemo(
    () => <VesselLegendGroup listed={listed} vesselSelected={vesselSelected} trackShown={trackShown} />,
    [listed, vesselSelected, trackShown],
  );

  return {
    highlight,
    marks: data.marks,
    sidebar: { searchableVessels: data.searchable, onChooseVessel, vesselItems, onChooseVesselId: onSelect },
    listsPanel: (
      <SanctionsListsPanel dataset={dataset} lists={lists} matches={data.matches} aisVessels={data.aisVessels} onSelectVessel={onSelect} onOpenAisVessel={openAisVessel} />
    ),
    vesselDetails,
    aisVesselDetails,
    legend,
    // createElement with the children as arguments: static children, which need no keys.
    provide: (...children) => createElement(VesselContext, { value: context }, ...children),
  };
}
