'use client';

import { useId, useState } from 'react';
import type { BriefingSummary } from '@/lib/briefing/briefing-schema';
import { formatSavedAt } from './panel-wording';
import type { SavedList } from './use-briefing-storage';
import styles from './briefing.module.css';

export interface SavedBriefingsProps {
  saved: SavedList;
  /** A request or export is under way: opening waits for it. */
  busy: boolean;
  onOpen: (summary: BriefingSummary) => void;
  onDelete: (summary: BriefingSummary) => void;
  onRefresh: () => void;
}

/** The briefings saved on the server, each to open or (after a confirmation) delete. */
export function SavedBriefings({ saved, busy, onOpen, onDelete, onRefresh }: SavedBriefingsProps) {
  const headingId = useId();
  const [confirming, setConfirming] = useState<BriefingSummary | null>(null);
  const items = saved.state === 'ready' ? saved.items : [];

  return (
    <>
      <h3 id={headingId}>Saved briefings</h3>
      {saved.state === 'loading' && <p className={styles.muted}>Loading…</p>}
      {saved.state === 'error' && (
        <p className={styles.muted}>
          {saved.message}{' '}
          <button type="button" className={styles.small} onClick={onRefresh}>
            Try again
          </button>
        </p>
      )}
      {saved.state === 'ready' && items.length === 0 && <p className={styles.muted}>No briefing is saved on this server yet.</p>}
      {items.length > 0 && (
        <ul className={styles.savedList} aria-labelledby={headingId}>
          {items.map((item) => (
            <li key={item.id} className={styles.savedItem}>
              <span>
                <strong>{item.title}</strong>
                <span className={styles.muted}>
                  {' '}
                  · {item.slideCount} {item.slideCount === 1 ? 'slide' : 'slides'} · saved by {item.savedBy},{' '}
                  {formatSavedAt(item.updatedAt)}
                </span>
              </span>
              {confirming?.id === item.id ? (
                <>
                  <button
                    type="button"
                    className={styles.small}
                    onClick={() => {
                      setConfirming(null);
                      onDelete(confirming);
                    }}
                  >
                    Confirm delete
                  </button>
                  <button type="button" className={styles.small} onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </>
              ) : (
                <>
                  <button
                    type="button"
                    className={styles.small}
                    aria-label={`Open ${item.title}`}
                    disabled={busy}
                    onClick={() => onOpen(item)}
                  >
                    Open
                  </button>
                  <button type="button" className={styles.small} aria-label={`Delete ${item.title}`} onClick={() => setConfirming(item)}>
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {saved.state === 'ready' && (
        <div className={styles.row}>
          <button type="button" className={styles.small} onClick={onRefresh}>
            Refresh list
          </button>
        </div>
      )}
    </>
  );
}
