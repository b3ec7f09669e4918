'use client';

import { useEffect } from 'react';

/**
 * While `active`, leaving the page (reload, close, another address) asks first. Browsers show their own wording;
 * the page only says that there is something to lose.
 */
export function useLeavePrompt(active: boolean): void {
  useEffect(() => {
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
