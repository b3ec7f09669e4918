import { recordSpan, type DaySpan, type DatedRecord } from '@/data/filter/time-rule';
import { xOfDay, type TimeView } from './time-scale';

/** A dated event drawn on a track of the timebar: a mark to hover (its title) and click (it selects the event). */
export interface TrackMark {
  id: string;
  span: DaySpan;
  /** Its colour group, e.g. a timeline kind ("resolution", "summit"). */
  kind: string;
  title: string;
}

export interface TimelineEventLike extends DatedRecord {
  id: string;
  kind: string;
  title: string;
}

/** Timeline events as marks, by date (their span follows the one time rule: a month-dated report covers the month). */
export function timelineMarks(events: readonly TimelineEventLike[]): TrackMark[] {
  return events
    .map((e) => ({ id: e.id, span: recordSpan(e), kind: e.kind, title: e.title }))
    .sort((a, b) => a.span[0] - b.span[0] || a.id.localeCompare(b.id));
}

/** A mark placed for drawing: x and width in px, and its lane (row) on the track. */
export interface PlacedMark {
  mark: TrackMark;
  x: number;
  widthPx: number;
  lane: number;
}

/**
 * Places the marks inside the view on up to `maxLanes` lanes so that no two in a lane come within `gapPx` of each
 * other: each mark takes the first lane with room. A mark that finds none goes on the last lane (overlapping it)
 * rather than disappearing. A mark is at least `minWidthPx` wide, so a one-day event stays hoverable at any zoom.
 */
export function placeMarks(
  marks: readonly TrackMark[],
  view: TimeView,
  widthPx: number,
  { maxLanes = 3, gapPx = 2, minWidthPx = 6 }: { maxLanes?: number; gapPx?: number; minWidthPx?: number } = {},
): PlacedMark[] {
  const laneEnds: number[] = [];
  const placed: PlacedMark[] = [];
  for (const mark of marks) {
    const left = xOfDay(view, widthPx, mark.span[0]);
    const right = xOfDay(view, widthPx, mark.span[1] + 1);
    if (right < 0 || left > widthPx) continue;
    const width = Math.max(minWidthPx, right - left);
    // A narrow mark is centred on its span, so a one-day event sits on its day.
    const x = width > right - left ? (left + right) / 2 - width / 2 : left;
    let lane = laneEnds.findIndex((end) => end + gapPx <= x);
    if (lane === -1) lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? Number.NEGATIVE_INFINITY, x + width);
    placed.push({ mark, x, widthPx: width, lane });
  }
  return placed;
}
