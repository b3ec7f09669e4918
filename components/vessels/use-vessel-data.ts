'use client';

import { useCallback, useMemo, useState } from 'react';
import { findVessel, type Dataset, type StsIncidentFeature } from '@/data';
import type { AisEvent } from '@/geo/analysis/ais';
import type { EventVesselNotes } from '@/geo/analysis/user-data/export-user-layer';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';
import { shownEvents } from '@/geo/analysis/user-data/export-user-layer';
import type { AisRedFlag, VesselListMatch } from '@/geo/analysis/vessels';
import type { MarkedTrack, VesselMarkData } from '@/geo/layers/vessel-mark-layers';
import { aisVesselsOf, eventVesselRefs, type AisVessel } from '@/lib/vessels/ais-vessels';
import { linkAisToCurated, matchLoadedLists, redFlagsWithStated, statedFlagsByMmsi, type ListMatches } from '@/lib/vessels/list-matching';
import { describeRedFlag, matchExportText } from '@/lib/vessels/red-flag-text';
import { vesselFeatureIds } from '@/lib/vessels/vessel-dossier';
import { curatedSearchable, type SearchableVessel } from '@/lib/vessels/vessel-search';
import { visibleKinds } from '@/components/import/ais-events-panel';
import type { ImportedDataController } from '@/components/import';
import type { SanctionsListsController } from './use-sanctions-lists';

/** An AIS vessel chosen for its dossier: which layer, which MMSI. */
export interface AisVesselRef {
  userLayerId: string;
  mmsi: string;
}

export interface VesselDataOptions {
  dataset: Dataset;
  imported: ImportedDataController;
  lists: SanctionsListsController;
  /** The dashboard selection: a vessel record id first selects that vessel. */
  selection: readonly string[];
  /** Incidents the commodity filter leaves (for the listed marks; the map applies the time range on the GPU). */
  mapIncidents: readonly StsIncidentFeature[];
}

export interface VesselData {
  matches: ListMatches;
  /** Which AIS vessels may be which curated vessels (`vesselId` the MMSI, `entry.entryId` the record id). */
  curatedLinks: readonly VesselListMatch[];
  aisVessels: readonly AisVessel[];
  searchable: readonly SearchableVessel[];
  /** The curated vessel the selection names, if any. */
  selectedVesselId: string | null;
  selectedAis: AisVessel | null;
  selectAisVessel(ref: AisVesselRef | null): void;
  /** An AIS vessel's red flags, with those that flags stated by lists and records add. */
  redFlagsOf(vessel: AisVessel): AisRedFlag[];
  /** Map features the selected vessel's dossier highlights (its incidents and routes). */
  highlightedFeatureIds: readonly string[];
  /** MMSIs whose AIS tracks and events the selected vessel's dossier highlights. */
  highlightedMmsis: ReadonlySet<string>;
  marks: VesselMarkData;
  /** The AIS events the map shows that involve any of these MMSIs. */
  eventsOf(mmsis: ReadonlySet<string>): AisEvent[];
  /** For the events export: lists and red flags per MMSI. */
  exportNotes: EventVesselNotes;
}

const EMPTY: never[] = [];

/** Events of the AIS layers the map shows, as it shows them (kinds switched on, inside the time filter). */
function eventsOnMap({ userLayers, hiddenIds, visibleParts, time }: Pick<ImportedDataController, 'userLayers' | 'hiddenIds' | 'visibleParts' | 'time'>): AisEvent[] {
  const kinds = visibleKinds(visibleParts);
  return userLayers.filter((l): l is UserAisLayer => l.kind === 'ais' && !hiddenIds.includes(l.id)).flatMap((l) => shownEvents(l, time, kinds));
}

const involves = (mmsis: ReadonlySet<string>) => (e: AisEvent) => eventVesselRefs(e).some((v) => mmsis.has(v.mmsi));

/**
 * Everything vessel-related the dashboard derives: list matches for curated and AIS vessels, AIS vessels and their
 * red flags, what search finds, the selected vessel (curated from the link's selection, or an AIS vessel chosen in
 * the page) with what it highlights, and the marks the map draws.
 */
