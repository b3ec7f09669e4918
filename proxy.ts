import { NextResponse, type NextRequest } from 'next/server';
import { USER_HEADER } from '@/lib/auth/auth-http';
import { getAuthState } from '@/lib/auth/auth-state';
import { gate } from '@/lib/auth/gate';
import { buildContentSecurityPolicy, originOf } from '@/lib/security/content-security-policy';

/**
 * The front door, on every request (pages, API, assets): the host check and sign-in (lib/auth/gate.ts), then a
 * fresh CSP nonce on page requests. Next.js reads the policy from the request headers and puts the nonce on its
 * own scripts; the same policy goes out on the response.
 */
export async function proxy(request: NextRequest) {
  const decision = await gate(request, getAuthState());
  if (decision.kind === 'respond') return decision.response;

  const requestHeaders = new Headers(request.headers);
  // Only the gate says who is signed in: a client's own header of this name never reaches a route.
  if (decision.user === null) requestHeaders.delete(USER_HEADER);
  else requestHeaders.set(USER_HEADER, encodeURIComponent(decision.user));

  const path = request.nextUrl.pathname;
  const prefetch = request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch';
  if (!isPage(path) || prefetch) return NextResponse.next({ request: { headers: requestHeaders } });

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = buildContentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === 'development',
    onlineBasemapOrigin: originOf(process.env.NEXT_PUBLIC_ONLINE_BASEMAP_STYLE_URL),
  });
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Static assets and the API carry the fixed security headers from next.config.js; pages get the nonce'd CSP.
const NOT_PAGES = /^\/(api|_next\/static|_next\/image|basemap|maplibre-gl-worker\.mjs|icon\.svg|favicon\.ico)(\/|$)/;
const isPage = (path: string) => !NOT_PAGES.test(path);

export const config = {
  // Everything: a foreign Host must get nothing, not even a script or a basemap tile.
  matcher: '/:path*',
};
