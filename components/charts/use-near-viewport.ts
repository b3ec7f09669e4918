'use client';

import { useCallback, useState } from 'react';

/** How far outside the visible area a chart starts drawing, so it is there by the time it scrolls in. */
const NEAR_MARGIN = '300px 0px';

/**
 * Whether the element has come near the visible area yet; once true it stays true. Charts draw only then: each
 * recharts chart holds a store and an SVG tree (about 1.5 MB of heap), and most of the panel is below the fold.
 * Where IntersectionObserver is missing, everything counts as near.
 */
export function useNearViewport<T extends Element>(): [near: boolean, ref: (node: T | null) => (() => void) | undefined] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback(
    (node: T | null) => {
      if (!node || near) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) setNear(true);
        },
        { rootMargin: NEAR_MARGIN },
      );
      observer.observe(node);
      return () => observer.disconnect();
    },
    [near],
  );
  return [near, ref];
}
