'use client';

import { useEffect, useRef } from 'react';

/** A ref that follows `value`: callbacks that finish later (a map click, a request) read it as it is then, not as it was. */
export function useLatest<T>(value: T) {
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  return latest;
}
