import { lookupById } from './lookup-by-id';

/** Looks a timeline event up by id. */
export const findTimelineEvent = lookupById((dataset) => dataset.timeline);
