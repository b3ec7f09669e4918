'use client';

import { AisEventDetails } from './ais-event-details';
import { CandidateAreaDetails, ImportedFeatureDetails } from './imported-feature-details';
import type { ImportedDataController } from './use-imported-data';

/** Details of whatever is selected among the user's data (a feature, an AIS event, a candidate area), or nothing. */
export function ImportedSelectionDetails({ controller }: { controller: ImportedDataController }) {
  const clear = () => controller.select(null);
  if (controller.selectedEvent) {
    return <AisEventDetails event={controller.selectedEvent.event} userLayer={controller.selectedEvent.userLayer} tracks={controller.selectedTracks} onClose={clear} />;
  }
  if (controller.selectedFeature) {
    return <ImportedFeatureDetails feature={controller.selectedFeature.feature} userLayer={controller.selectedFeature.userLayer} onClose={clear} />;
  }
  if (controller.selectedArea) {
    return <CandidateAreaDetails area={controller.selectedArea.area} userLayer={controller.selectedArea.userLayer} onClose={clear} />;
  }
  return null;
}
