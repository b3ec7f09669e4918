/** Names shared by the proxy, the sign-in page and the route handlers. */

/** The session cookie: HttpOnly, SameSite=Strict, Secure when the request came over HTTPS. */
export const SESSION_COOKIE = 'route-atlas-session';
/**
 * Request header the proxy sets on every request it lets through: the signed-in name, URI-encoded (names may be
 * any script; header values are Latin-1). Absent when sign-in is off. A client's own header of this name is dropped.
 */
export const USER_HEADER = 'x-route-atlas-user';
export const SIGN_IN_PATH = '/sign-in';
export const SIGN_OUT_PATH = '/sign-out';
/** What briefings record as their saver when sign-in is off. */
export const LOCAL_USER = 'local';
export const MAX_NAME_CHARS = 60;

/** The signed-in name from a request the proxy let through, or {@link LOCAL_USER} when sign-in is off. */
export function userOf(headers: Headers): string {
  const raw = headers.get(USER_HEADER);
  if (!raw) return LOCAL_USER;
  try {
    return cleanName(decodeURIComponent(raw)) ?? LOCAL_USER;
  } catch {
    return LOCAL_USER;
  }
}

/** A name as typed at sign-in: trimmed, inner spaces collapsed; null when empty, too long or with control characters. */
export function cleanName(raw: string): string | null {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '' || [...name].length > MAX_NAME_CHARS) return null;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name)) return null;
  return name;
}

/** A same-site path to go to after sign-in; anything else (another site, `//host`, `/\host`) becomes `/`. */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 2000 || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === SIGN_IN_PATH || raw.startsWith(`${SIGN_IN_PATH}?`) || raw.startsWith(SIGN_OUT_PATH)) return '/';
  return /[\u0000-\u001f\\]/.test(raw) ? '/' : raw;
}
