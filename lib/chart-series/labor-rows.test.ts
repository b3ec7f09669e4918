import { describe, expect, it } from 'vitest';
import { yearsRange } from '@/data/filter/time-rule';
import { COMMODITIES, type LaborData } from '@/data';
import laborFile from '@/data/series/labor.json';
import { formatLaborCell, laborChartRows } from './labor-rows';
import { ALL, dataset, only } from './test-fixtures';
import { decimalYear } from './year-axis';

describe('laborChartRows', () => {
  const labor: LaborData = dataset.labor;

  it('gives each point as stated, ranges as ranges', () => {
    const { rows } = laborChartRows(labor, ALL);
    const rawRu = laborFile.workers.find((s) => s.id === 'workers-ru-official')!.points.find((p) => p.date === '2017-12')!;
    const cell = rows.find((r) => r.date === '2017-12')?.cells['workers-ru-official'];
    expect(cell?.value).toBe('value' in rawRu ? rawRu.value : undefined);
    expect(cell?.value).toBe(30_023);
    expect(cell?.bound).toBe('exact');
    expect(cell?.sourceIds).toEqual(rawRu.sourceIds);

    const floor = rows.find((r) => r.date === '2015-10')?.cells['workers-all-countries'];
    expect(floor).toMatchObject({ low: 50_000, bound: 'lower', plot: 50_000 });
    expect(floor?.value).toBeUndefined();
    expect(formatLaborCell(floor!)).toBe('at least 50,000');

    const ceiling = rows.find((r) => r.date === '2018')?.cells['workers-ru-authorised-quota'];
    expect(ceiling).toMatchObject({ high: 154_306, bound: 'upper' });
  });

  it('keeps a two-ended range as a band from low to high', () => {
    const { rows } = laborChartRows(labor, only([...COMMODITIES], yearsRange(2012, 2012)));
    // 2012 is outside YEAR_BOUNDS, but the rule itself is only the range given.
    const cell = rows.find((r) => r.date === '2012')?.cells['workers-cn-estimates'];
    expect(cell).toMatchObject({ low: 20_000, high: 40_000, bound: 'range', plot: 20_000, error: [0, 20_000] });
    expect(formatLaborCell(cell!)).toBe('20,000–40,000');
  });

  it('orders rows on a continuous year axis', () => {
    const { rows } = laborChartRows(labor, ALL);
    const ts = rows.map((r) => r.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    expect(decimalYear('2015')).toBe(2015.5);
    expect(decimalYear('2017-12')).toBeCloseTo(2017.958, 3);
  });

  it('follows the year range, for points and earnings', () => {
    const { rows, earnings } = laborChartRows(labor, only([...COMMODITIES], yearsRange(2019, 2020)));
    expect(rows.every((r) => r.year >= 2019 && r.year <= 2020)).toBe(true);
    expect(rows.find((r) => r.date === '2020-03')?.cells['workers-ru-official']?.value).toBe(511);
    // The US 2017–2019 estimate overlaps; the 2015 take-home pay does not.
    expect(earnings.map((e) => e.id)).toContain('earnings-state-all-2017-2019-us');
    expect(earnings.map((e) => e.id)).not.toContain('earnings-worker-take-home-2015');
  });

  it('shows nothing, and says why, when labor is filtered out', () => {
    const data = laborChartRows(labor, only(['coal']));
    expect(data.excludedByCommodity).toBe(true);
    expect(data.rows).toEqual([]);
    expect(laborChartRows(labor, only(['coal', 'labor'])).rows.length).toBeGreaterThan(0);
  });
});
