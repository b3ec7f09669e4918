import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BenchApp } from '@/components/bench/bench-app';
import { benchPagesEnabled, parseSyntheticPointCount, toQuery } from '@/components/bench/bench-params';
import { parseDashboardState } from '@/lib/dashboard-state';

export const metadata: Metadata = { title: 'Benchmark: the app (synthetic points)', robots: { index: false } };

type SearchParams = Record<string, string | string[] | undefined>;

/** The real dashboard for the benchmark, as `/` renders it; `?points=N` adds SYNTHETIC points. */
export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Read the query first: it makes the page render per request, so the switch is read at run time, not at build.
  const query = toQuery(await searchParams);
  if (!benchPagesEnabled()) notFound();
  const { state, notices } = parseDashboardState(query);
  return <BenchApp initialState={state} initialNotices={notices} syntheticPoints={parseSyntheticPointCount(query)} />;
}
