// Vessels (issue 14): dossiers, sanctions lists and their matches, what the dashboard root wires in.
export { useSanctionsLists } from './use-sanctions-lists';
export { curatedStsZones, useVesselPanels } from './use-vessel-panels';
