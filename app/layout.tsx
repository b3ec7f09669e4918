import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { AccountBar } from '@/components/ui/account-bar';
import { USER_HEADER, userOf } from '@/lib/auth/auth-http';
import 'maplibre-gl/dist/maplibre-gl.css';
// The fonts ship with the app: @font-face rules split by unicode-range, so a page downloads only the subsets
// its text uses (Latin and Cyrillic from Noto Sans, Hangul and Han from Noto Sans KR and SC).
import '@fontsource-variable/noto-sans';
import '@fontsource-variable/noto-sans-kr';
import '@fontsource-variable/noto-sans-sc';
import './globals.css';

export const metadata: Metadata = {
  title: 'Route Atlas — DPRK sanctions leakage through Russia and China',
  description:
    'Ports, rail links, sea routes and ship-to-ship transfer zones through which North Korea’s sanctions leak, with sourced trade and labor figures.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy sets this header only for a signed-in user of a team server (and drops any a client sent).
  const requestHeaders = await headers();
  const signedIn = requestHeaders.has(USER_HEADER);
  return (
    <html lang="en">
      <body data-signed-in={signedIn ? '' : undefined}>
        {children}
        {signedIn && <AccountBar name={userOf(requestHeaders)} />}
      </body>
    </html>
  );
}
