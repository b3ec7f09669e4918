'use client';

import { useState } from 'react';
import type { BriefingDraft } from '@/lib/briefing/slide-ops';

export type PanelMessage = { kind: 'status' | 'error'; text: string };

/** A request or export under way; the buttons that would start a clashing one are disabled meanwhile. */
export type PanelTask = null | 'save' | 'open' | 'png' | 'pdf';

/** The briefing as it was before a change that replaced much of it, and the label of the button that brings it back. */
export type UndoOffer = { draft: BriefingDraft; label: string };

/**
 * What the briefing panel tells the user about their last action: a status or an error line, an offer to undo it,
 * and the task under way. Shared by the panel's hooks, since any of them may report or start one.
 */
export function usePanelFeedback() {
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [busy, setBusy] = useState<PanelTask>(null);

  return {
    message,
    say: (text: string) => setMessage({ kind: 'status', text }),
    fail: (text: string) => setMessage({ kind: 'error', text }),
    clearMessage: () => setMessage(null),
    undo,
    offerUndo: (draft: BriefingDraft, label: string) => setUndo({ draft, label }),
    clearUndo: () => setUndo(null),
    busy,
    setBusy,
  };
}

export type PanelFeedback = ReturnType<typeof usePanelFeedback>;
