'use client';

import { CONFIDENCE_LABELS, type Confidence, type Source } from '@/data';
import { formatSourceShort } from '@/lib/format';
import styles from './charts.module.css';

export interface TooltipEntry {
  key: string;
  label: string;
  color: string;
  /** The figure as words, with its unit and any bound ("up to 3,780,000 bbl"). */
  value: string;
  confidence: Confidence;
  sourceIds: readonly string[];
  /** e.g. the period a part-year figure covers. */
  detail?: string | undefined;
}

export interface ChartTooltipBoxProps {
  heading: string;
  entries: readonly TooltipEntry[];
  sourceIndex: ReadonlyMap<string, Source>;
  /** Said where the hovered year has no figure. */
  emptyText?: string;
}

/** The tooltip of every chart: each figure with its confidence and its sources' short names. */
export function ChartTooltipBox({ heading, entries, sourceIndex, emptyText = 'No sourced figure' }: ChartTooltipBoxProps) {
  return (
    <div className={styles.tooltip}>
      <div className={styles.tooltipHeading}>{heading}</div>
      {entries.length === 0 && <div className={styles.muted}>{emptyText}</div>}
      {entries.map((e) => (
        <div key={e.key} className={styles.tooltipEntry}>
          <div>
            <span className={styles.tooltipDot} style={{ background: e.color }} />
            {e.label}: <strong>{e.value}</strong>
          </div>
          <div className={styles.muted}>
            {CONFIDENCE_LABELS[e.confidence]}
            {e.detail ? ` · ${e.detail}` : ''} ·{' '}
            {e.sourceIds.map((id) => {
              const s = sourceIndex.get(id);
              return s ? formatSourceShort(s) : id;
            }).join('; ')}
          </div>
        </div>
      ))}
    </div>
  );
}
