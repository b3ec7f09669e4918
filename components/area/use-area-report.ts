'use client';

import { useDeferredValue, useMemo } from 'react';
import type { Commodity, Dataset } from '@/data';
import { YEAR_BOUNDS } from '@/data/filter/feature-filter';
import { computeAreaReport, yearsDayRange, type AreaReport, type AreaShape, type DayRange } from '@/geo/analysis/area';
import type { UserAisLayer, UserLayer } from '@/geo/analysis/user-data/types';

export interface AreaReportOptions {
  dataset: Dataset;
  area: AreaShape | null;
  commodities: readonly Commodity[];
  /** The dashboard's time filter. */
  years: readonly [number, number];
  userLayers: readonly UserLayer[];
  hiddenIds: readonly string[];
}

/** The visible AIS user layers: what the report searches, as the map shows them. */
export function visibleAisLayers(userLayers: readonly UserLayer[], hiddenIds: readonly string[]): UserAisLayer[] {
  return userLayers.filter((l): l is UserAisLayer => l.kind === 'ais' && !hiddenIds.includes(l.id));
}

/**
 * The time filter as the report's two ranges: curated records by the years; the user's data by the same years,
 * except while the years span the whole dataset, when (as on the map) the user's data are not filtered by time.
 */
export function reportRanges(years: readonly [number, number]): { days: DayRange; importedDays: DayRange | null } {
  const days = yearsDayRange(years);
  const all = years[0] <= YEAR_BOUNDS[0] && years[1] >= YEAR_BOUNDS[1];
  return { days, importedDays: all ? null : days };
}

/** The report for the current area and filter, computed in a background render so drawing stays responsive. */
export function useAreaReport({ dataset, area, commodities, years, userLayers, hiddenIds }: AreaReportOptions): AreaReport | null {
  const aisLayers = useMemo(() => visibleAisLayers(userLayers, hiddenIds), [userLayers, hiddenIds]);
  const input = useDeferredValue(useMemo(() => ({ area, commodities, years, aisLayers }), [area, commodities, years, aisLayers]));
  return useMemo(() => {
    if (!input.area) return null;
    return computeAreaReport({ dataset, area: input.area, commodities: input.commodities, aisLayers: input.aisLayers, ...reportRanges(input.years) });
  }, [dataset, input]);
}
