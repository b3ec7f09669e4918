'use client';

import type { Source } from '@/data';
import { formatCitation, formatSourceShort } from '@/lib/format';
import styles from './charts.module.css';

export interface SourceRefsProps {
  ids: readonly string[];
  sourceIndex: ReadonlyMap<string, Source>;
  /** Links each name to `#${anchorPrefix}${id}` (the panel's Sources list); plain text without it. */
  anchorPrefix?: string | undefined;
}

/** Short source names ("KOTRA, 2018; Reuters, 2019"), each with its full citation as a tooltip. */
export function SourceRefs({ ids, sourceIndex, anchorPrefix }: SourceRefsProps) {
  return (
    <>
      {ids.map((id, i) => {
        const source = sourceIndex.get(id);
        const short = source ? formatSourceShort(source) : id;
        const title = source ? formatCitation(source) : `Unknown source ${id}`;
        return (
          <span key={id}>
            {i > 0 && '; '}
            {anchorPrefix ? (
              <a className={styles.sourceLink} href={`#${anchorPrefix}${id}`} title={title}>
                {short}
              </a>
            ) : (
              <span title={title}>{short}</span>
            )}
          </span>
        );
      })}
    </>
  );
}

/** A lookup of sources by id, for charts that name many. */
export function indexSources(sources: readonly Source[]): ReadonlyMap<string, Source> {
  return new Map(sources.map((s) => [s.id, s]));
}
