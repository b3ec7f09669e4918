import { describe, expect, it } from 'vitest';
import { yearsRange } from '@/data/filter/time-rule';
import { COMMODITIES, type PetroleumData } from '@/data';
import { computeDatasetSpan } from '@/data/dataset-span';
import petroleumFile from '@/data/series/petroleum.json';
import { calendarYear } from './petroleum-figures';
import { describePetroleumFigure } from './petroleum-records';
import { petroleumChartRows, type PetroleumChartData, type PetroleumMark } from './petroleum-rows';
import { dataset, only } from './test-fixtures';

// Figures are read from the data file, so a test fails if the chart draws anything but the file's value.

const petroleum: PetroleumData = dataset.petroleum;
const span = computeDatasetSpan(dataset)!;
/** Every year the data span, every commodity: the chart as it will look when the filter spans the data. */
const SPAN = only([...COMMODITIES], yearsRange(span.firstYear, span.lastYear));
const rawEstimate = (id: string) => petroleumFile.estimates.find((e) => e.id === id)!;
const rawDelivery = (id: string) => petroleumFile.reportedDeliveries.find((d) => d.id === id)!;
const rawCap = petroleumFile.caps.find((c) => c.id === 'cap-2397-refined')!;

const marks = (data: PetroleumChartData): PetroleumMark[] => data.rows.flatMap((r) => r.marks);
const mark = (data: PetroleumChartData, recordId: string) => marks(data).find((m) => m.recordId === recordId);
const listed = (data: PetroleumChartData, recordId: string) => data.records.find((r) => r.item.record.id === recordId);

describe('petroleumChartRows in barrels', () => {
  const data = petroleumChartRows(petroleum, SPAN, 'barrels');

  it('draws the 2024 figures against the 2397 cap, the Open Source Centre floor above it', () => {
    const y2024 = data.rows.find((r) => r.year === 2024)!;
    expect(y2024.cap).toMatchObject({ value: rawCap.barrels, recordId: rawCap.id });
    const osc = rawEstimate('estimate-osc-2024');
    expect(mark(data, osc.id)).toMatchObject({ shape: 'floor', value: osc.barrels, partial: true, confidence: osc.confidence });
    expect(osc.barrels).toBeGreaterThan(rawCap.barrels);
    const whiteHouse = rawEstimate('estimate-us-2024-03');
    expect(mark(data, whiteHouse.id)).toMatchObject({ shape: 'floor', value: whiteHouse.barrels });
    expect(mark(data, 'delivery-cn-ru-2024')?.value).toBe(rawDelivery('delivery-cn-ru-2024').barrels);
    expect(y2024.marks.map((m) => m.recordId)).toContain('estimate-rusi-2024-03');
  });

  it('compares only figures stated in barrels with the cap: every mark is its record’s barrel figure, never converted or summed', () => {
    const all = [...petroleumFile.reportedDeliveries, ...petroleumFile.estimates] as Record<string, unknown>[];
    expect(marks(data).length).toBeGreaterThan(0);
    for (const m of marks(data)) {
      const record = all.find((r) => r.id === m.recordId)!;
      const stated = record.barrelsHigh ?? record.barrels;
      expect(stated, m.recordId).toBe(m.value);
    }
    // A record stated in tonnes only is listed, not drawn, and says why.
    const tonnesOnly = listed(data, 'delivery-cn-ru-2018');
    expect(tonnesOnly).toMatchObject({ plotted: false, figure: `${rawDelivery('delivery-cn-ru-2018').tonnes!.toLocaleString('en')} t`, statedIn: 'tonnes' });
    expect(tonnesOnly?.notDrawnReason).toMatch(/tonnes, not converted/);
  });

  it('draws floors, ceilings and ranges as their sources state them', () => {
    const range = rawEstimate('estimate-poe-2020-interim');
    expect(mark(data, range.id)).toMatchObject({ shape: 'range', low: range.barrelsLow, value: range.barrelsHigh });
    expect(mark(data, 'estimate-us-2018')).toMatchObject({ shape: 'ceiling', value: rawEstimate('estimate-us-2018').barrels, partial: false });
    expect(mark(data, 'estimate-poe-2024-final')).toMatchObject({ shape: 'floor', value: rawEstimate('estimate-poe-2024-final').barrels });
    for (const e of petroleumFile.estimates) {
      const m = mark(data, e.id);
      if (!m) continue;
      if (e.barrelsIsLowerBound) expect(m.shape, e.id).toBe('floor');
      else if (e.barrelsIsUpperBound) expect(m.shape, e.id).toBe('ceiling');
      else if (e.barrelsLow !== undefined) expect(m.shape, e.id).toBe('range');
      else expect(m.shape, e.id).toBe('value');
    }
  });

  it('spans the years of the figures, through the last year any barrel figure covers', () => {
    const barrelYears = [...petroleumFile.reportedDeliveries, ...petroleumFile.estimates]
      .filter((r) => 'barrels' in r || 'barrelsLow' in r)
      .flatMap((r) => {
        const year = calendarYear(r.period);
        return year ? [year.year] : [];
      });
    expect(data.rows[0]!.year).toBe(Math.min(...barrelYears));
    expect(data.rows.at(-1)!.year).toBe(Math.max(...barrelYears));
    expect(data.rows.at(-1)!.year).toBe(span.lastYear);
    expect(data.rows.map((r) => r.year)).toEqual(
      Array.from({ length: data.rows.length }, (_, i) => data.rows[0]!.year + i),
    );
  });

  it('leaves out a figure whose suppliers a drawn one counts, or that another of its series covers, and says so', () => {
    expect(mark(data, 'delivery-ru-2024-01')).toBeUndefined();
    expect(listed(data, 'delivery-ru-2024-01')?.notDrawnReason).toMatch(/counted in the .* figure \(Notified to the UN: China \+ Russia\)/);
    expect(mark(data, 'delivery-cn-2021-09')).toBeUndefined();
    expect(listed(data, 'delivery-cn-2021-09')?.notDrawnReason).toMatch(/^Part of the year the 2021 figure/);
    // At most one mark per series and year.
    for (const row of data.rows) expect(new Set(row.marks.map((m) => m.seriesKey)).size).toBe(row.marks.length);
  });

  it('lets the later resolution supersede an earlier cap, and lists a part-year cap without drawing it as annual', () => {
    expect(data.rows.every((r) => r.cap?.recordId !== 'cap-2375-refined-2018')).toBe(true);
    expect(listed(data, 'cap-2375-refined-2018')?.notDrawnReason).toBe(`Superseded by ${rawCap.resolution}`);
    expect(listed(data, 'cap-2375-refined-2017-q4')?.notDrawnReason).toMatch(/only, not an annual one/);
  });

  it('says why a per-day figure, a count of deliveries and a multi-year record are not drawn', () => {
    expect(listed(data, 'estimate-cn-products-2016')).toMatchObject({ plotted: false, statedIn: 'barrels per day' });
    expect(listed(data, 'estimate-us-2018-jan-may')).toMatchObject({ plotted: false, notDrawnReason: 'A count of deliveries, with no volume' });
    const tonnes = petroleumChartRows(petroleum, SPAN, 'tonnes');
    expect(listed(tonnes, 'delivery-ru-from-2020-10')?.notDrawnReason).toBe('Covers more than one calendar year');
    expect(listed(data, 'estimate-poe-2020-us-data')?.notDrawnReason).toBe('Period not stated');
  });
});

