'use client';

import { useState } from 'react';
import type { BriefingDraft } from '@/lib/briefing/slide-ops';

// Never a fingerprint (those are JSON arrays): a restored draft stays unsaved until it is saved.
const RESTORED = '(restored from the browser)';
const fingerprint = (draft: Pick<BriefingDraft, 'title' | 'slides'>) => JSON.stringify([draft.title, draft.slides]);
const savedKey = (draft: BriefingDraft) => (draft.saved ? `${draft.saved.id}@${draft.saved.version}` : null);

/**
 * Whether the open briefing has changes that are not saved, told by comparing it with what it looked like when it
 * was last saved or opened. A briefing that was never saved (new or imported) counts as changed once it has content.
 */
export function useUnsavedChanges(draft: BriefingDraft) {
  const [clean, setClean] = useState<{ key: string | null; print: string } | null>(() =>
    draft.saved ? { key: savedKey(draft), print: fingerprint(draft) } : null,
  );
  // A saved briefing put in place by the dashboard (a /brief/<id> link, back/forward) counts as unchanged.
  const key = savedKey(draft);
  if (key !== null && clean?.key !== key) setClean({ key, print: fingerprint(draft) });

  const hasContent = draft.slides.length > 0 || draft.title.trim() !== '';
  const dirty = hasContent && (clean === null || clean.key !== key || clean.print !== fingerprint(draft));

  return {
    hasContent,
    dirty,
    /** Takes `value` as the saved state: the open briefing is unchanged while it looks like it. */
    markClean: (value: BriefingDraft) => setClean({ key: savedKey(value), print: fingerprint(value) }),
    /** The open briefing is not (or no longer) on the server: any content counts as unsaved. */
    markUnsaved: () => setClean(null),
    /** `value` (a draft kept in the browser) differs from its server copy, if it has one: unsaved until saved. */
    markRestored: (value: BriefingDraft) => setClean(value.saved ? { key: savedKey(value), print: RESTORED } : null),
  };
}
