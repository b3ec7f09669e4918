import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReferenceLoader } from '@/components/bench/reference-loader';
import { benchPagesEnabled, parseMapSize, parseSyntheticPointCount } from '@/components/bench/bench-params';
import { toQuery, type PageSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Benchmark reference (synthetic points)', robots: { index: false } };

/** The benchmark's bare MapLibre + deck.gl page: `?points=N` adds SYNTHETIC points, `?w=&h=` sizes the map. */
export default async function Page({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  // Read the query first: it makes the page render per request, so the switch is read at run time, not at build.
  const query = toQuery(await searchParams);
  if (!benchPagesEnabled()) notFound();
  return <ReferenceLoader syntheticPoints={parseSyntheticPointCount(query)} size={parseMapSize(query)} />;
}
