'use client';

import { useMemo } from 'react';
import { BriefingPanel } from '@/components/briefing/briefing-panel';
import { useLatestReader } from '@/components/ui/use-latest';
import { captureMapView } from '@/components/map/capture-view';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import type { useBriefingSession } from './use-briefing-session';
import type { useSlideNavigation } from './use-slide-navigation';

interface BriefingTabInput {
  /** The current view's serialized dashboard state. */
  query: string;
  session: ReturnType<typeof useBriefingSession>;
  slideNav: ReturnType<typeof useSlideNavigation>;
  userLayers: readonly UserLayer[];
}

/**
 * The Briefing tab's panel: the same element until the briefing or its handlers change, so the tab (mostly hidden)
 * skips the dashboard's renders for a pan or a filter change. It reads the current view only when a slide is added
 * or updated or the view exported, through a getter that stays the same.
 */
export function useBriefingTab({ query, session, slideNav, userLayers }: BriefingTabInput) {
  const readQuery = useLatestReader(query);
  const { draft, setDraft, activeSlideId, requestMapPoint } = session;
  const { showSlide, startPresenting, showSlideAndWait, applyQuery } = slideNav;
  return useMemo(
    () => (
      <BriefingPanel
        currentQuery={readQuery}
        briefing={draft}
        onBriefingChange={setDraft}
        activeSlideId={activeSlideId}
        onShowSlide={showSlide}
        onPresent={startPresenting}
        onRequestMapPoint={requestMapPoint}
        captureView={captureMapView}
        showSlideAndWait={showSlideAndWait}
        onRestoreView={applyQuery}
        userLayers={userLayers}
      />
    ),
    [readQuery, draft, setDraft, activeSlideId, showSlide, startPresenting, requestMapPoint, showSlideAndWait, applyQuery, userLayers],
  );
}
