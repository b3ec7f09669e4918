'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { Annotation, Briefing, Slide } from '@/lib/briefing/briefing-schema';
import { draftFromBriefing, type BriefingDraft } from '@/lib/briefing/slide-ops';

/**
 * The open briefing and how it is being used: the active slide, presentation, and a pending
 * "pick a point on the map" request (for annotations). Kept beside the dashboard state, not in the
 * URL: the link of a view is its query; a briefing is shared by its saved id (/brief/<id>).
 */
export function useBriefingSession(initialBriefing: Briefing | undefined) {
  const [draft, setDraft] = useState<BriefingDraft | null>(() => (initialBriefing ? draftFromBriefing(initialBriefing) : null));
  const [activeSlideId, setActiveSlideId] = useState<string | null>(() => initialBriefing?.slides[0]?.id ?? null);
  const [presenting, setPresenting] = useState(false);
  const [pickingPoint, setPickingPoint] = useState(false);
  const pointCallback = useRef<((lonLat: [number, number]) => void) | null>(null);

  const activeSlide: Slide | null = useMemo(
    () => draft?.slides.find((s) => s.id === activeSlideId) ?? null,
    [draft, activeSlideId],
  );
  const annotations: readonly Annotation[] = activeSlide?.annotations ?? NO_ANNOTATIONS;

  const requestMapPoint = useCallback((callback: (lonLat: [number, number]) => void) => {
    pointCallback.current = callback;
    setPickingPoint(true);
  }, []);

  /** A map click while a point is requested goes to the requester, not to selection. */
  const takeMapPoint = useCallback((lonLat: [number, number]): boolean => {
    const callback = pointCallback.current;
    if (!callback) return false;
    pointCallback.current = null;
    setPickingPoint(false);
    callback(lonLat);
    return true;
  }, []);

  const cancelMapPoint = useCallback(() => {
    pointCallback.current = null;
    setPickingPoint(false);
  }, []);

  return {
    draft,
    setDraft,
    activeSlide,
    activeSlideId,
    setActiveSlideId,
    annotations,
    presenting,
    setPresenting,
    pickingPoint,
    requestMapPoint,
    takeMapPoint,
    cancelMapPoint,
  };
}

const NO_ANNOTATIONS: readonly Annotation[] = [];
