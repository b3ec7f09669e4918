'use client';

import { memo, useId, useState, type KeyboardEvent } from 'react';
import { isoOfDay, parseIsoDay } from '@/data/filter/epoch-day';
import styles from './timebar.module.css';

export interface DateFieldProps {
  label: string;
  /** Epoch day shown. */
  day: number;
  min: number;
  max: number;
  onCommit: (day: number) => void;
}

/**
 * A typed date (`YYYY-MM-DD`, or the browser's date picker). A date within min–max is taken as soon as it is whole;
 * while the year is being typed (0002, 0020, 0201…) nothing moves, and on leaving the field a date that is not
 * valid is put back, with a message saying why.
 */
export const DateField = memo(function DateField({ label, day, min, max, onCommit }: DateFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const value = draft ?? isoOfDay(day);

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
