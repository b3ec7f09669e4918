'use client';

import { formatCount } from '@/lib/format';
import styles from './panels.module.css';

/** Says how many items a list leaves out because of the filter, so a short list is not taken for the whole. */
export function HiddenNote({ count, what }: { count: number; what: string }) {
  if (count === 0) return null;
  return (
    <p className={styles.muted}>
      {formatCount(count)} more {what} outside the current filter.
    </p>
  );
}
