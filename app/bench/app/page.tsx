import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BenchApp } from '@/components/bench/bench-app';
import { benchPagesEnabled, parseSyntheticPointCount } from '@/components/bench/bench-params';
import { toQuery, type PageSearchParams } from '@/lib/search-params';
import { parseDashboardState } from '@/lib/dashboard-state';

export const metadata: Metadata = { title: 'Benchmark: the app (synthetic points)', robots: { index: false } };

/** The real dashboard for the benchmark, as `/` renders it; `?points=N` adds SYNTHETIC points. */
export default async function Page({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  // Read the query first: it makes the page render per request, so the switch is read at run time, not at build.
  const query = toQuery(await searchParams);
  if (!benchPagesEnabled()) notFound();
  const { state, notices } = parseDashboardState(query);
  return <BenchApp initialState={state} initialNotices={notices} syntheticPoints={parseSyntheticPointCount(query)} />;
}
