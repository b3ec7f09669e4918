'use client';

import { memo, useCallback, useMemo } from 'react';
import { COMMODITIES, TIMELINE_KIND_LABELS, findTimelineEvent, type Dataset, type TimelineKind } from '@/data';
import type { FeatureLists } from '@/data/filter/filtered-dataset';
import { datasetTimeBounds, type TimeRange } from '@/data/filter/time-rule';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import type { Theme } from '@/geo/basemap/basemap-theme';
import { Timebar } from '@/components/timebar/timebar';
import type { OnRangeChange } from '@/components/timebar/timebar-types';
import { useTimebarRows } from '@/components/timebar/use-timebar-rows';
import type { LiveRange } from '@/lib/timebar/live-range';
import { timelineMarks, type TrackMark } from '@/lib/timebar/event-tracks';
import type { TimePreset } from '@/lib/timebar/presets';
import { timeBounds } from '@/lib/timebar/time-bounds';

const kindLabel = (kind: string) => TIMELINE_KIND_LABELS[kind as TimelineKind] ?? kind;

export interface DashboardTimebarProps {
  dataset: Dataset;
  /** The features the commodity filter leaves: what the histogram counts. */
  features: FeatureLists;
  /** The user's layers: those shown get histogram rows, and their times widen the bounds. */
  userLayers: readonly UserLayer[];
  hiddenIds: readonly string[];
  /** The dashboard state's range. */
  time: TimeRange | null;
  /** The range while it moves (a drag, a held key, playback), ahead of `time`. */
  liveRange?: LiveRange;
  theme: Theme;
  onRangeChange: OnRangeChange;
  onPreset: (preset: TimePreset) => void;
  onHoverMonth: (month: TimeRange | null) => void;
  /** A timeline event's mark was clicked: select the event, for its details and the places it names. */
  onChooseEvent: (eventId: string) => void;
  /** The first selected id (a feature, vessel or timeline event), if any: a selected event's mark is shown pressed. */
  selectedId: string | null;
}

/** The timebar as the dashboard shows it: the data's histogram and timeline, bounds that follow the data and the range. */
export const DashboardTimebar = memo(function DashboardTimebar(props: DashboardTimebarProps) {
  const { dataset, features, hiddenIds, onChooseEvent } = props;
  const userLayers = useMemo(() => props.userLayers.filter((l) => !hiddenIds.includes(l.id)), [props.userLayers, hiddenIds]);
  const datasetBounds = useMemo(() => datasetTimeBounds(dataset), [dataset]);
  const recordSpan = useMemo(() => timeBounds(datasetBounds, userLayers), [datasetBounds, userLayers]);
  // The band also holds a selected range that lies outside the records; the same object while its ends stay, so
  // what depends on the bounds is not rebuilt for each range change.
  const [from, to] = timeBounds(recordSpan, [], props.time);
  const bounds = useMemo<TimeRange>(() => [from, to], [from, to]);
  const all = useMemo(
    () => [...features.stsIncidents, ...features.seaRoutes, ...features.stsZones, ...features.railLinks, ...features.places],
    [features],
  );
  const rows = useTimebarRows(all, COMMODITIES, userLayers, props.theme);
  const marks = useMemo(() => timelineMarks(dataset.timeline), [dataset]);
  const { selectedId } = props;
  const selectedMarkId = selectedId !== null && findTimelineEvent(dataset, selectedId) ? selectedId : null;
  const selectMark = useCallback((mark: TrackMark) => onChooseEvent(mark.id), [onChooseEvent]);
  return (
    <Timebar
      bounds={bounds}
      recordSpan={recordSpan}
      range={props.time}
      live={props.liveRange}
      onRangeChange={props.onRangeChange}
      rows={rows}
      marks={marks}
      kindLabel={kindLabel}
      selectedMarkId={selectedMarkId}
      onSelectMark={selectMark}
      onHoverMonth={props.onHoverMonth}
      onPreset={props.onPreset}
    />
  );
});
