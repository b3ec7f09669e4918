'use client';

import { findFeature, type Commodity, type Dataset } from '@/data';
import { DetailsPanel } from '@/components/panels/details-panel';
import { OverviewPanel } from '@/components/panels/overview-panel';
import { SelectionCharts } from '@/components/panels/selection-charts';
import type { FeatureFilter } from '@/lib/feature-filter';

export interface PanelColumnProps {
  dataset: Dataset;
  selection: readonly string[];
  filter: FeatureFilter;
  onClearSelection: () => void;
  onSelectFeature: (featureId: string) => void;
  onYearClick: (year: number) => void;
  onYearHover: (year: number | null) => void;
  onToggleCommodity: (commodity: Commodity) => void;
}

/** The right column: Details and the selection's charts, or the overview when nothing is selected. */
export function PanelColumn(props: PanelColumnProps) {
  const { dataset, selection, filter } = props;
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
      <DetailsPanel selection={selection} dataset={dataset} onClear={props.onClearSelection} />
      {selected ? (
        <SelectionCharts {...chartProps} feature={selected} onSelectFeature={props.onSelectFeature} />
      ) : (
        <OverviewPanel {...chartProps} />
      )}
    </aside>
  );
}
