import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { featuresNamedBySelection, findTimelineEvent } from './timeline-lookup';

const dataset = getDataset();

describe('timeline lookup', () => {
  it('finds an event by id, and nothing for a feature id', () => {
    expect(findTimelineEvent(dataset, 'event-2017-12-22-unscr-2397')?.title).toBe('UNSCR 2397');
    expect(findTimelineEvent(dataset, 'port-rajin')).toBeUndefined();
  });

  it("gives the features a selected event names, for the map's highlight, and none for other selections", () => {
    const reopens = findTimelineEvent(dataset, 'event-2013-09-22-khasan-rajin-reopens')!;
    expect(reopens.featureIds).toContain('rail-khasan-rajin');
    expect(featuresNamedBySelection(dataset, [reopens.id])).toEqual(reopens.featureIds);
    expect(featuresNamedBySelection(dataset, ['event-2017-12-22-unscr-2397'])).toEqual([]);
    expect(featuresNamedBySelection(dataset, ['port-rajin'])).toEqual([]);
    expect(featuresNamedBySelection(dataset, [])).toEqual([]);
  });
});
