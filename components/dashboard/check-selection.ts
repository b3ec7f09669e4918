import { findFeature, findTimelineEvent, findVessel, type Dataset } from '@/data';
import type { ParsedDashboardState } from '@/lib/dashboard-state';

/**
 * A selection from a link must name a feature, a vessel record or a timeline event that exists; otherwise it is
 * dropped and the user told which id was unknown.
 */
export function checkSelectionExists(dataset: Dataset, { state, notices }: ParsedDashboardState): ParsedDashboardState {
  const exists = (id: string) => findFeature(dataset, id) !== undefined || findVessel(dataset, id) !== undefined || findTimelineEvent(dataset, id) !== undefined;
  const unknown = state.selection.filter((id) => !exists(id));
  if (unknown.length === 0) return { state, notices };
  return {
    state: { ...state, selection: state.selection.filter(exists) },
    notices: [...notices, `No feature, vessel or timeline event with id "${unknown[0]}" exists; the selection was cleared.`],
  };
}
