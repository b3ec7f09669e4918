'use client';

import { useEffect, useRef, useState } from 'react';
import { draftRecord, draftsToOffer, type DraftRecord } from '@/lib/briefing/draft-record';
import { newItemId, type BriefingDraft } from '@/lib/briefing/slide-ops';
import { draftStorageAvailable, holdPageLock, livePageIds, readDrafts, removeDraft, writeDraft } from './draft-store';
import { useLatest } from '@/components/ui/use-latest';

export interface DraftRecoveryOptions {
  draft: BriefingDraft;
  /** Whether the open briefing has changes that are not saved: only those are kept. */
  dirty: boolean;
  /** Puts a kept draft back as the open briefing. */
  onRestore: (record: DraftRecord) => void;
  /** Says once that drafts cannot be kept in this browser (storage blocked or full). */
  onStorageProblem: (message: string) => void;
}

/**
 * Keeps the open briefing in the browser on every change while it has unsaved changes, and forgets it once it is
 * saved or discarded. When the page opens, drafts left by pages that are gone (a reload, a crash, a closed tab) are
 * offered back, newest first, one at a time.
 */
export function useDraftRecovery({ draft, dirty, onRestore, onStorageProblem }: DraftRecoveryOptions) {
  const [pageId] = useState(newItemId);
  const [offers, setOffers] = useState<DraftRecord[]>([]);
  const [ready, setReady] = useState(false);
  const latest = useLatest(draft);
  const problemTold = useRef(false);
  const report = useLatest((error: unknown) => {
    if (problemTold.current) return;
    problemTold.current = true;
    console.warn('[route-atlas] could not keep the briefing draft:', error);
    onStorageProblem('This browser does not let Route Atlas keep your unsaved changes (storage blocked or full): save to the server to keep them.');
  });

  useEffect(() => {
    if (!draftStorageAvailable()) return;
    let live = true;
    holdPageLock(pageId);
    Promise.all([readDrafts(), livePageIds()])
      .then(([records, livePages]) => {
        if (!live) return;
        livePages.add(pageId);
        setOffers(draftsToOffer(records, livePages, latest.current));
        setReady(true);
      })
      .catch((error: unknown) => {
        if (live) report.current(error);
      });
    return () => {
      live = false;
    };
  }, [pageId, latest, report]);

  // Written before the next change can be, so a crash right after an edit still finds it.
  useEffect(() => {
    if (!ready) return;
    const write = dirty ? writeDraft(draftRecord(pageId, draft, Date.now())) : removeDraft(pageId);
    write.catch((error: unknown) => report.current(error));
  }, [ready, dirty, draft, pageId, report]);

  const settle = (record: DraftRecord) => {
    setOffers((list) => list.filter((r) => r.pageId !== record.pageId));
    removeDraft(record.pageId).catch((error: unknown) => report.current(error));
  };

  return {
    /** The draft offered back now, if any. */
    offer: offers[0] ?? null,
    restore: (record: DraftRecord) => {
      onRestore(record);
      settle(record);
    },
    discard: settle,
  };
}
