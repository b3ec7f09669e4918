'use client';

import { memo, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isoOfDay, parseIsoDay } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import type { LiveRange } from '@/lib/timebar/live-range';
import { useLiveSteps } from './use-live-range';
import styles from './timebar.module.css';

export interface DateFieldProps {
  label: string;
  /** Epoch day shown. */
  day: number;
  min: number;
  max: number;
  onCommit: (day: number) => void;
  /** The range while it moves, and this field's day and limits in it (null: no time filter): followed at each step. */
  live?: LiveRange | undefined;
  shownIn?: ((moving: TimeRange | null) => ShownDay) | undefined;
}

/** What a field shows: its day and the days it accepts. */
export interface ShownDay {
  day: number;
  min: number;
  max: number;
}

/**
 * A typed date (`YYYY-MM-DD`, or the browser's date picker). A date within min–max is taken as soon as it is whole;
 * while the year is being typed (0002, 0020, 0201…) nothing moves, and on leaving the field a date that is not
 * valid is put back, with a message saying why.
 */
export const DateField = memo(function DateField({ label, day, min, max, onCommit, live, shownIn }: DateFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const value = draft ?? isoOfDay(day);

  // While a range moves, the field shows the moving day and limits, written at each step as the handles and the
  // summary are (the state's arrive once the move rests, and are written back if it ends where it began); the day
  // never over what the user is typing. A render in mid-move puts the state's back, so every render writes them.
  const writeShown = () => {
    const node = input.current;
    if (!node) return;
    const moving = live?.get();
    const shown = moving === undefined || !shownIn ? { day, min, max } : shownIn(moving);
    const text = isoOfDay(shown.day);
    const first = isoOfDay(shown.min);
    const last = isoOfDay(shown.max);
    if (draft === null && node.value !== text) node.value = text;
    if (node.min !== first) node.min = first;
    if (node.max !== last) node.max = last;
  };
  useLiveSteps(live, writeShown);
  useLayoutEffect(writeShown);

  const judge = (text: string): number | string => {
    const parsed = parseIsoDay(text);
    if (parsed === null) return 'Type a date as YYYY-MM-DD.';
    if (parsed < min || parsed > max) return `Choose a date from ${isoOfDay(min)} to ${isoOfDay(max)}.`;
    return parsed;
  };
  const onChange = (text: string) => {
    setDraft(text);
    const verdict = judge(text);
    if (typeof verdict === 'number') {
      setProblem(null);
      if (verdict !== day) onCommit(verdict);
    }
  };
  const finish = () => {
    if (draft === null) return;
    const verdict = judge(draft);
    setProblem(typeof verdict === 'string' ? `${verdict} Kept ${isoOfDay(day)}.` : null);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') finish();
  };

  return (
    <span className={styles.dateField}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={input}
        type="date"
        value={value}
        min={isoOfDay(min)}
        max={isoOfDay(max)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={finish}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <span id={`${id}-problem`} className={styles.problem} role="alert">
          {problem}
        </span>
      )}
    </span>
  );
});
