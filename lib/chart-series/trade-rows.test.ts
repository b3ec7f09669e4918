import { describe, expect, it } from 'vitest';
import { dayOfDate } from '@/data/filter/epoch-day';
import { yearsRange } from '@/data/filter/time-rule';
import { COMMODITIES, type TradeSeries } from '@/data';
import tradeFile from '@/data/series/trade.json';
import { ALL, dataset, only, rawTradePoint } from './test-fixtures';
import { tradeChartRows } from './trade-rows';

describe('tradeChartRows', () => {
  it('gives the Russia–DPRK 2018 figure exactly as the data file states it, with its sources', () => {
    const raw = rawTradePoint('trade-ru-kp-total-russia-official', 2018);
    expect(raw).toBeDefined();
    const { rows } = tradeChartRows(dataset.trade.series, ALL);
    const cell = rows.find((r) => r.year === 2018)?.cells['trade-ru-kp-total-russia-official'];
    expect(cell?.valueUsd).toBe(raw!.valueUsd);
    expect(cell?.confidence).toBe(raw!.confidence);
    expect(cell?.sourceIds).toEqual(raw!.sourceIds);
  });

  it('matches every point of every total series in the file, and invents none', () => {
    const { rows, series } = tradeChartRows(dataset.trade.series, ALL);
    const totals = tradeFile.series.filter((s) => s.flow === 'total' || s.commodity !== 'all');
    expect(series.map((s) => s.id)).toEqual(totals.map((s) => s.id));
    for (const s of totals) {
      for (const p of s.points) expect(rows.find((r) => r.year === p.year)?.cells[s.id]?.valueUsd).toBe(p.valueUsd);
    }
    const cellCount = rows.reduce((n, r) => n + Object.keys(r.cells).length, 0);
    expect(cellCount).toBe(totals.reduce((n, s) => n + s.points.length, 0));
  });

  it('keeps publishers side by side, never averaged (China–DPRK 2018: GACC and KOTRA)', () => {
    const { rows } = tradeChartRows(dataset.trade.series, ALL);
    const row = rows.find((r) => r.year === 2018)!;
    expect(row.cells['trade-cn-kp-total-gacc']?.valueUsd).toBe(rawTradePoint('trade-cn-kp-total-gacc', 2018)!.valueUsd);
    expect(row.cells['trade-cn-kp-total-kotra']?.valueUsd).toBe(rawTradePoint('trade-cn-kp-total-kotra', 2018)!.valueUsd);
  });

  it('leaves a missing year missing, never zero', () => {
    const series = dataset.trade.series.filter((s) => s.id === 'trade-ru-kp-total-russia-official');
    const { rows } = tradeChartRows(series, ALL);
    // The Russian official series has gaps (no 2019, no 2021): those years are on the axis with no cell.
    const stated = new Set(series[0]!.points.map((p) => p.year));
    const first = Math.min(...stated);
    const last = Math.max(...stated);
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    const gaps = rows.filter((r) => !stated.has(r.year));
    expect(gaps.map((r) => r.year)).toEqual(expect.arrayContaining([2019, 2021]));
    for (const gap of gaps) expect(gap.cells).toEqual({});
  });

  it('keeps only points within the year range', () => {
    const { rows } = tradeChartRows(dataset.trade.series, only([...COMMODITIES], yearsRange(2019, 2020)));
    expect(rows.map((r) => r.year)).toEqual([2019, 2020]);
    expect(rows.find((r) => r.year === 2019)?.cells['trade-ru-kp-total-yonhap']?.valueUsd).toBe(47_900_000);
  });

  it('shows commodity lines only for selected commodities, and totals always', () => {
    const coal = tradeChartRows(dataset.trade.series, only(['coal']));
    expect(coal.series.some((s) => s.id === 'trade-cn-kp-coal-exports-gacc')).toBe(true);
    expect(coal.series.some((s) => s.id === 'trade-ru-kp-imports-petroleum-yonhap')).toBe(false);
    expect(coal.series.some((s) => s.id === 'trade-cn-kp-total-gacc')).toBe(true);

    const none = tradeChartRows(dataset.trade.series, only([]));
    expect(none.series.every((s) => s.commodity === 'all')).toBe(true);
    expect(none.series.length).toBeGreaterThan(0);
    // The legend still offers the commodities the filter hides, so they can be toggled back on.
    expect(none.legendCommodities).toEqual(expect.arrayContaining(['coal', 'refined-petroleum']));

    const several = tradeChartRows(dataset.trade.series, only(['coal', 'refined-petroleum']));
    expect(several.series.filter((s) => s.commodity !== 'all').map((s) => s.commodity).sort()).toEqual([
      'coal',
      'refined-petroleum',
    ]);
  });

  it('adds exports and imports only when asked', () => {
    const plain = tradeChartRows(dataset.trade.series, ALL);
    expect(plain.series.some((s) => s.flow !== 'total' && s.commodity === 'all')).toBe(false);
    const flows = tradeChartRows(dataset.trade.series, ALL, { flows: ['total', 'dprk-exports', 'dprk-imports'] });
    expect(flows.series.some((s) => s.id === 'trade-cn-kp-exports-gacc')).toBe(true);
  });

  it('is empty for a range without figures', () => {
    // No trade figure predates 2013.
    const data = tradeChartRows(dataset.trade.series, only([...COMMODITIES], yearsRange(2010, 2012)));
    expect(data.rows).toEqual([]);
    expect(data.series).toEqual([]);
  });

  it('works on a hand-made series (ranges, open years)', () => {
    const series: TradeSeries = {
      id: 'x',
      label: 'X',
      partners: ['RU', 'KP'],
      publisher: 'P',
      flow: 'total',
      commodity: 'timber',
      unit: 'USD',
      sourceIds: ['s'],
      confidence: 'reported',
      points: [
        { year: 2014, valueUsd: 0, confidence: 'reported', sourceIds: ['s'] },
        { year: 2016, valueUsd: 5, confidence: 'estimated', sourceIds: ['t'], note: 'n' },
      ],
    };
    const data = tradeChartRows([series], only(['timber'], yearsRange(2013, 2016)));
    // A sourced zero is a figure and stays; the gap year between is empty.
    expect(data.rows.map((r) => [r.year, r.cells.x?.valueUsd])).toEqual([
      [2014, 0],
      [2015, undefined],
      [2016, 5],
    ]);
    expect(data.sourceIds).toEqual(['s', 't']);
    // The range's first year is before the first figure, so not on the axis: both it and the gap are said.
    expect(data.yearsWithoutFigure).toEqual([2013, 2015]);
    // Without a range: the gaps between the first figure and the last.
    expect(tradeChartRows([series], only(['timber'])).yearsWithoutFigure).toEqual([2015]);
    // A range that touches a year by one day counts it.
    const lastDay = [dayOfDate(2014, 1, 1), dayOfDate(2017, 1, 1)] as const;
    expect(tradeChartRows([series], only(['timber'], lastDay)).yearsWithoutFigure).toEqual([2015, 2017]);
  });

  it('names the years the range touches that no shown series has a figure for', () => {
    const russia = dataset.trade.series.filter((s) => s.partners.join() === 'RU,KP');
    const stated = new Set(tradeChartRows(russia, ALL).rows.filter((r) => Object.keys(r.cells).length > 0).map((r) => r.year));
    const data = tradeChartRows(russia, only([...COMMODITIES], yearsRange(2012, 2025)));
    const expected = Array.from({ length: 14 }, (_, i) => 2012 + i).filter((y) => !stated.has(y));
    expect(data.yearsWithoutFigure).toEqual(expected);
    // The Russian series state nothing for 2021 (customs gave tonnes only).
    expect(data.yearsWithoutFigure).toContain(2021);
  });
});
