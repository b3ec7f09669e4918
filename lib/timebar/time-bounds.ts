import { dayOfDate, dayOfMs } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import type { UserLayer } from '@/geo/analysis/user-data/types';

/**
 * The span the time controls cover: the curated data's (`datasetTimeBounds`) widened to hold the user's layers'
 * times, so imported positions from outside the atlas's years can be selected too, and the selected range, so a
 * link or slide whose range lies outside them (a layer of 2026 since removed, a hand-written link) shows its range on
 * the band, with handles to drag, rather than off its edge. Without any dates at all, the current year.
 */
export function timeBounds(
  datasetBounds: TimeRange | null,
  userLayers: readonly UserLayer[],
  range: TimeRange | null = null,
  today: Date = new Date(),
): TimeRange {
  let from = Math.min(datasetBounds?.[0] ?? Number.POSITIVE_INFINITY, range?.[0] ?? Number.POSITIVE_INFINITY);
  let to = Math.max(datasetBounds?.[1] ?? Number.NEGATIVE_INFINITY, range?.[1] ?? Number.NEGATIVE_INFINITY);
  for (const layer of userLayers) {
    if (!layer.timeExtent) continue;
    from = Math.min(from, dayOfMs(layer.timeExtent[0]));
    to = Math.max(to, dayOfMs(layer.timeExtent[1]));
  }
  if (from <= to) return [from, to];
  const year = today.getUTCFullYear();
  return [dayOfDate(year, 1, 1), dayOfDate(year, 12, 31)];
}
