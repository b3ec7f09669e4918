'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { ImportedDataController } from '@/components/import';

/**
 * Keeps ids in the link and saved items on the page in step: an item saved to (or opened from) the server joins the
 * link, one removed from the page leaves it, and ids a link or a slide brings are opened from the server.
 * `onPage` holds the saved ids of what the page shows; unsaved items stay out: a link cannot carry them.
 */
export function useLinkedIds(linked: readonly string[], onPage: readonly string[], open: (id: string) => unknown, onLinkedChange: (ids: string[]) => void) {
  const previous = useRef<readonly string[]>(onPage);
  const previousLinked = useRef<readonly string[]>([]);

  useEffect(() => {
    const before = previous.current;
    previous.current = onPage;
    const added = onPage.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !onPage.includes(id));
    if (added.length === 0 && removed.length === 0) return;
    const next = [...linked.filter((id) => !removed.includes(id)), ...added.filter((id) => !linked.includes(id))];
    if (next.join(',') !== linked.join(',')) onLinkedChange(next);
  }, [onPage, linked, onLinkedChange]);

  // Only ids that newly enter the link (page load, back/forward, a slide) are opened: one the user just
  // removed from the page is leaving the link, not to be fetched again. A failure is reported by the opener.
  useEffect(() => {
    const before = previousLinked.current;
    previousLinked.current = linked;
    for (const id of linked) {
      if (!before.includes(id) && !onPage.includes(id)) void open(id);
    }
  }, [linked, onPage, open]);
}

/** The link's saved-user layer ids (`data=`) and the map's imported user layers, kept in step. */
export function useLinkedLayers(linked: readonly string[], imported: ImportedDataController, onLinkedChange: (ids: string[]) => void) {
  const savedOnMap = useMemo(() => imported.userLayers.flatMap((d) => (d.savedId ? [d.savedId] : [])), [imported.userLayers]);
  useLinkedIds(linked, savedOnMap, imported.openSaved, onLinkedChange);
}
