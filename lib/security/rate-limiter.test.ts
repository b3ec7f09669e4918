import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter';

describe('rate limiter', () => {
  it('lets `limit` events through in a window, then says how long to wait', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000 });
    for (const t of [0, 100, 200]) {
      expect(limiter.retryAfterMs('a', t)).toBe(0);
      limiter.record('a', t);
    }
    expect(limiter.retryAfterMs('a', 300)).toBe(700);
    expect(limiter.retryAfterMs('b', 300)).toBe(0);
    // The oldest event leaves the window at 1000: one more is allowed, and the wait then runs from the second one.
    expect(limiter.retryAfterMs('a', 1000)).toBe(0);
    limiter.record('a', 1000);
    expect(limiter.retryAfterMs('a', 1050)).toBe(50);
  });

  it('forgets a key on reset and keeps at most maxKeys keys', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, maxKeys: 2 });
    limiter.record('a', 0);
    expect(limiter.retryAfterMs('a', 1)).toBeGreaterThan(0);
    limiter.reset('a');
    expect(limiter.retryAfterMs('a', 1)).toBe(0);
    limiter.record('x', 0);
    limiter.record('y', 0);
    limiter.record('z', 0);
    expect(limiter.retryAfterMs('x', 1)).toBe(0);
    expect(limiter.retryAfterMs('z', 1)).toBeGreaterThan(0);
  });
});
