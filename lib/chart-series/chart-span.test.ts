import { describe, expect, it } from 'vitest';
import { yearsRange } from '@/data/filter/time-rule';
import { COMMODITIES } from '@/data';
import { computeDatasetSpan, datesOf } from '@/data/dataset-span';
import { incidentsByYearAndCommodity } from './incident-rows';
import { laborChartRows } from './labor-rows';
import { petroleumChartRows } from './petroleum-rows';
import { tradeChartRows } from './trade-rows';
import { dataset, only } from './test-fixtures';

// Issue 13: the charts span what the data span, not a fixed list of years. With the time filter open over the whole
// dataset (computeDatasetSpan), each overview chart runs to the last year its own records reach.

const span = computeDatasetSpan(dataset)!;
const SPAN = only([...COMMODITIES], yearsRange(span.firstYear, span.lastYear));
const lastYear = (dates: readonly string[]) => Math.max(...dates.map((d) => Number(d.slice(0, 4))));

describe('chart axes follow the data', () => {
  it('the dataset reaches 2025, and the petroleum chart reaches its last year', () => {
    expect(span.lastYear).toBeGreaterThanOrEqual(2025);
    const petroleum = petroleumChartRows(dataset.petroleum, SPAN, 'barrels');
    expect(petroleum.rows.at(-1)?.year).toBe(span.lastYear);
  });

  it('each trade chart runs to the last year its series state', () => {
    for (const partner of ['RU', 'CN'] as const) {
      const series = dataset.trade.series.filter((s) => s.partners[0] === partner);
      const rows = tradeChartRows(series, SPAN, { flows: ['total', 'dprk-exports', 'dprk-imports'] }).rows;
      expect(rows.at(-1)?.year, partner).toBe(Math.max(...series.flatMap((s) => s.points.map((p) => p.year))));
      expect(rows[0]?.year, partner).toBe(Math.min(...series.flatMap((s) => s.points.map((p) => p.year))));
    }
  });

  it('the labor chart runs to the last dated head count', () => {
    const rows = laborChartRows(dataset.labor, SPAN).rows;
    expect(Math.floor(rows.at(-1)!.t)).toBe(lastYear(dataset.labor.workers.flatMap((w) => w.points.map((p) => p.date))));
  });

  it('the incidents chart runs to the year of the last incident', () => {
    const rows = incidentsByYearAndCommodity(dataset.stsIncidents.features, null, SPAN).rows;
    expect(rows.at(-1)?.year).toBe(lastYear(datesOf(dataset, 'stsIncidents')));
  });
});
