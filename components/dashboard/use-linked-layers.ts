'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { ImportedDataController } from '@/components/import';

/**
 * Keeps the link's saved-user layer ids (`data=`) and the map's imported user layers in step: a user layer
 * saved to (or opened from) the server joins the link, one removed from the map leaves it, and ids a
 * link or a slide brings are opened from the server. Unsaved imports stay out: a link cannot carry them.
 */
export function useLinkedLayers(linked: readonly string[], imported: ImportedDataController, onLinkedChange: (ids: string[]) => void) {
  const savedOnMap = useMemo(() => imported.userLayers.flatMap((d) => (d.savedId ? [d.savedId] : [])), [imported.userLayers]);
  const previous = useRef<string[]>(savedOnMap);
  const previousLinked = useRef<readonly string[]>([]);
  const { openSaved } = imported;

  useEffect(() => {
    const before = previous.current;
    previous.current = savedOnMap;
    const added = savedOnMap.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !savedOnMap.includes(id));
    if (added.length === 0 && removed.length === 0) return;
    const next = [...linked.filter((id) => !removed.includes(id)), ...added.filter((id) => !linked.includes(id))];
    if (next.join(',') !== linked.join(',')) onLinkedChange(next);
  }, [savedOnMap, linked, onLinkedChange]);

  // Only ids that newly enter the link (page load, back/forward, a slide) are opened: one the user just
  // removed from the map is leaving the link, not to be fetched again. A failure is reported by the
  // import controller's own message.
  useEffect(() => {
    const before = previousLinked.current;
    previousLinked.current = linked;
    for (const id of linked) {
      if (!before.includes(id) && !savedOnMap.includes(id)) void openSaved(id);
    }
  }, [linked, savedOnMap, openSaved]);
}
