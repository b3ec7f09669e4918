/**
 * The Content-Security-Policy the app serves. Scripts run only from this origin and with the
 * per-request nonce (Next.js adds it to its own scripts); nothing may connect, load or frame from
 * anywhere else — except an online basemap's origin, and only when one is configured.
 */
export interface CspOptions {
  nonce: string;
  /** Development adds 'unsafe-eval' for React's dev tooling; never in production. */
  development: boolean;
  /** Origin of the optional online basemap style (https://host), or null when offline. */
  onlineBasemapOrigin: string | null;
}

export function buildContentSecurityPolicy({ nonce, development, onlineBasemapOrigin }: CspOptions): string {
  const online = onlineBasemapOrigin ? ` ${onlineBasemapOrigin}` : '';
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    // React and MapLibre set style attributes; scripts, not styles, are what an injection could abuse.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:${online}`,
    `font-src 'self' data:`,
    `connect-src 'self' blob: data:${online}`,
    // MapLibre's worker is served from this origin; PDF and image export may use blob: workers.
    `worker-src 'self' blob:`,
    `child-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    `manifest-src 'self'`,
  ];
  return directives.join('; ');
}

/** The origin of a configured online style URL, or null when none is configured or it is not http(s). */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
