'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  encodeDashboardState,
  keepUnchangedParts,
  parseDashboardState,
  type DashboardState,
  type ParsedDashboardState,
} from '@/lib/dashboard-state';

/** Pan and zoom frames are written with replaceState after this quiet period, not one entry per frame. */
const VIEW_WRITE_DELAY_MS = 300;

/** A change to the view state: the changed parts, or a function from the current state to them. */
export type StateChange = Partial<DashboardState> | ((current: DashboardState) => Partial<DashboardState>);

/** Checks a parsed state against what only the client knows (the dataset's ids), adding notices. */
export type StateChecker = (parsed: ParsedDashboardState) => ParsedDashboardState;

/**
 * The single source of truth for view state, mirrored to the URL: committed changes (selection,
 * layers, theme, filters) push a history entry so back/forward step through them; camera moves
 * replace the current entry after a short debounce. Notices say which parts of a link were ignored.
 * The state is serialized once per change (`query`, which the briefing panel reuses for new slides).
 */
export function useDashboardState(initial: ParsedDashboardState, check: StateChecker) {
  const [{ state, notices }, setParsed] = useState(() => check(initial));
  const encoded = useMemo(() => encodeDashboardState(state), [state]);
  // The committed part of the history entry we are on; null until the first write, then set from it.
  const written = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Set by an update that should not add a history entry (playback's steps).
  const replaceNext = useRef(false);
  // Set by back/forward: the entry already holds this state, so it is adopted, not pushed again.
  const fromHistory = useRef(false);

  useEffect(() => {
    const query = `?${encoded.query}`;
    const { committed } = encoded;
    clearTimeout(timer.current);
    if (written.current === null || fromHistory.current) {
      written.current = committed;
      fromHistory.current = false;
    }
    if (committed !== written.current) {
      written.current = committed;
      if (replaceNext.current) window.history.replaceState(null, '', query);
      else window.history.pushState(null, '', query);
      replaceNext.current = false;
      return;
    }
    timer.current = setTimeout(() => {
      if (window.location.search !== query) window.history.replaceState(null, '', query);
    }, VIEW_WRITE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [encoded]);

  useEffect(() => {
    const onPopState = () => {
      fromHistory.current = true;
      const parsed = check(parseDashboardState(window.location.search));
      setParsed((current) => ({ ...parsed, state: keepUnchangedParts(current.state, parsed.state) }));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [check]);

  /**
   * `change` may be a function of the current state, so a callback that toggles a value needs no state of its own
   * and can stay the same function across renders. `replaceHistory`: a transient step (playing through years) that
   * back/forward should skip.
   */
  const update = useCallback((change: StateChange, options?: { replaceHistory?: boolean }) => {
    if (options?.replaceHistory) replaceNext.current = true;
    setParsed((current) => {
      const changed = typeof change === 'function' ? change(current.state) : change;
      // A whole state (a slide's) keeps the parts it does not change, so nothing memoised on them is rebuilt.
      return { ...current, state: keepUnchangedParts(current.state, { ...current.state, ...changed }) };
    });
  }, []);

  const addNotice = useCallback((notice: string) => {
    setParsed((current) => ({ ...current, notices: [...current.notices, notice] }));
  }, []);

  const dismissNotices = useCallback(() => setParsed((current) => ({ ...current, notices: [] })), []);

  return { state, query: encoded.query, update, notices, addNotice, dismissNotices };
}
