'use client';

import { useCallback, useMemo } from 'react';
import { DashboardRoot, type DashboardRootProps } from '@/components/dashboard/dashboard-root';
import { buildSyntheticPointLayers } from '@/geo/layers/synthetic-point-layers';
import { parseDashboardState, serializeDashboardState } from '@/lib/dashboard-state';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { useBenchHook, type BenchFilterChange, type BenchHook } from './bench-hook';
import { syntheticPointData } from './synthetic-point-data';

/**
 * Changes the app's filter the way a shared link or back/forward does: through the URL and its `popstate`
 * handler, so the whole app (panels, lists, charts, map) takes the change as it would from a user.
 */
function pushFilter(change: BenchFilterChange): void {
  const { state } = parseDashboardState(window.location.search);
  window.history.pushState(null, '', `?${serializeDashboardState({ ...state, ...change })}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The real app (DashboardRoot) with the benchmark hook and the SYNTHETIC points drawn over the atlas. */
export function BenchApp({ syntheticPoints, ...props }: DashboardRootProps & { syntheticPoints: number }) {
  const synthetic = syntheticPointData(syntheticPoints);
  const buildExtraLayers = useCallback(
    (state: { filter: FeatureFilter }) => (synthetic ? buildSyntheticPointLayers(synthetic, state) : []),
    [synthetic],
  );
  const hook = useMemo<BenchHook>(() => ({ variant: 'app', syntheticPoints, setFilter: pushFilter }), [syntheticPoints]);
  useBenchHook(hook);
  return <DashboardRoot {...props} buildExtraLayers={buildExtraLayers} />;
}
