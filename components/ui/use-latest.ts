'use client';

import { useEffect, useRef, useState } from 'react';

/** A ref that follows `value`: callbacks that finish later (a map click, a request) read it as it is then, not as it was. */
export function useLatest<T>(value: T) {
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  return latest;
}

/** A function, the same one for the component's life, that returns `value` as it is when called. */
export function useLatestReader<T>(value: T): () => T {
  const latest = useLatest(value);
  const [read] = useState(() => () => latest.current);
  return read;
}
