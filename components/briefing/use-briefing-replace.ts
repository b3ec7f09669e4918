'use client';

import { useState } from 'react';
import type { Slide } from '@/lib/briefing/briefing-schema';
import type { BriefingDraft } from '@/lib/briefing/slide-ops';
import { quoted } from './panel-wording';
import type { PanelFeedback } from './use-panel-feedback';

/** A briefing waiting for the user to confirm that it may replace the open one; `label` names it in the question. */
export type PendingReplace = { draft: BriefingDraft; label: string; first?: Slide };

export interface BriefingReplaceOptions {
  draft: BriefingDraft;
  /** Whether the open briefing has unsaved changes, which replacing it would lose. */
  dirty: boolean;
  onBriefingChange: (draft: BriefingDraft) => void;
  onShowSlide: (slide: Slide) => void;
  markClean: (value: BriefingDraft) => void;
  markUnsaved: () => void;
  /** Ends a slide's title and notes edit, which belongs to the briefing being replaced. */
  cancelEdit: () => void;
  feedback: PanelFeedback;
}

/**
 * Replaces the open briefing with an opened or imported one, asking first when the open one has unsaved changes.
 * The new briefing's first slide is shown.
 */
export function useBriefingReplace({
  draft,
  dirty,
  onBriefingChange,
  onShowSlide,
  markClean,
  markUnsaved,
  cancelEdit,
  feedback: { say, offerUndo, clearUndo },
}: BriefingReplaceOptions) {
  const [pending, setPending] = useState<PendingReplace | null>(null);

  const putInPlace = (next: BriefingDraft, first: Slide | undefined) => {
    onBriefingChange(next);
    if (next.saved) markClean(next);
    else markUnsaved();
    cancelEdit();
    if (first) onShowSlide(first);
  };

  /** Makes `next` the open briefing, or asks first; `status` reports it when no question was needed. */
  const replaceWith = (next: BriefingDraft, label: string, status: string) => {
    const first = next.slides[0];
    if (dirty) {
      setPending(first ? { draft: next, label, first } : { draft: next, label });
      return;
    }
    clearUndo();
    putInPlace(next, first);
    say(status);
  };

  const confirmReplace = () => {
    if (!pending) return;
    setPending(null);
    offerUndo(draft, 'Back to the previous briefing');
    putInPlace(pending.draft, pending.first);
    say(`Opened ${quoted(pending.draft.title)}.`);
  };

  return { pending, replaceWith, confirmReplace, keepOpenBriefing: () => setPending(null) };
}
