// The user's own data (issue 9): what the dashboard root wires in.
export { AisEventsPanel } from './ais-events-panel';
export { DropOverlay } from './drop-overlay';
export { ImportedSelectionDetails } from './imported-selection-details';
export { ImportPanel } from './import-panel';
export { curatedPortPoints } from './port-points';
export { useFileDrop } from './use-file-drop';
export { useImportedData } from './use-imported-data';
export type { ImportedDataController } from './use-imported-data';
