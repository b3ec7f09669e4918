'use client';

import { memo, useMemo } from 'react';
import type { Source, SourceKind } from '@/data';
import { formatIsoDate } from '@/lib/format';
import styles from './panels.module.css';

const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  'un-document': 'UN document',
  government: 'Government',
  wire: 'News agency',
  newspaper: 'Newspaper',
  'think-tank': 'Think tank',
  reference: 'Reference work',
  'seed-article': 'Seed article',
  ngo: 'NGO',
  company: 'Company',
};

export interface SourcesListProps {
  /** The sources cited by what the panel shows; duplicates are dropped. */
  sourceIds: readonly string[];
  /** The dataset's bibliography. */
  sources: readonly Source[];
  /** Each entry gets the element id `${idPrefix}${sourceId}`, the target of source links in charts and tables. */
  idPrefix?: string;
  title?: string;
}

/** One bibliography entry; memoised, so a filter change that keeps a source cited leaves its entry alone. */
const SourceEntry = memo(function SourceEntry({ id, source, elementId }: { id: string; source: Source | undefined; elementId: string }) {
  return (
    <li id={elementId}>
      {source ? (
        <>
          <strong>{source.publisher}</strong>, “{source.title}”
          {source.author && `, ${source.author}`}
          {source.date && `, ${formatIsoDate(source.date)}`}
          <span className={styles.muted}> · {SOURCE_KIND_LABELS[source.kind]}</span>
          {source.url && (
            <>
              {' '}
              <a className={styles.url} href={source.url} rel="noreferrer" target="_blank">
                {source.url}
              </a>
            </>
          )}
          {source.note && <div className={styles.muted}>{source.note}</div>}
        </>
      ) : (
        <>
          {id} <span className={styles.muted}>(not in the bibliography)</span>
        </>
      )}
    </li>
  );
});

function sortedEntries(sourceIds: readonly string[], sources: readonly Source[]) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return [...new Set(sourceIds)]
    .map((id) => ({ id, source: byId.get(id) }))
    .sort(
      (a, b) =>
        (a.source?.publisher ?? a.id).localeCompare(b.source?.publisher ?? b.id) ||
        (a.source?.date ?? '').localeCompare(b.source?.date ?? ''),
    );
}

/**
 * "Sources": every source cited in the panel, with publisher, title, date, kind and address. The address is a
 * link only the user can follow (nothing is fetched or prefetched), opened without a referrer. The overview's list
 * follows every filter change and runs to dozens of entries, so only the entries that come or go are rendered.
 */
export const SourcesList = memo(function SourcesList({ sourceIds, sources, idPrefix = 'source-', title = 'Sources' }: SourcesListProps) {
  const entries = useMemo(() => sortedEntries(sourceIds, sources), [sourceIds, sources]);
  return (
    <section className={styles.section} aria-label={title}>
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className={styles.muted}>No source is cited for what is shown.</p>
      ) : (
        <ol className={styles.sources}>
          {entries.map(({ id, source }) => (
            <SourceEntry key={id} id={id} source={source} elementId={`${idPrefix}${id}`} />
          ))}
        </ol>
      )}
    </section>
  );
});
