'use client';

import type { ReactNode } from 'react';

export interface SavedDisclosureProps {
  /** The disclosure's title ("Saved layers", "Saved lists"). */
  summary: string;
  /** Where the server's answer stands; the message is shown when it failed. */
  state: { status: 'idle' | 'loading' | 'ready' | 'error'; message?: string };
  /** Whether the server answered with nothing saved. */
  empty: boolean;
  /** Asks the server again: called each time the disclosure is opened. */
  onOpen: () => void;
  /** The class of the muted status lines, from the panel's own styles. */
  mutedClassName: string | undefined;
  /** The list of saved items (rendered only while there are any). */
  children: ReactNode;
}

/**
 * What is saved on this server, behind a disclosure: fetched when opened, not on every page load (most sessions never
 * look), with its loading, failure and empty states in words.
 */
export function SavedDisclosure({ summary, state, empty, onOpen, mutedClassName, children }: SavedDisclosureProps) {
  return (
    <details
      onToggle={(event) => {
        if ((event.target as HTMLDetailsElement).open) onOpen();
      }}
    >
      <summary>{summary}</summary>
      {state.status === 'loading' && <p className={mutedClassName}>Loading…</p>}
      {state.status === 'error' && (
        <p className={mutedClassName} role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && empty && <p className={mutedClassName}>Nothing saved yet.</p>}
      {!empty && children}
    </details>
  );
}
