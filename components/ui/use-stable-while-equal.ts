'use client';

import equal from 'fast-deep-equal/es6';
import { useState } from 'react';

/**
 * The value from an earlier render for as long as each new one is deep-equal to it. A chart's rows are derived
 * again on every filter change, mostly to the same figures (a range moved within a year, a commodity the chart does
 * not draw); handing recharts the same arrays lets its memoised parts skip the change instead of rebuilding the
 * chart's store, which is most of what a filter change allocates.
 */
export function useStableWhileEqual<T>(value: T): T {
  const [kept, setKept] = useState(value);
  if (kept === value || equal(kept, value)) return kept;
  // Storing what this render saw (React's "information from previous renders" pattern): React re-renders at once.
  setKept(value);
  return value;
}
