'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SanctionsList } from '@/geo/analysis/vessels';
import { deleteSavedList, getSavedList, listSavedLists, saveList } from '@/lib/api/sanctions-lists-client';
import type { SavedListSummary } from '@/lib/sanctions-lists/saved-list-schema';
import { listTitle } from '@/components/import/list-messages';

/** A list loaded in this page: from a file (until saved) or opened from the server. */
export interface LoadedList {
  /** Local key: `file-<n>`, or `saved-<id>` for one opened from the server. */
  key: string;
  list: SanctionsList;
  /** Set once saved to (or opened from) the server's database. */
  savedId?: string;
  savedBy?: string;
  savedAt?: string;
}

export interface SavedListsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  lists: SavedListSummary[];
  message?: string;
}

export interface ListsMessage {
  tone: 'success' | 'error' | 'info';
  text: string;
}

export interface SanctionsListsController {
  lists: readonly LoadedList[];
  saved: SavedListsState;
  message: ListsMessage | null;
  add(lists: readonly SanctionsList[]): void;
  remove(key: string): void;
  save(key: string): Promise<void>;
  refreshSaved(): Promise<void>;
  openSaved(savedId: string): Promise<void>;
  deleteSaved(savedId: string): Promise<void>;
  dismissMessage(): void;
}

/**
 * The sanctions lists the user loaded (kept in the page; the vessels only, as the parsers kept them), saving one to
 * the server (who saved it is recorded there), opening a saved one and deleting it. A list on the page remembers the
 * id it was saved as, which is what a link carries.
 */
export function useSanctionsLists(): SanctionsListsController {
  const [lists, setLists] = useState<LoadedList[]>([]);
  const [saved, setSaved] = useState<SavedListsState>({ status: 'idle', lists: [] });
  const [message, setMessage] = useState<ListsMessage | null>(null);
  const listsRef = useRef(lists);
  useEffect(() => {
    listsRef.current = lists;
  });
  const counter = useRef(0);
  // A link and a click may ask for the same list at once: it is fetched once.
  const opening = useRef(new Set<string>());

  const add = useCallback((loaded: readonly SanctionsList[]) => {
    setLists((current) => [...current, ...loaded.map((list) => ({ key: `file-${++counter.current}`, list }))]);
  }, []);

  const remove = useCallback((key: string) => setLists((current) => current.filter((l) => l.key !== key)), []);

  const refreshSaved = useCallback(async () => {
    setSaved((s) => ({ ...s, status: 'loading' }));
    const result = await listSavedLists();
    setSaved(result.ok ? { status: 'ready', lists: result.value.lists } : { status: 'error', lists: [], message: result.message });
  }, []);

  const save = useCallback(
    async (key: string) => {
      const loaded = listsRef.current.find((l) => l.key === key);
      if (!loaded || loaded.savedId) return;
      setMessage({ tone: 'info', text: `Saving ${listTitle(loaded.list)}…` });
      const result = await saveList(loaded.list);
      if (!result.ok) {
        setMessage({ tone: 'error', text: result.message });
        return;
      }
      const { id, savedBy, createdAt } = result.value;
      setLists((current) => current.map((l) => (l.key === key ? { ...l, savedId: id, savedBy, savedAt: createdAt } : l)));
      setMessage({ tone: 'success', text: `Saved ${listTitle(loaded.list)} to the database (id ${id}); the link now brings it back.` });
      if (saved.status !== 'idle') await refreshSaved();
    },
    [saved.status, refreshSaved],
  );

  const openSaved = useCallback(async (savedId: string) => {
    if (listsRef.current.some((l) => l.savedId === savedId) || opening.current.has(savedId)) return;
    opening.current.add(savedId);
    const result = await getSavedList(savedId);
    opening.current.delete(savedId);
    if (!result.ok) {
      setMessage({ tone: 'error', text: `A sanctions list in the link could not be opened: ${result.message}` });
      return;
    }
    const { id, list, savedBy, createdAt } = result.value;
    setLists((current) => (current.some((l) => l.savedId === id) ? current : [...current, { key: `saved-${id}`, list, savedId: id, savedBy, savedAt: createdAt }]));
    setMessage({ tone: 'success', text: `Opened ${listTitle(list)} from the database.` });
  }, []);

  const deleteSaved = useCallback(
    async (savedId: string) => {
      const result = await deleteSavedList(savedId);
      if (!result.ok) {
        setMessage({ tone: 'error', text: result.message });
        return;
      }
      // Still loaded in this page, but no longer saved: it leaves the link.
      setLists((current) => current.map((l) => (l.savedId === savedId ? { key: l.key, list: l.list } : l)));
      await refreshSaved();
    },
    [refreshSaved],
  );

  return { lists, saved, message, add, remove, save, refreshSaved, openSaved, deleteSaved, dismissMessage: () => setMessage(null) };
}
