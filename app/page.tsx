import { DashboardRoot } from '@/components/dashboard/dashboard-root';
import { parseDashboardState } from '@/lib/dashboard-state';
import { toQuery, type PageSearchParams } from '@/lib/search-params';

export default async function Page({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { state, notices } = parseDashboardState(toQuery(await searchParams));
  return <DashboardRoot initialState={state} initialNotices={notices} />;
}
