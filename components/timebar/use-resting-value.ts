'use client';

import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `restMs` (the first value at once). For what need not follow every step
 * of a moving range: a native date input rebuilds its fields on each new value, which a drag would pay per frame.
 */
export function useRestingValue<T>(value: T, restMs: number): T {
  const [resting, setResting] = useState(value);
  useEffect(() => {
    if (Object.is(resting, value)) return;
    const timer = setTimeout(() => setResting(value), restMs);
    return () => clearTimeout(timer);
  }, [value, resting, restMs]);
  return resting;
}
