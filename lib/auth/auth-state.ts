import { parseAllowedHosts, type AllowedHosts } from '@/lib/security/allowed-hosts';
import { readPasswordConfig, type PasswordConfig } from '@/lib/security/password';
import { createRateLimiter, type RateLimiter } from '@/lib/security/rate-limiter';
import { randomKey } from '@/lib/security/session-token';

/** Default session lifetime; `ROUTE_ATLAS_SESSION_HOURS` changes it (from 0.1 to 720 hours). */
export const DEFAULT_SESSION_HOURS = 12;
/** Failed sign-ins one client address may make in {@link SIGN_IN_WINDOW_MS} before it has to wait. */
export const PER_ADDRESS_FAILURES = 10;
/** Failed sign-ins from all addresses together in {@link SIGN_IN_WINDOW_MS}: the bound on guessing. */
export const GLOBAL_FAILURES = 100;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** Everything the gate keeps between requests: the configuration, read once, and the sign-in state. */
export interface AuthState {
  hosts: AllowedHosts;
  password: PasswordConfig;
  sessionLifetimeMs: number;
  /** Signs session cookies. Random per server process: a restart signs everyone out (see decision 0011). */
  key: Buffer;
  /** Signed-out session ids, until the time their cookie would have expired. */
  revoked: Map<string, number>;
  perAddress: RateLimiter;
  global: RateLimiter;
}

export function sessionHoursFrom(raw: string | undefined): number {
  const hours = Number(raw);
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(hours) && hours >= 0.1 && hours <= 720 ? hours : DEFAULT_SESSION_HOURS;
}

/** A fresh state from `env` (tests build their own). */
export function createAuthState(env: Readonly<Record<string, string | undefined>>, readFile?: (path: string) => string): AuthState {
  return {
    hosts: parseAllowedHosts(env.ROUTE_ATLAS_HOSTS),
    password: readPasswordConfig(env, readFile),
    sessionLifetimeMs: sessionHoursFrom(env.ROUTE_ATLAS_SESSION_HOURS) * 3600 * 1000,
    key: randomKey(),
    revoked: new Map(),
    perAddress: createRateLimiter({ limit: PER_ADDRESS_FAILURES, windowMs: SIGN_IN_WINDOW_MS }),
    global: createRateLimiter({ limit: GLOBAL_FAILURES, windowMs: SIGN_IN_WINDOW_MS, maxKeys: 1 }),
  };
}

// On globalThis, like the database connection: the dev server re-evaluates modules on every edit, and a new key
// each time would sign everyone out.
const HELD = Symbol.for('route-atlas.auth-state');
const holder = globalThis as typeof globalThis & { [HELD]?: AuthState };

/** The process-wide state, created from `process.env` on first use. */
export function getAuthState(): AuthState {
  holder[HELD] ??= createAuthState(process.env);
  return holder[HELD];
}