export function useVesselData({ dataset, imported, lists, selection, mapIncidents }: VesselDataOptions): VesselData {
  const [aisRef, setAisRef] = useState<AisVesselRef | null>(null);
  const aisVessels = useMemo(() => aisVesselsOf(imported.userLayers), [imported.userLayers]);
  const identities = useMemo(() => aisVessels.map((v) => v.identity), [aisVessels]);
  const loaded = useMemo(() => lists.lists.map((l) => l.list), [lists.lists]);
  const matches = useMemo(() => matchLoadedLists(loaded, dataset.vessels, identities), [loaded, dataset.vessels, identities]);
  const curatedLinks = useMemo(() => linkAisToCurated(dataset.vessels, identities), [dataset.vessels, identities]);
  const stated = useMemo(() => statedFlagsByMmsi(matches, curatedLinks, dataset.vessels), [matches, curatedLinks, dataset.vessels]);
  const redFlagsOf = useCallback((v: AisVessel) => redFlagsWithStated(v.identity, v.redFlags, stated.get(v.mmsi) ?? EMPTY), [stated]);

  const searchable = useMemo<SearchableVessel[]>(
    () => [
      ...dataset.vessels.map(curatedSearchable),
      ...aisVessels.map((v) => ({
        key: v.mmsi,
        kind: 'ais' as const,
        label: v.identity.names[0]?.value ?? `MMSI ${v.mmsi}`,
        names: v.identity.names.map((o) => o.value),
        imos: v.identity.imos.map((o) => o.value),
        mmsis: [v.mmsi],
        callSigns: v.identity.callSigns.map((o) => o.value),
        userLayerId: v.userLayerId,
      })),
    ],
    [dataset.vessels, aisVessels],
  );

  const selectedVesselId = selection[0] && findVessel(dataset, selection[0]) ? selection[0] : null;
  const selectedAis = useMemo(
    () => (aisRef ? (aisVessels.find((v) => v.userLayerId === aisRef.userLayerId && v.mmsi === aisRef.mmsi) ?? null) : null),
    [aisRef, aisVessels],
  );

  const highlightedFeatureIds = useMemo(() => (selectedVesselId ? vesselFeatureIds(dataset, selectedVesselId) : EMPTY), [dataset, selectedVesselId]);
  const highlightedMmsis = useMemo(() => {
    if (selectedAis) return new Set([selectedAis.mmsi]);
    if (!selectedVesselId) return new Set<string>();
    return new Set(curatedLinks.filter((l) => l.certainty === 'exact' && l.entry.entryId === selectedVesselId).map((l) => l.vesselId));
  }, [selectedAis, selectedVesselId, curatedLinks]);

  const { userLayers, hiddenIds, visibleParts, time } = imported;
  const events = useMemo(() => eventsOnMap({ userLayers, hiddenIds, visibleParts, time }), [userLayers, hiddenIds, visibleParts, time]);
  const marks = useMemo<VesselMarkData>(() => {
    const tracks: MarkedTrack[] = [];
    for (const v of aisVessels) {
      if (!v.track || !highlightedMmsis.has(v.mmsi) || hiddenIds.includes(v.userLayerId)) continue;
      tracks.push({ mmsi: v.mmsi, track: v.track, listed: matches.listedMmsis.has(v.mmsi) });
    }
    const listed = matches.listedVesselIds;
    return {
      incidents: dataset.stsIncidents.features,
      listedIncidents: listed.size === 0 ? EMPTY : mapIncidents.filter((i) => i.properties.vessels.some((v) => v.vesselId !== undefined && listed.has(v.vesselId))),
      listedEvents: matches.listedMmsis.size === 0 ? EMPTY : events.filter(involves(matches.listedMmsis)),
      tracks,
      highlightedEvents: highlightedMmsis.size === 0 ? EMPTY : events.filter(involves(highlightedMmsis)),
    };
  }, [aisVessels, highlightedMmsis, hiddenIds, matches, dataset.stsIncidents.features, mapIncidents, events]);

  const eventsOf = useCallback((mmsis: ReadonlySet<string>) => events.filter(involves(mmsis)), [events]);

  const exportNotes = useCallback<EventVesselNotes>(
    (mmsi) => {
      const listed = (matches.ais.get(mmsi) ?? EMPTY).map(matchExportText).join('; ');
      const vessels = aisVessels.filter((v) => v.mmsi === mmsi);
      const flags = vessels.flatMap(redFlagsOf).map((f) => describeRedFlag(f).title);
      const redFlags = [...new Set(flags)].join('; ');
      return listed || redFlags ? { listed, redFlags } : undefined;
    },
    [matches, aisVessels, redFlagsOf],
  );

  return {
    matches,
    curatedLinks,
    aisVessels,
    searchable,
    selectedVesselId,
    selectedAis,
    selectAisVessel: setAisRef,
    redFlagsOf,
    highlightedFeatureIds,
    highlightedMmsis,
    marks,
    eventsOf,
    exportNotes,
  };
}
