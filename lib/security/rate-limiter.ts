/**
 * Counts events (failed sign-ins) per key in a sliding window and says when a key has had too many. Only the
 * `limit` most recent times of a key are kept, and at most `maxKeys` keys (the oldest go first), so a flood of
 * made-up keys cannot grow it without bound.
 */
export interface RateLimiter {
  /** 0 when `key` may try now; otherwise how many milliseconds until it may. */
  retryAfterMs(key: string, nowMs: number): number;
  record(key: string, nowMs: number): void;
  /** Forgets `key` (a successful sign-in clears that address's failures). */
  reset(key: string): void;
}

export interface RateLimitOptions {
  /** Events allowed within `windowMs`; the next one waits. */
  limit: number;
  windowMs: number;
  maxKeys?: number;
}

export function createRateLimiter({ limit, windowMs, maxKeys = 10_000 }: RateLimitOptions): RateLimiter {
  const times = new Map<string, number[]>();

  const recent = (key: string, nowMs: number): number[] => {
    const kept = (times.get(key) ?? []).filter((t) => nowMs - t < windowMs);
    if (kept.length === 0) times.delete(key);
    else times.set(key, kept);
    return kept;
  };

  return {
    retryAfterMs(key, nowMs) {
      const kept = recent(key, nowMs);
      if (kept.length < limit) return 0;
      // The oldest event still inside the window leaves it first.
      return Math.max(1, kept[kept.length - limit]! + windowMs - nowMs);
    },
    record(key, nowMs) {
      const kept = recent(key, nowMs);
      kept.push(nowMs);
      if (kept.length > limit) kept.splice(0, kept.length - limit);
      // Re-inserted, so the Map's order is least recently used first.
      times.delete(key);
      times.set(key, kept);
      while (times.size > maxKeys) times.delete(times.keys().next().value!);
    },
    reset(key) {
      times.delete(key);
    },
  };
}
