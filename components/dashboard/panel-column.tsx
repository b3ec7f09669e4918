'use client';

import { memo, useState, type ReactNode } from 'react';
import { findFeature, findVessel, type Commodity, type Dataset } from '@/data';
import { DetailsPanel } from '@/components/panels/details-panel';
import { OverviewPanel } from '@/components/panels/overview-panel';
import { SelectionCharts } from '@/components/panels/selection-charts';
import type { FeatureFilter } from '@/data/filter/feature-filter';

export interface PanelColumnProps {
  dataset: Dataset;
  selection: readonly string[];
  filter: FeatureFilter;
  onClearSelection: () => void;
  onSelectFeature: (featureId: string) => void;
  /** Selects a timeline event and frames the places it names. */
  onShowEvent: (eventId: string) => void;
  onYearClick: (year: number) => void;
  onYearHover: (year: number | null) => void;
  onToggleCommodity: (commodity: Commodity) => void;
  /** The briefing editor, shown in its own tab. */
  briefing: ReactNode;
  /** Details of the user's own data (above the curated Details) and the AIS events panel (below it). */
  importedDetails?: ReactNode;
  aisEvents?: ReactNode;
  initialTab: 'panels' | 'area' | 'briefing';
  /** The area report, in its own tab. */
  areaReport?: ReactNode;
  /** Changes each time an area is drawn: the Area tab then opens. */
  areaTabRequest?: number;
  /** A vessel's dossier, shown in place of the feature Details when the selection is a vessel record. */
  vesselDetails?: ReactNode;
}

/**
 * The right column, in two tabs: Details with the selection's charts (or the overview when nothing is
 * selected), and the briefing editor. Both stay mounted so switching keeps their state.
 */
export function PanelColumn(props: PanelColumnProps) {
  const { dataset, selection, filter } = props;
  const [tab, setTab] = useState(props.initialTab);
  // Adjusting state to a changed prop during render (not in an effect): a newly drawn area shows its report.
  const [seenAreaRequest, setSeenAreaRequest] = useState(props.areaTabRequest);
  if (props.areaTabRequest !== seenAreaRequest) {
    setSeenAreaRequest(props.areaTabRequest);
    setTab('area');
  }
  const selected = selection[0] ? findFeature(dataset, selection[0]) : undefined;
  const chartProps = {
    dataset,
    filter,
    onYearClick: props.onYearClick,
    onYearHover: props.onYearHover,
    onToggleCommodity: props.onToggleCommodity,
  };
  return (
    <aside className="side-panel" aria-label="Panels">
      <div className="tabs" role="tablist" aria-label="Panel">
        <button type="button" role="tab" aria-selected={tab === 'panels'} onClick={() => setTab('panels')}>
          Details and charts
        </button>
        {props.areaReport && (
          <button type="button" role="tab" aria-selected={tab === 'area'} onClick={() => setTab('area')}>
            Area
          </button>
        )}
        <button type="button" role="tab" aria-selected={tab === 'briefing'} onClick={() => setTab('briefing')}>
          Briefing
        </button>
      </div>
      <div role="tabpanel" aria-label="Details and charts" hidden={tab !== 'panels'}>
        {props.importedDetails}
        {selection[0] && findVessel(dataset, selection[0]) && props.vesselDetails ? (
          props.vesselDetails
        ) : (
          <DetailsPanel
            selection={selection}
            dataset={dataset}
            onClear={props.onClearSelection}
            onSelect={props.onSelectFeature}
            onShowEvent={props.onShowEvent}
          />
        )}
        {props.aisEvents}
        {selected ? (
          <SelectionCharts {...chartProps} feature={selected} onSelectFeature={props.onSelectFeature} />
        ) : (
          <OverviewPanel {...chartProps} />
        )}
      </div>
      {props.areaReport && (
        <TabPanel label="Area report" hidden={tab !== 'area'}>
          {props.areaReport}
        </TabPanel>
      )}
      <TabPanel label="Briefing" hidden={tab !== 'briefing'}>
        {props.briefing}
      </TabPanel>
    </aside>
  );
}

/** A tab's panel; memoised, so a column render that hands it the same content leaves it alone. */
const TabPanel = memo(function TabPanel({ label, hidden, children }: { label: string; hidden: boolean; children: ReactNode }) {
  return (
    <div role="tabpanel" aria-label={label} hidden={hidden}>
      {children}
    </div>
  );
});
