'use client';

import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import { parseDraftRecord, type DraftRecord } from '@/lib/briefing/draft-record';

// IndexedDB, not localStorage: a briefing may approach 1 MB and every edit is written, and IndexedDB writes neither
// block the page nor share localStorage's 5 MB.
let store: UseStore | null = null;
function draftStore(): UseStore {
  store ??= createStore('route-atlas', 'briefing-drafts');
  return store;
}

export const draftStorageAvailable = () => typeof indexedDB !== 'undefined';

/** Every readable draft record; damaged ones are skipped (and left for a later version to read). */
export async function readDrafts(): Promise<DraftRecord[]> {
  const stored = await values(draftStore());
  return stored.map(parseDraftRecord).filter((r): r is DraftRecord => r !== null);
}

export const writeDraft = (record: DraftRecord): Promise<void> => set(record.pageId, record, draftStore());

export const removeDraft = (pageId: string): Promise<void> => del(pageId, draftStore());

const LOCK_PREFIX = 'route-atlas-draft:';
const held = new Set<string>();

/**
 * Holds a Web Lock named after this page for as long as the page lives, so that other pages can tell a draft that
 * is still being edited from one whose page is gone. (Web Locks exist in secure contexts: localhost and HTTPS.)
 */
export function holdPageLock(pageId: string): void {
  if (held.has(pageId) || typeof navigator === 'undefined' || !navigator.locks) return;
  held.add(pageId);
  void navigator.locks.request(`${LOCK_PREFIX}${pageId}`, () => new Promise<never>(() => undefined));
}

/** The ids of pages that are open now, this one included; empty where Web Locks are missing (all others count as gone). */
export async function livePageIds(): Promise<Set<string>> {
  if (typeof navigator === 'undefined' || !navigator.locks) return new Set();
  const { held: locks = [] } = await navigator.locks.query();
  return new Set(locks.map((lock) => lock.name ?? '').filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)));
}
