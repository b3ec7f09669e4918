import { DashboardRoot } from '@/components/dashboard/dashboard-root';
import type { Briefing } from '@/lib/briefing/briefing-schema';
import { parseDashboardState } from '@/lib/dashboard-state';
import { toQuery, type PageSearchParams } from '@/lib/search-params';
import { getBriefing } from '@/lib/db/briefing-repository';

// Reads the database on every request (a colleague may have saved a minute ago); better-sqlite3 is Node.js only.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

function shortId(id: string): string {
  return id.length > 40 ? `${id.slice(0, 40)}…` : id;
}

function readBriefing(id: string): { briefing: Briefing | null; problem?: string } {
  try {
    return { briefing: getBriefing(id) };
  } catch (error) {
    // A damaged database must not turn a shared link into a 500: the dashboard opens and says why.
    console.error('[route-atlas] /brief/[id] could not read the briefing:', error);
    return { briefing: null, problem: 'The saved briefings could not be read on this server; showing the default view.' };
  }
}

/**
 * `/brief/<id>`: the dashboard with a saved briefing open. It shows the first slide's view, or, when the address
 * carries a view of its own (the dashboard writes the current view into it, so a reload lands here), that view.
 * An unknown id opens the plain dashboard with a notice.
 */
export default async function BriefPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const { id } = await params;
  const query = toQuery(await searchParams);
  const { briefing, problem } = readBriefing(id);

  if (!briefing) {
    const { state, notices } = parseDashboardState(query);
    return (
      <DashboardRoot
        initialState={state}
        initialNotices={[problem ?? `No saved briefing with id "${shortId(id)}"; it may have been deleted.`, ...notices]}
      />
    );
  }

  const ownView = [...query.keys()].length > 0;
  const { state, notices } = parseDashboardState(ownView ? query : (briefing.slides[0]?.query ?? ''));
  const slideNotices = ownView ? notices : notices.map((notice) => `First slide: ${notice}`);
  return <DashboardRoot initialState={state} initialNotices={slideNotices} initialBriefing={briefing} />;
}