describe('petroleumChartRows in tonnes', () => {
  const data = petroleumChartRows(petroleum, SPAN, 'tonnes');

  it('draws no cap (the UN states it in barrels) and only figures stated in tonnes', () => {
    expect(data.hasCap).toBe(false);
    expect(data.rows.every((r) => r.cap === undefined)).toBe(true);
    for (const m of marks(data)) expect(m.value).toBe(rawDelivery(m.recordId).tonnes);
    expect(mark(data, 'delivery-cn-2019')?.value).toBe(rawDelivery('delivery-cn-2019').tonnes);
    expect(mark(data, 'delivery-ru-2019')?.value).toBe(rawDelivery('delivery-ru-2019').tonnes);
    expect(listed(data, 'cap-2397-refined')?.notDrawnReason).toMatch(/barrels, not converted/);
  });
});

describe('petroleumChartRows: years, focus and filters', () => {
  it('keeps a year without a figure on the axis, marked as such', () => {
    const sparse: PetroleumData = {
      caps: petroleum.caps,
      reportedDeliveries: petroleum.reportedDeliveries.filter((d) => d.id === 'delivery-cn-ru-2019-barrels' || d.id === 'delivery-cn-2021'),
      estimates: [],
    };
    const data = petroleumChartRows(sparse, SPAN, 'barrels');
    expect(data.rows.map((r) => [r.year, r.marks.length])).toEqual([
      [2019, 1],
      [2020, 0],
      [2021, 1],
    ]);
    expect(data.yearsWithoutFigure).toEqual([2020]);
    // The cap still runs through the empty year.
    expect(data.rows.every((r) => r.cap?.value === rawCap.barrels)).toBe(true);
  });

  it('narrows to a focus’s years and marks the figures that cite its sources', () => {
    const osc = rawEstimate('estimate-osc-2024');
    const data = petroleumChartRows(petroleum, SPAN, 'barrels', { years: [2024, 2024], sourceIds: new Set([osc.sourceIds[0]!]) });
    expect(data.years).toEqual([2024, 2024]);
    expect(data.rows.map((r) => r.year)).toEqual([2024]);
    expect(marks(data).filter((m) => m.related).map((m) => m.recordId)).toEqual([osc.id]);
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
    expect(crudeOnly.records[0]?.notDrawnReason).toMatch(/^Crude oil/);
  });

  it('writes each figure in the units its source states', () => {
    const cap = petroleum.caps.find((c) => c.id === 'cap-2397-crude')!;
    expect(describePetroleumFigure({ kind: 'cap', record: cap })).toBe('4,000,000 bbl; 525,000 t; per year');
    const us = petroleum.estimates.find((e) => e.id === 'estimate-us-2018')!;
    expect(describePetroleumFigure({ kind: 'estimate', record: us })).toBe('up to 3,780,000 bbl; 263 deliveries; 7× the annual cap');
  });
});
