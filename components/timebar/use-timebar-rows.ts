'use client';

import { useMemo } from 'react';
import { COMMODITY_LABELS, type AnyFeature, type Commodity } from '@/data';
import type { Theme } from '@/geo/basemap/basemap-theme';
import { commodityColor, forTheme, type Rgba } from '@/geo/palette';
import { AIS_EVENT_COLORS, USER_DATA_COLOR } from '@/geo/layers/user-data-palette';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import { binByMonth } from '@/lib/timebar/histogram';
import { NO_COMMODITY, curatedTimedRecords, userLayerHistograms } from '@/lib/timebar/timed-records';
import type { HistogramRow } from './timebar-types';

const css = ([r, g, b]: Rgba) => `rgb(${r} ${g} ${b})`;
const NO_COMMODITY_COLOR = 'rgb(150 156 166)';
const AIS_KIND_LABELS: Record<string, string> = { encounter: 'encounters', loitering: 'loitering', gap: 'gaps' };

/**
 * The histogram rows: the curated records (those the commodity filter leaves, stacked by commodity in the filter's
 * order), then one or two rows per dataset of the user's. Memoised on its inputs: the bars do not change with the
 * time range, only with the data and the commodities.
 */
export function useTimebarRows(
  features: readonly AnyFeature[],
  commodityOrder: readonly Commodity[],
  imported: readonly UserLayer[],
  theme: Theme,
): HistogramRow[] {
  const curated = useMemo(() => binByMonth(curatedTimedRecords(features), [...commodityOrder, NO_COMMODITY]), [features, commodityOrder]);
  const own = useMemo(() => userLayerHistograms(imported), [imported]);
  return useMemo(() => {
    const commodityCss = (c: string) => (c === NO_COMMODITY ? NO_COMMODITY_COLOR : css(forTheme(commodityColor(c), theme)));
    const userCss = (c: string) => css((AIS_EVENT_COLORS as Record<string, Rgba>)[c] ?? USER_DATA_COLOR);
    return [
      {
        id: 'curated',
        label: 'Dated records',
        histogram: curated,
        colorOf: commodityCss,
        categoryLabel: (c: string) => (c === NO_COMMODITY ? 'no commodity' : (COMMODITY_LABELS[c as Commodity] ?? c).toLowerCase()),
      },
      ...own.map((row) => ({ ...row, colorOf: userCss, categoryLabel: (c: string) => AIS_KIND_LABELS[c] ?? c })),
    ];
  }, [curated, own, theme]);
}
