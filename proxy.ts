import { NextResponse, type NextRequest } from 'next/server';
import { buildContentSecurityPolicy, originOf } from '@/lib/security/content-security-policy';

/**
 * Sets a fresh CSP nonce on every page request. Next.js reads the policy from the request headers
 * and puts the nonce on its own scripts; the same policy goes out on the response.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = buildContentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === 'development',
    onlineBasemapOrigin: originOf(process.env.NEXT_PUBLIC_ONLINE_BASEMAP_STYLE_URL),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: static assets and the API carry the fixed security headers from next.config.js.
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|basemap|maplibre-gl-worker.mjs|icon.svg|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
