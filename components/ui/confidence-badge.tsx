'use client';

import { CONFIDENCE_DESCRIPTIONS, CONFIDENCE_LABELS, type Confidence } from '@/data';
import styles from '../panels/panels.module.css';

export interface ConfidenceBadgeProps {
  level: Confidence;
  /** Why the confidence is what it is (the record's note), added to the tooltip. */
  note?: string | undefined;
}

/**
 * The confidence of a figure, labelled in words (never colour alone), with the level's meaning and the record's
 * note in the tooltip and, for screen readers, in the accessible description.
 */
export function ConfidenceBadge({ level, note }: ConfidenceBadgeProps) {
  const description = `${CONFIDENCE_LABELS[level]}: ${CONFIDENCE_DESCRIPTIONS[level]}${note ? `. ${note}` : ''}`;
  return (
    <span
      className={`confidence confidence-${level} ${styles.badge}`}
      data-confidence={level}
      title={description}
      aria-description={description}
    >
      {CONFIDENCE_LABELS[level]}
    </span>
  );
}
