'use client';

import { useCallback, useEffect, useState } from 'react';
import { createBriefing, deleteBriefing, getBriefing, listBriefings, updateBriefing } from '@/lib/briefing/briefing-client';
import type { Briefing, BriefingSummary } from '@/lib/briefing/briefing-schema';
import { draftForSave, draftFromBriefing, type BriefingDraft } from '@/lib/briefing/slide-ops';
import { formatSavedAt, quoted } from './panel-wording';
import { useLatest } from '@/components/ui/use-latest';
import type { PanelFeedback } from './use-panel-feedback';

export type SavedList = { state: 'loading' } | { state: 'ready'; items: BriefingSummary[] } | { state: 'error'; message: string };

/** `overwrite` saves over a colleague's newer version after a conflict; `copy` saves as a new briefing. */
export type SaveMode = 'normal' | 'overwrite' | 'copy';

export interface BriefingStorageOptions {
  draft: BriefingDraft;
  onBriefingChange: (draft: BriefingDraft) => void;
  markClean: (value: BriefingDraft) => void;
  markUnsaved: () => void;
  /** Makes an opened briefing the open one (asking first when that would lose unsaved changes). */
  replaceWith: (next: BriefingDraft, label: string, status: string) => void;
  feedback: PanelFeedback;
}

const toSavedList = (result: Awaited<ReturnType<typeof listBriefings>>): SavedList =>
  result.ok ? { state: 'ready', items: result.value.briefings } : { state: 'error', message: result.message };

/**
 * The briefings on the server: the list of saved ones, saving the open briefing (with the choices offered when a
 * colleague saved a newer version meanwhile), opening one and deleting one.
 */
export function useBriefingStorage({ draft, onBriefingChange, markClean, markUnsaved, replaceWith, feedback }: BriefingStorageOptions) {
  const { say, fail, offerUndo, setBusy } = feedback;
  const [saved, setSaved] = useState<SavedList>({ state: 'loading' });
  const [conflict, setConflict] = useState<Briefing | null>(null);
  const latest = useLatest(draft);

  const refreshSaved = useCallback(async () => {
    setSaved(toSavedList(await listBriefings()));
  }, []);

  useEffect(() => {
    let live = true;
    void listBriefings().then((result) => {
      if (live) setSaved(toSavedList(result));
    });
    return () => {
      live = false;
    };
  }, []);

  /** Forgets the server copy the open briefing came from, which no longer exists; its content stays open. */
  const detachFromServer = () => {
    onBriefingChange({ title: latest.current.title, slides: latest.current.slides });
    markUnsaved();
  };

  const afterSaved = (briefingSaved: Briefing, sent: BriefingDraft) => {
    const fromServer = draftFromBriefing(briefingSaved);
    // Edits made while the request was in flight are kept; they are simply not saved yet.
    const next = latest.current === sent ? fromServer : { ...latest.current, saved: fromServer.saved! };
    onBriefingChange(next);
    markClean(fromServer);
    setConflict(null);
    say(`Saved ${quoted(briefingSaved.title)} (version ${briefingSaved.version}).`);
    void refreshSaved();
  };

  const save = async (mode: SaveMode = 'normal') => {
    const body = draftForSave(draft);
    if (!body.ok) return fail(body.message);
    const sent = draft;
    setBusy('save');
    try {
      if (draft.saved && mode !== 'copy') {
        const version = mode === 'overwrite' && conflict ? conflict.version : draft.saved.version;
        const result = await updateBriefing(draft.saved.id, { ...body.value, version });
        if (result.ok) return afterSaved(result.value, sent);
        if (result.status === 'conflict') {
          setConflict(result.current);
          return fail(
            `${result.message} Saved ${formatSavedAt(result.current.updatedAt)}. Load their version, overwrite it with yours, or save yours as a copy.`,
          );
        }
        if (result.status === 'not-found') {
          detachFromServer();
          return fail(`${result.message} Save again to store your copy as a new briefing.`);
        }
        return fail(result.message);
      }
      const result = await createBriefing(body.value);
      if (result.ok) return afterSaved(result.value, sent);
      fail(result.message);
    } finally {
      setBusy(null);
    }
  };

  const loadTheirs = () => {
    if (!conflict) return;
    const next = draftFromBriefing(conflict);
    offerUndo(draft, 'Back to my version');
    onBriefingChange(next);
    markClean(next);
    setConflict(null);
    say(`Loaded the colleague’s version ${conflict.version} of ${quoted(conflict.title)}. Your version can be restored with the button below.`);
  };

  const open = async (summary: BriefingSummary) => {
    setBusy('open');
    try {
      const result = await getBriefing(summary.id);
      if (!result.ok) {
        fail(result.message);
        void refreshSaved();
        return;
      }
      setConflict(null);
      replaceWith(draftFromBriefing(result.value), quoted(result.value.title), `Opened ${quoted(result.value.title)}.`);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (target: BriefingSummary) => {
    const result = await deleteBriefing(target.id);
    if (!result.ok) return fail(result.message);
    if (latest.current.saved?.id === target.id) {
      detachFromServer();
      say(`Deleted ${quoted(target.title)} from the server. The open copy is kept; save it to store it again.`);
    } else say(`Deleted ${quoted(target.title)} from the server.`);
    void refreshSaved();
  };

  return { saved, refreshSaved, conflict, save, loadTheirs, open, remove };
}

