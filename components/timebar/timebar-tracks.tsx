'use client';

import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { placeMarks, type TrackMark } from '@/lib/timebar/event-tracks';
import type { TimeView } from '@/lib/timebar/time-scale';
import { formatDayRange } from './format-day';
import styles from './timebar.module.css';

export interface TimebarTracksProps {
  marks: readonly TrackMark[];
  view: TimeView;
  widthPx: number;
  laneHeightPx: number;
  lanes: number;
  selectedId: string | null;
  kindLabel: (kind: string) => string;
  onSelect: (mark: TrackMark) => void;
  onHover: (mark: TrackMark | null) => void;
}

/**
 * The timeline events as marks on a few lanes: hover shows an event, a click selects it (and the map features it
 * concerns). One tab stop for the whole track; the arrow keys move between marks (a roving tabindex), so fifty
 * events do not take fifty presses of Tab.
 */
export const TimebarTracks = memo(function TimebarTracks(props: TimebarTracksProps) {
  const { marks, view, widthPx, laneHeightPx, lanes, selectedId, kindLabel, onSelect, onHover } = props;
  const placed = useMemo(() => (widthPx > 0 ? placeMarks(marks, view, widthPx, { maxLanes: lanes }) : []), [marks, view, widthPx, lanes]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const tabStop = placed.find((p) => p.mark.id === focusId) ?? placed.find((p) => p.mark.id === selectedId) ?? placed[0];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = placed.findIndex((p) => p.mark.id === (event.target as HTMLElement).dataset.markId);
    if (index === -1) return;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(placed.length - 1, index + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(0, index - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? placed.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const id = placed[next]!.mark.id;
    setFocusId(id);
    buttons.current.get(id)?.focus();
    onHover(placed[next]!.mark);
  };

  return (
    <div
      className={styles.tracks}
      style={{ height: lanes * laneHeightPx }}
      role="group"
      aria-label="Timeline events: arrow keys move between them, Enter selects"
      onKeyDown={onKeyDown}
      onPointerLeave={() => onHover(null)}
    >
      {placed.map(({ mark, x, widthPx: w, lane }) => (
        <button
          key={mark.id}
          ref={(el) => {
            if (el) buttons.current.set(mark.id, el);
            else buttons.current.delete(mark.id);
          }}
          type="button"
          data-mark-id={mark.id}
          data-kind={mark.kind}
          className={styles.mark}
          style={{ left: x, width: w, top: lane * laneHeightPx + 1, height: laneHeightPx - 2 }}
          tabIndex={mark.id === tabStop?.mark.id ? 0 : -1}
          aria-pressed={mark.id === selectedId}
          aria-label={`${mark.title} (${kindLabel(mark.kind)}, ${formatDayRange([mark.span[0], mark.span[1]])})`}
          onPointerEnter={() => onHover(mark)}
          onFocus={() => {
            setFocusId(mark.id);
            onHover(mark);
          }}
          onBlur={() => onHover(null)}
          onClick={() => onSelect(mark)}
        />
      ))}
    </div>
  );
});
