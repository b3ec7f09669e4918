import { describe, expect, it } from 'vitest';
import { yearsRange } from '@/data/filter/time-rule';
import { COMMODITIES, type PetroleumData } from '@/data';
import petroleumFile from '@/data/series/petroleum.json';
import { describePetroleumFigure } from './petroleum-records';
import { petroleumChartRows } from './petroleum-rows';
import { ALL, dataset, only } from './test-fixtures';

describe('petroleumChartRows', () => {
  const petroleum: PetroleumData = dataset.petroleum;
  const rawCap = petroleumFile.caps.find((c) => c.id === 'cap-2397-refined')!;

  it('draws the 2397 cap, the 2019 reported barrels and the US 2018 ceiling in barrels, as stated', () => {
    const data = petroleumChartRows(petroleum, ALL, 'barrels');
    const y2018 = data.rows.find((r) => r.year === 2018)!;
    const y2019 = data.rows.find((r) => r.year === 2019)!;
    expect(y2018.cells.cap).toMatchObject({ value: rawCap.barrels, recordId: 'cap-2397-refined' });
    const us = Object.values(y2018.cells).find((c) => c?.recordId === 'estimate-us-2018');
    expect(us).toMatchObject({ value: 3_780_000, bound: 'upper', partial: false, confidence: 'estimated' });
    const reported = Object.values(y2019.cells).find((c) => c?.recordId === 'delivery-cn-ru-2019-barrels');
    expect(reported?.value).toBe(418_000);
  });

  it('never converts tonnes to barrels: tonnage-only records are not drawn in barrels but are listed', () => {
    const data = petroleumChartRows(petroleum, ALL, 'barrels');
    const drawn = new Set(data.rows.flatMap((r) => Object.values(r.cells).map((c) => c!.recordId)));
    expect(drawn.has('delivery-cn-ru-2018')).toBe(false);
    const listed = data.records.find((r) => r.item.record.id === 'delivery-cn-ru-2018');
    expect(listed).toMatchObject({ plotted: false, figure: '48,430 t' });
  });

  it('in tonnes, stacks disjoint suppliers and drops part-year records a whole-year total covers', () => {
    const data = petroleumChartRows(petroleum, ALL, 'tonnes');
    const y2018 = data.rows.find((r) => r.year === 2018)!;
    expect(Object.values(y2018.cells).map((c) => c!.recordId)).toEqual(['delivery-cn-ru-2018']);
    const y2019 = data.rows.find((r) => r.year === 2019)!;
    expect(y2019.cells['reported:CN']?.value).toBe(22_730);
    expect(y2019.cells['reported:RU']?.value).toBe(30_180);
    expect(data.bars.filter((b) => b.stackId === 'reported').map((b) => b.key)).toEqual([
      'reported:CN',
      'reported:CN+RU',
      'reported:RU',
    ]);
    // No refined cap is stated in tonnes.
    expect(data.bars.some((b) => b.kind === 'cap')).toBe(false);
  });

  it('keeps a year without figures as an empty slot between years with figures', () => {
    const sparse: PetroleumData = {
      caps: [],
      reportedDeliveries: petroleum.reportedDeliveries.filter((d) => d.id === 'delivery-cn-ru-2019-barrels'),
      estimates: petroleum.estimates.filter((e) => e.id === 'estimate-cn-products-2016' || e.id === 'estimate-us-2018'),
    };
    // 2016 is stated in barrels per day only, so the drawn years are 2018 and 2019; add a 2016 annual figure.
    sparse.estimates.push({ ...sparse.estimates.find((e) => e.id === 'estimate-us-2018')!, id: 'x-2016', period: { start: '2016', end: '2016' } });
    const data = petroleumChartRows(sparse, ALL, 'barrels');
    expect(data.rows.map((r) => [r.year, Object.keys(r.cells).length])).toEqual([
      [2016, 1],
      [2017, 0],
      [2018, 1],
      [2019, 1],
    ]);
  });

  it('lets the later resolution supersede an earlier cap for the same years', () => {
    const data = petroleumChartRows(petroleum, ALL, 'barrels');
    expect(data.rows.every((r) => r.cells.cap?.recordId !== 'cap-2375-refined-2018')).toBe(true);
    expect(data.records.find((r) => r.item.record.id === 'cap-2375-refined-2018')?.plotted).toBe(false);
  });

  it('marks part-year figures and trims cap-only years at the ends', () => {
    const data = petroleumChartRows(petroleum, ALL, 'barrels');
    const poe = data.rows.flatMap((r) => Object.values(r.cells)).find((c) => c?.recordId === 'estimate-poe-2021-jan-sep-2020');
    expect(poe).toMatchObject({ partial: true, value: 4_400_000 });
    const years = data.rows.map((r) => r.year);
    expect(years[0]).toBe(2018);
    // The last year with a figure besides the cap: without a time range, 2025 (China's Jan–Feb 2025 deliveries).
    expect(years.at(-1)).toBe(2025);
    expect(data.rows.at(-1)!.cells['reported:CN']).toMatchObject({ partial: true, recordId: 'delivery-cn-2025-jan-feb' });
  });

  it('draws the 2024 figures against the 2397 cap, all in barrels', () => {
    const data = petroleumChartRows(petroleum, only([...COMMODITIES], yearsRange(2024, 2024)), 'barrels');
    const y2024 = data.rows.find((r) => r.year === 2024)!;
    expect(y2024.cells.cap).toMatchObject({ value: 500_000, recordId: 'cap-2397-refined' });
    const osc = Object.values(y2024.cells).find((c) => c?.recordId === 'estimate-osc-2024');
    expect(osc).toMatchObject({ value: 1_000_000, bound: 'lower', partial: true });
    expect(osc!.value).toBeGreaterThan(y2024.cells.cap!.value);
    const notified = Object.values(y2024.cells).find((c) => c?.recordId === 'delivery-cn-ru-2024');
    expect(notified?.value).toBe(168_679);
  });

  it('lists a stated range as a range, never as one number', () => {
    const data = petroleumChartRows(petroleum, only([...COMMODITIES], yearsRange(2020, 2020)), 'barrels');
    const range = data.records.find((r) => r.item.record.id === 'estimate-poe-2020-interim');
    expect(range).toMatchObject({ plotted: false, figure: '600,000–1,600,000 bbl; 56 deliveries' });
  });

  it('follows the year range and the commodity filter', () => {
    const y2019 = petroleumChartRows(petroleum, only([...COMMODITIES], yearsRange(2019, 2019)));
    expect(y2019.rows.map((r) => r.year)).toEqual([2019]);
    expect(y2019.records.some((r) => r.item.record.id === 'estimate-us-2018')).toBe(false);
    // A record with no stated period is listed for any range.
    expect(y2019.records.some((r) => r.item.record.id === 'estimate-poe-2020-us-data')).toBe(true);

    const coal = petroleumChartRows(petroleum, only(['coal']));
    expect(coal.excludedByCommodity).toBe(true);
    expect(coal.rows).toEqual([]);

    const crudeOnly = petroleumChartRows(petroleum, only(['crude-oil']));
    expect(crudeOnly.rows).toEqual([]);
    expect(crudeOnly.records.map((r) => r.item.record.id)).toEqual(['cap-2397-crude']);
  });

  it('writes each figure in the units its source states', () => {
    const cap = petroleum.caps.find((c) => c.id === 'cap-2397-crude')!;
    expect(describePetroleumFigure({ kind: 'cap', record: cap })).toBe('4,000,000 bbl; 525,000 t; per year');
    const us = petroleum.estimates.find((e) => e.id === 'estimate-us-2018')!;
    expect(describePetroleumFigure({ kind: 'estimate', record: us })).toBe(
      'up to 3,780,000 bbl; 263 deliveries; 7× the annual cap',
    );
  });
});
