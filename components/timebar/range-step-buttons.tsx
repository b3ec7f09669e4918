'use client';

import { memo } from 'react';
import type { PlaybackStep, PlaybackWindow } from '@/lib/timebar/playback';
import styles from './timebar.module.css';

export interface RangeStepButtonsProps {
  /** How far a step goes, and whether it moves the whole range or its end: playback's own settings. */
  step: PlaybackStep;
  window: PlaybackWindow;
  canStepBack: boolean;
  canStepForward: boolean;
  /** Moves the range one step back (-1) or forward (1), as a change of its own (Back undoes it). */
  onStep: (direction: 1 | -1) => void;
}

const STEP_WORDS: Record<PlaybackStep, string> = { day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

/**
 * One step back or forward, by hand, beside the range's dates: what playback does on a timer, for a briefing that
 * walks through a month at a time. Memoised: a moving range does not draw it again.
 */
export const RangeStepButtons = memo(function RangeStepButtons({ step, window, canStepBack, canStepForward, onStep }: RangeStepButtonsProps) {
  const moves = window === 'sliding' ? 'the range' : 'the range’s end';
  return (
    <div className={styles.stepButtons} role="group" aria-label="Step the range">
      <button
        type="button"
        onClick={() => onStep(-1)}
        disabled={!canStepBack}
        aria-label={`Step back ${STEP_WORDS[step]}`}
        title={`Moves ${moves} back ${STEP_WORDS[step]} (the step and window of playback)`}
      >
        <StepIcon direction={-1} />
      </button>
      <button
        type="button"
        onClick={() => onStep(1)}
        disabled={!canStepForward}
        aria-label={`Step forward ${STEP_WORDS[step]}`}
        title={`Moves ${moves} forward ${STEP_WORDS[step]} (the step and window of playback)`}
      >
        <StepIcon direction={1} />
      </button>
    </div>
  );
});

/** A bar and a triangle pointing at it (drawn, not a glyph: the shipped fonts have no media symbols). */
function StepIcon({ direction }: { direction: 1 | -1 }) {
  return (
    <svg width="10" height="10" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <g fill="currentColor" transform={direction === -1 ? 'matrix(-1 0 0 1 12 0)' : undefined}>
        <path d="M1 1.5 L8 6 L1 10.5 Z" />
        <rect x="9" y="1.5" width="2" height="9" />
      </g>
    </svg>
  );
}
