import { DashboardRoot } from '@/components/dashboard/dashboard-root';
import { parseDashboardState } from '@/lib/dashboard-state';

type SearchParams = Record<string, string | string[] | undefined>;

function toQuery(params: SearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    // A repeated parameter keeps its first value, as URLSearchParams.get would.
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) query.set(key, first);
  }
  return query;
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { state, notices } = parseDashboardState(toQuery(await searchParams));
  return <DashboardRoot initialState={state} initialNotices={notices} />;
}
