'use client';

import type { ImportedTooltipContent } from '@/components/import/user-layer-picking';
import styles from './import.module.css';

/** The hover card for the user's data. Every string is rendered by React as text: markup in a property is shown, never run. */
export function ImportedTooltip({ x, y, content }: { x: number; y: number; content: ImportedTooltipContent }) {
  return (
    <div className={styles.tooltip} role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      <div className={styles.tooltipTitle}>{content.title}</div>
      <div className={styles.tooltipKind}>{content.kind}</div>
      {content.lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}
