'use client';

import { createPortal } from 'react-dom';
import type { DraftRecord } from '@/lib/briefing/draft-record';
import { quoted } from './panel-wording';
import styles from './briefing.module.css';

export interface DraftOfferProps {
  record: DraftRecord;
  onRestore: () => void;
  onDiscard: () => void;
}

const timeOf = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
const dayOf = (ms: number) => (new Date(ms).toDateString() === new Date().toDateString() ? '' : `${new Date(ms).toLocaleDateString()} `);

/**
 * "Restore the unsaved briefing from 14:32?" Shown over the page, not in the briefing tab, which may be hidden:
 * whoever reloads must see it.
 */
export function DraftOffer({ record, onRestore, onDiscard }: DraftOfferProps) {
  const { draft } = record;
  const slides = `${draft.slides.length} ${draft.slides.length === 1 ? 'slide' : 'slides'}`;
  return createPortal(
    <div className={styles.draftOffer} role="region" aria-label="Restore unsaved work">
      <p>
        Restore the unsaved briefing {draft.title.trim() ? `${quoted(draft.title)} ` : ''}from {dayOf(record.savedAtMs)}
        {timeOf(record.savedAtMs)} ({slides}
        {draft.saved ? `, changes to saved version ${draft.saved.version}` : ''})?
      </p>
      <div className={styles.row}>
        <button type="button" onClick={onRestore}>
          Restore
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </div>,
    document.body,
  );
}
