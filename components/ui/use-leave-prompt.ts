'use client';

import { useLayoutEffect } from 'react';

/**
 * While `active`, leaving the page (reload, close, another address) asks first. Browsers show their own wording;
 * the page only says that there is something to lose.
 *
 * A layout effect, not a passive one: the listener must come and go in the same task as the render that shows
 * "Saved" or "Unsaved changes". A passive effect runs a task later, and a reload in between asked about work that
 * the page already said was saved.
 */
export function useLeavePrompt(active: boolean): void {
  useLayoutEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers still need returnValue set to ask.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}
