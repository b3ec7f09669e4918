'use client';

import { useCallback, type ReactNode } from 'react';
import type { AnyFeature, Commodity, TimelineEvent } from '@/data';
import { CommodityFilter } from '@/components/filters/commodity-filter';
import { FilterCount } from '@/components/filters/filter-count';
import { LayerControl } from '@/components/map/layer-control';
import { FeatureList, type VesselListItem } from '@/components/ui/feature-list';
import { SearchBox } from '@/components/ui/search-box';
import type { SearchableVessel } from '@/lib/vessels/vessel-search';
import type { FilteredDataset } from '@/data/filter/filtered-dataset';
import type { MapLayerId } from '@/geo/layers/map-layers';
import type { Theme } from '@/geo/basemap/basemap-theme';

export interface ExploreSidebarProps {
  filtered: FilteredDataset;
  layers: readonly MapLayerId[];
  commodities: readonly Commodity[];
  /** The map's theme: the commodity filter's colour chips match what the map and the timebar draw. */
  theme: Theme;
  selectedId: string | undefined;
  onLayersChange: (layers: MapLayerId[]) => void;
  onCommoditiesChange: (commodities: Commodity[]) => void;
  onChooseFeature: (feature: AnyFeature, additive: boolean) => void;
  /** The user's own data: import, progress, the imported datasets. */
  importPanel?: ReactNode;
  /** Vessels: found by search (curated and the user's AIS) and listed in the feature list (curated). */
  searchableVessels?: readonly SearchableVessel[];
  onChooseVessel?: (vessel: SearchableVessel) => void;
  vesselItems?: readonly VesselListItem[];
  onChooseVesselId?: (vesselId: string) => void;
  /** Timeline events, found by search and opened in the details panel. */
  events: readonly TimelineEvent[];
  onChooseEvent: (eventId: string) => void;
}

/** The left column: search, layers, the commodity filter, and the list of what is shown (time is the timebar's). */
export function ExploreSidebar(props: ExploreSidebarProps) {
  const { filtered, onChooseFeature } = props;
  const chooseFound = useCallback((feature: AnyFeature) => onChooseFeature(feature, false), [onChooseFeature]);
  return (
    <aside className="sidebar" aria-label="Explore">
      <SearchBox
        features={filtered.shown}
        onChoose={chooseFound}
        vessels={props.searchableVessels}
        onChooseVessel={props.onChooseVessel}
        events={props.events}
        onChooseEvent={props.onChooseEvent}
      />
      <LayerControl visible={props.layers} onChange={props.onLayersChange} />
      {props.importPanel}
      <CommodityFilter selected={props.commodities} theme={props.theme} onChange={props.onCommoditiesChange} />
      <FilterCount shown={filtered.shown.length} total={filtered.total} />
      <FeatureList
        features={filtered.shown}
        selectedId={props.selectedId}
        onChoose={onChooseFeature}
        vessels={props.vesselItems}
        onChooseVessel={props.onChooseVesselId}
      />
    </aside>
  );
}
