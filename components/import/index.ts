// The user's own data (issue 9): what the dashboard root wires in.
export { AisEventDetails } from './ais-event-details';
export type { AisEventDetailsProps } from './ais-event-details';
export { AisEventsPanel } from './ais-events-panel';
export { DropOverlay } from './drop-overlay';
export { CandidateAreaDetails, ImportedFeatureDetails } from './imported-feature-details';
export { ImportedLegendGroups } from './imported-legend';
export { ImportedSelectionDetails } from './imported-selection-details';
export { ImportedTooltip } from './imported-tooltip';
export { ImportPanel } from './import-panel';
export { curatedPortPoints } from './port-points';
export { useFileDrop } from './use-file-drop';
export type { FileDrop, FileDropProps } from './use-file-drop';
export { useImportedData } from './use-imported-data';
export type { ImportedDataController, UseImportedDataOptions } from './use-imported-data';
export { importedTooltipFor, resolveImportedPick } from '@/components/import/user-layer-picking';
export type { ImportedSelection, ImportedTooltipContent } from '@/components/import/user-layer-picking';
