'use client';

import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { COMMODITIES, type Dataset } from '@/data';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { filterDataset } from '@/data/filter/filtered-dataset';
import { sameRange } from '@/data/filter/time-rule';
import { whenRested, type LiveRange } from '@/lib/timebar/live-range';
import { useStableWhileEqual } from '@/components/ui/use-stable-while-equal';

/**
 * How long the time range must rest before the panels follow it. A drag or a fast playback moves the range every
 * frame; the map follows each move on the GPU, while the list, counts and charts (recharts, hundreds of DOM nodes)
 * are redrawn once the range rests. Below a frame pair's worth of a slow machine, above a held key's repeat.
 */
export const RANGE_SETTLE_MS = 200;

const sameItems = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * The filter the panels show. A change of the commodities (or the first filter) is taken at once; a change of the
 * time range alone is taken when the range has rested for `settleMs` and no move is under way in `live` (see
 * whenRested): otherwise a drag that paused long enough to reach the state and went on would have the panels drawing
 * that range in mid-drag, in a background render that each later step interrupts and restarts, its work thrown away. A drag costs the panels one redraw, at its end.
 * `current`: the panels show `filter` already.
 */
export function useSettledFilter(
  filter: FeatureFilter,
  live?: LiveRange,
  settleMs = RANGE_SETTLE_MS,
): { settled: FeatureFilter; current: boolean } {
  const [settled, setSettled] = useState(filter);
  const commoditiesKept = sameItems(settled.commodities, filter.commodities);
  const rangeKept = sameRange(settled.time, filter.time);
  useEffect(() => {
    if (commoditiesKept && rangeKept) return;
    if (!commoditiesKept) {
      const timer = setTimeout(() => setSettled(filter), 0);
      return () => clearTimeout(timer);
    }
    return whenRested(live, filter.time, settleMs, () => setSettled(filter));
  }, [filter, commoditiesKept, rangeKept, live, settleMs]);
  // Only a moving range waits: anything else is shown as it is (the effect above then catches the state up).
  if (!commoditiesKept) return { settled: filter, current: true };
  if (rangeKept) return { settled, current: true };
  return { settled, current: false };
}

/**
 * What the panels show: the filter once a moving range rests (useSettledFilter), taken in a background render that a
 * newer change interrupts; the features it leaves; the commodities the legend lists; and whether all that is current.
 * The map and the filter controls take a change at once, so a drag or playback redraws the map every frame and the
 * panels once.
 */
export function usePanelFilter(dataset: Dataset, filter: FeatureFilter, live?: LiveRange) {
  const settledFilter = useSettledFilter(filter, live);
  const panelFilter = useDeferredValue(settledFilter.settled);
  // Kept while the same features pass: a range moved by a week mostly leaves them, and the list, search and counts
  // (memoised on it) then skip the change.
  const filtered = useStableWhileEqual(useMemo(() => filterDataset(dataset, panelFilter), [dataset, panelFilter]));
  // Kept while the same commodities are present, so that the (memoised) legend skips a range change that leaves them.
  const legendCommodities = useStableWhileEqual(
    useMemo(() => {
      const present = new Set([...filtered.seaRoutes.map((r) => r.properties.commodity), ...filtered.stsIncidents.map((i) => i.properties.commodity)]);
      return COMMODITIES.filter((c) => present.has(c));
    }, [filtered]),
  );
  return { filter: panelFilter, filtered, legendCommodities, current: settledFilter.current && panelFilter === settledFilter.settled };
}
