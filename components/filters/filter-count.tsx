'use client';

import { memo } from 'react';
import { formatCount } from '@/lib/format';
import styles from './filters.module.css';

export interface FilterCountProps {
  shown: number;
  total: number;
  /** Plural noun; default "features". */
  noun?: string;
}

/** "12 of 48 features": how many features the filter leaves, announced politely when it changes. */
export const FilterCount = memo(function FilterCount({ shown, total, noun = 'features' }: FilterCountProps) {
  return (
    <p className={styles.count} role="status" aria-live="polite">
      {formatCount(shown)} of {formatCount(total)} {noun}
    </p>
  );
});
