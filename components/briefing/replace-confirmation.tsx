'use client';

import styles from './briefing.module.css';

export interface ReplaceConfirmationProps {
  /** Names the briefing that would replace the open one, e.g. “Leaks through Rason”. */
  label: string;
  onReplace: () => void;
  onKeep: () => void;
}

/** Asks before an opened or imported briefing replaces an open one with unsaved changes. */
export function ReplaceConfirmation({ label, onReplace, onKeep }: ReplaceConfirmationProps) {
  return (
    <div className={styles.confirm}>
      <p>The open briefing has unsaved changes. Replace it with {label}?</p>
      <div className={styles.row}>
        <button type="button" onClick={onReplace}>
          Replace
        </button>
        <button type="button" onClick={onKeep}>
          Keep the open briefing
        </button>
      </div>
    </div>
  );
}
