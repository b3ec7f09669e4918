'use client';

import { useEffect, useState } from 'react';
import { BASEMAP_ASSET_PATHS } from '@/geo/basemap/basemap-region';
import { riverLabelsOf, type RiverLabel } from '@/geo/basemap/border-rivers';

/** The border rivers' label points, from the file MapLibre draws their lines from (none with an online style, or on error). */
export function useRiverLabels(enabled: boolean): RiverLabel[] {
  const [labels, setLabels] = useState<RiverLabel[]>([]);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    fetch(BASEMAP_ASSET_PATHS.rivers, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => setLabels(riverLabelsOf(data)))
      .catch(() => setLabels([]));
    return () => controller.abort();
  }, [enabled]);
  return labels;
}
