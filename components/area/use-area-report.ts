'use client';

import { useDeferredValue, useMemo } from 'react';
import type { Commodity, Dataset } from '@/data';
import type { TimeRange } from '@/data/filter/time-rule';
import { computeAreaReport, type AreaReport, type AreaShape, type DayRange } from '@/geo/analysis/area';
import type { UserAisLayer, UserLayer } from '@/geo/analysis/user-data/types';

export interface AreaReportOptions {
  dataset: Dataset;
  area: AreaShape | null;
  commodities: readonly Commodity[];
  /** The dashboard's time range (null: no time filter). */
  time: TimeRange | null;
  userLayers: readonly UserLayer[];
  hiddenIds: readonly string[];
}

/** The visible AIS user layers: what the report searches, as the map shows them. */
export function visibleAisLayers(userLayers: readonly UserLayer[], hiddenIds: readonly string[]): UserAisLayer[] {
  return userLayers.filter((l): l is UserAisLayer => l.kind === 'ais' && !hiddenIds.includes(l.id));
}

/** The time range as the report's two ranges: the curated records and the user's data follow the same rule, as on the map. */
export function reportRanges(time: TimeRange | null): { days: DayRange | null; importedDays: DayRange | null } {
  return { days: time, importedDays: time };
}

/** The report for the current area and filter, computed in a background render so drawing stays responsive. */
export function useAreaReport({ dataset, area, commodities, time, userLayers, hiddenIds }: AreaReportOptions): AreaReport | null {
  const aisLayers = useMemo(() => visibleAisLayers(userLayers, hiddenIds), [userLayers, hiddenIds]);
  const input = useDeferredValue(useMemo(() => ({ area, commodities, time, aisLayers }), [area, commodities, time, aisLayers]));
  return useMemo(() => {
    if (!input.area) return null;
    return computeAreaReport({ dataset, area: input.area, commodities: input.commodities, aisLayers: input.aisLayers, ...reportRanges(input.time) });
  }, [dataset, input]);
}
