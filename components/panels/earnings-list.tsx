'use client';

import { useMemo } from 'react';
import type { Earnings, Source } from '@/data';
import { SourceRefs, indexSources } from '@/components/charts/source-refs';
import { formatRange, formatUsd } from '@/lib/format';
import { ConfidenceBadge } from '../ui/confidence-badge';
import styles from './panels.module.css';

const HOST_NAMES = { RU: 'Russia', CN: 'China', ALL: 'All host countries' } as const;
const PER = { 'USD/year': 'a year', 'USD/month': 'a month' } as const;

export interface EarningsListProps {
  earnings: readonly Earnings[];
  sources: readonly Source[];
  sourceAnchorPrefix?: string | undefined;
}

/** Earnings estimates for DPRK workers abroad, as ranges in the unit stated, each with confidence and sources. */
export function EarningsList({ earnings, sources, sourceAnchorPrefix }: EarningsListProps) {
  const sourceIndex = useMemo(() => indexSources(sources), [sources]);
  return (
    <section className={styles.section} aria-label="Earnings estimates">
      <h3>Earnings estimates</h3>
      {earnings.length === 0 ? (
        <p className={styles.muted}>No sourced earnings estimate for these years.</p>
      ) : (
        <ul className={styles.list}>
          {earnings.map((e) => (
            <li key={e.id}>
              {e.scope} ({HOST_NAMES[e.host]}, {e.periodLabel}):{' '}
              <strong>
                {e.valueUsd !== undefined ? formatUsd(e.valueUsd) : formatRange(e.lowUsd, e.highUsd, formatUsd)} {PER[e.unit]}
              </strong>{' '}
              <ConfidenceBadge level={e.confidence} note={e.note} />
              <div className={styles.muted}>
                <SourceRefs ids={e.sourceIds} sourceIndex={sourceIndex} anchorPrefix={sourceAnchorPrefix} />
                {e.note && ` — ${e.note}`}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
