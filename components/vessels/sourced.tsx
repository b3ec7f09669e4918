'use client';

import type { Confidence, Source } from '@/data';
import { SourceRefs } from '@/components/charts/source-refs';
import { ConfidenceBadge } from '@/components/ui/confidence-badge';
import styles from './vessels.module.css';

/** The dossier's Sources list entries are `vessel-source-<id>`: what each field's citation links to. */
export const VESSEL_SOURCE_PREFIX = 'vessel-source-';

export interface SourcedProps {
  sourceIds: readonly string[];
  confidence: Confidence;
  note?: string | undefined;
  sourceIndex: ReadonlyMap<string, Source>;
}

/** A field's confidence (in words) and its sources, with the record's note under it. */
export function Sourced({ sourceIds, confidence, note, sourceIndex }: SourcedProps) {
  return (
    <>
      {' '}
      <ConfidenceBadge level={confidence} note={note} />{' '}
      <span className={styles.muted}>
        <SourceRefs ids={sourceIds} sourceIndex={sourceIndex} anchorPrefix={VESSEL_SOURCE_PREFIX} />
      </span>
      {note && <div className={styles.note}>{note}</div>}
    </>
  );
}

/** A field no source gives: said so, never filled in. */
export function NotPublished({ what }: { what: string }) {
  return (
    <span className={styles.notPublished} title={`No source in the dataset gives this vessel's ${what}; it is left empty, not guessed.`}>
      not published
    </span>
  );
}

/** "from 2018-02 to 2019", "until 2020", "since 2023-08"; empty when a source dates neither end. */
export function spanText(span: { from?: string | undefined; to?: string | undefined }): string {
  if (span.from && span.to) return `${span.from} – ${span.to}`;
  if (span.from) return `since ${span.from}`;
  if (span.to) return `until ${span.to}`;
  return '';
}
