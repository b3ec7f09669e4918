import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
