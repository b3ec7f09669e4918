'use client';

import { useCallback } from 'react';
import { waitForMapSettled } from '@/components/map/capture-view';
import type { Slide } from '@/lib/briefing/briefing-schema';
import { parseDashboardState, type DashboardState } from '@/lib/dashboard-state';
import type { useBriefingSession } from './use-briefing-session';
import type { StateChecker } from './use-dashboard-state';

interface SlideNavigationInput {
  session: ReturnType<typeof useBriefingSession>;
  checkState: StateChecker;
  update: (patch: Partial<DashboardState>) => void;
  addNotice: (notice: string) => void;
}

/**
 * Moving through a briefing's slides. A slide is a saved link: showing it parses its query like a URL, with the
 * same checks, so a slide that names a feature the data no longer has gets the same notice a link would.
 */
export function useSlideNavigation({ session, checkState, update, addNotice }: SlideNavigationInput) {
  const { setActiveSlideId, setPresenting } = session;
  const applyQuery = useCallback(
    (query: string) => {
      const parsed = checkState(parseDashboardState(query));
      update(parsed.state);
      parsed.notices.forEach(addNotice);
    },
    [checkState, update, addNotice],
  );
  const showSlide = useCallback(
    (slide: Slide) => {
      setActiveSlideId(slide.id);
      applyQuery(slide.query);
    },
    [applyQuery, setActiveSlideId],
  );
  const showSlideAndWait = useCallback(
    async (slide: Slide) => {
      showSlide(slide);
      await waitForMapSettled(20_000, checkState(parseDashboardState(slide.query)).state.view);
    },
    [showSlide, checkState],
  );
  const slides = session.draft?.slides ?? [];
  const presentIndex = Math.max(0, slides.findIndex((s) => s.id === session.activeSlideId));
  const firstSlide = session.activeSlide ?? slides[0];
  const startPresenting = useCallback(() => {
    if (!firstSlide) return;
    showSlide(firstSlide);
    setPresenting(true);
  }, [firstSlide, showSlide, setPresenting]);
  const showSlideAt = (index: number) => {
    const slide = slides[index];
    if (slide) showSlide(slide);
  };
  return { applyQuery, showSlide, showSlideAndWait, presentIndex, showSlideAt, startPresenting };
}
