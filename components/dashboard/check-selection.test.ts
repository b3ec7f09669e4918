import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { parseDashboardState } from '@/lib/dashboard-state';
import { checkSelectionExists } from './check-selection';

const dataset = getDataset();
const check = (query: string) => checkSelectionExists(dataset, parseDashboardState(query));

describe('checkSelectionExists', () => {
  it('keeps a feature, a vessel record or a timeline event, as a link names them', () => {
    for (const id of ['port-rajin', 'vessel-chon-ma-san', 'event-2016-01-06-fourth-nuclear-test']) {
      const { state, notices } = check(`select=${id}`);
      expect(state.selection).toEqual([id]);
      expect(notices).toEqual([]);
    }
  });

  it('drops an id the dataset does not have, and says which', () => {
    const { state, notices } = check('select=event-no-such-event');
    expect(state.selection).toEqual([]);
    expect(notices).toEqual(['No feature, vessel or timeline event with id "event-no-such-event" exists; the selection was cleared.']);
  });
});
