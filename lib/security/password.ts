import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Shorter passwords are refused: the server would start, but nobody could sign in (fail closed). */
export const MIN_PASSWORD_CHARS = 8;

/**
 * Sign-in as configured: `off` (no password set: a single-user server on loopback), `on` with the SHA-256 of the
 * password, or `broken` (set but unusable), in which case the server refuses every request and says why.
 */
export type PasswordConfig = { mode: 'off' } | { mode: 'on'; digest: Buffer } | { mode: 'broken'; problem: string };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Reads `ROUTE_ATLAS_PASSWORD`, or the file named by `ROUTE_ATLAS_PASSWORD_FILE` (its trailing line break dropped,
 * so that `echo secret > file` works). Both set is an error: which one wins would be a guess.
 */
export function readPasswordConfig(
  env: Readonly<Record<string, string | undefined>>,
  readFile: (path: string) => string = (path) => readFileSync(/*turbopackIgnore: true*/ path, 'utf8'),
): PasswordConfig {
  const direct = env.ROUTE_ATLAS_PASSWORD;
  const file = env.ROUTE_ATLAS_PASSWORD_FILE?.trim();
  if (direct !== undefined && direct !== '' && file) {
    return { mode: 'broken', problem: 'both ROUTE_ATLAS_PASSWORD and ROUTE_ATLAS_PASSWORD_FILE are set; set only one' };
  }
  let password: string;
  if (file) {
    try {
      password = readFile(file).replace(/\r?\n$/, '');
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
      return { mode: 'broken', problem: `ROUTE_ATLAS_PASSWORD_FILE ${file} cannot be read (${code})` };
    }
  } else if (direct !== undefined && direct !== '') password = direct;
  else return { mode: 'off' };
  if ([...password].length < MIN_PASSWORD_CHARS) {
    return { mode: 'broken', problem: `the sign-in password is shorter than ${MIN_PASSWORD_CHARS} characters` };
  }
  return { mode: 'on', digest: sha256(password) };
}

/**
 * Whether `given` is the password whose SHA-256 is `digest`. Both sides are hashed to the same length first, so
 * `timingSafeEqual` compares them in a time that tells nothing about the length or the content of either.
 */
export function passwordMatches(given: string, digest: Buffer): boolean {
  const candidate = sha256(given);
  return candidate.length === digest.length && timingSafeEqual(candidate, digest);
}
