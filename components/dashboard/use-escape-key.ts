'use client';

import { useEffect } from 'react';
import type { DashboardState } from '@/lib/dashboard-state';

export interface EscapeKeyOptions {
  pickingPoint: boolean;
  cancelMapPoint: () => void;
  hasSelection: boolean;
  update: (change: Partial<DashboardState>) => void;
}

/** Escape first cancels a pending annotation point, then clears the selection. */
export function useEscapeKey({ pickingPoint, cancelMapPoint, hasSelection, update }: EscapeKeyOptions) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (pickingPoint) cancelMapPoint();
      else if (hasSelection) update({ selection: [] });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [pickingPoint, cancelMapPoint, hasSelection, update]);
}
