import type { Dataset } from './dataset-types';
import { lookupById } from './lookup-by-id';

/** Looks a timeline event up by id. */
export const findTimelineEvent = lookupById((dataset) => dataset.timeline);

/** The map features named by the timeline events in a selection: the map highlights them with it. */
export function featuresNamedBySelection(dataset: Dataset, selection: readonly string[]): string[] {
  return selection.flatMap((id) => findTimelineEvent(dataset, id)?.featureIds ?? []);
}
