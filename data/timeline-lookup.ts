import type { Dataset } from './dataset-types';
import type { TimelineEvent } from './schema/timeline';

const eventsById = new WeakMap<Dataset, ReadonlyMap<string, TimelineEvent>>();

/** Looks a timeline event up by id. */
export function findTimelineEvent(dataset: Dataset, id: string): TimelineEvent | undefined {
  let byId = eventsById.get(dataset);
  if (!byId) {
    byId = new Map(dataset.timeline.map((e) => [e.id, e]));
    eventsById.set(dataset, byId);
  }
  return byId.get(id);
}
