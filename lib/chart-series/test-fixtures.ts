import { COMMODITIES, getDataset } from '@/data';
import tradeFile from '@/data/series/trade.json';
import type { FeatureFilter } from '@/data/filter/feature-filter';

// Shared by the tests beside it, so each checks its module against the same dataset and filters.

export const dataset = getDataset();

export const ALL: FeatureFilter = { commodities: [...COMMODITIES], time: null };

export const only = (commodities: FeatureFilter['commodities'], time: FeatureFilter['time'] = ALL.time): FeatureFilter => ({
  commodities,
  time,
});

/** The raw point of a series in the data file, read without the loader. */
export function rawTradePoint(seriesId: string, year: number) {
  const series = tradeFile.series.find((s) => s.id === seriesId);
  return series?.points.find((p) => p.year === year);
}
