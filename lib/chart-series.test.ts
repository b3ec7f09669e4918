import { describe, expect, it } from 'vitest';
import { COMMODITIES, findFeature, getDataset, type AnyFeature, type LaborData, type PetroleumData, type TradeSeries } from '@/data';
import tradeFile from '@/data/series/trade.json';
import laborFile from '@/data/series/labor.json';
import petroleumFile from '@/data/series/petroleum.json';
import { YEAR_BOUNDS, type FeatureFilter } from './feature-filter';
import {
  decimalYear,
  describePetroleumFigure,
  featureSourceIds,
  formatLaborCell,
  incidentsByYearAndCommodity,
  laborChartRows,
  petroleumChartRows,
  placeConnections,
  railLinkSummary,
  seriesForFeature,
  tradeChartRows,
  vesselsInvolved,
} from './chart-series';

const dataset = getDataset();
const ALL: FeatureFilter = { commodities: [...COMMODITIES], years: [YEAR_BOUNDS[0], YEAR_BOUNDS[1]] };
const only = (commodities: FeatureFilter['commodities'], years: FeatureFilter['years'] = ALL.years): FeatureFilter => ({
  commodities,
  years,
});

function feature(id: string): AnyFeature {
  const f = findFeature(dataset, id);
  if (!f) throw new Error(`no feature ${id} in the dataset`);
  return f;
}

/** The raw point of a series in the data file, read without the loader. */
function rawTradePoint(seriesId: string, year: number) {
  const series = tradeFile.series.find((s) => s.id === seriesId);
  return series?.points.find((p) => p.year === year);
}

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
    const { rows } = tradeChartRows(
      dataset.trade.series.filter((s) => s.id === 'trade-ru-kp-total-russia-official'),
      ALL,
    );
    // The Russian official series has 2017, 2018 and 2020 but no 2019.
    expect(rows.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020]);
    expect(rows.find((r) => r.year === 2019)!.cells).toEqual({});
  });

  it('keeps only points within the year range', () => {
    const { rows } = tradeChartRows(dataset.trade.series, only([...COMMODITIES], [2019, 2020]));
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
    const data = tradeChartRows(dataset.trade.series, only([...COMMODITIES], [2023, 2024]));
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
    const data = tradeChartRows([series], only(['timber'], [2013, 2016]));
    // A sourced zero is a figure and stays; the gap year between is empty.
    expect(data.rows.map((r) => [r.year, r.cells.x?.valueUsd])).toEqual([
      [2014, 0],
      [2015, undefined],
      [2016, 5],
    ]);
    expect(data.sourceIds).toEqual(['s', 't']);
  });
});

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
    const { rows } = laborChartRows(labor, only([...COMMODITIES], [2012, 2012]));
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
    const { rows, earnings } = laborChartRows(labor, only([...COMMODITIES], [2019, 2020]));
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
    expect(years.at(-1)).toBe(2020);
  });

  it('follows the year range and the commodity filter', () => {
    const y2019 = petroleumChartRows(petroleum, only([...COMMODITIES], [2019, 2019]));
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

describe('incidentsByYearAndCommodity', () => {
  const incidents = dataset.stsIncidents.features;
  const zoneId = 'zone-east-china-sea';
  const inZone = incidents.filter((i) => i.properties.zoneId === zoneId);

  it('counts every incident of a zone by year and commodity', () => {
    const data = incidentsByYearAndCommodity(incidents, zoneId, ALL);
    expect(data.total).toBe(inZone.length);
    expect(data.rows.reduce((n, r) => n + r.total, 0)).toBe(inZone.length);
    const in2018 = inZone.filter((i) => i.properties.date.startsWith('2018')).length;
    expect(data.rows.find((r) => r.year === 2018)?.counts['refined-petroleum']).toBe(in2018);
  });

  it('follows the year range: 2019–2020 leaves out a 2017 incident', () => {
    const data = incidentsByYearAndCommodity(incidents, zoneId, only([...COMMODITIES], [2019, 2020]));
    expect(data.incidents.some((i) => i.properties.date.startsWith('2017'))).toBe(false);
    expect(data.rows.map((r) => r.year)).toEqual([2019, 2020]);
  });

  it('follows the commodity filter, and keeps the hidden commodity in the legend', () => {
    const coal = incidentsByYearAndCommodity(incidents, null, only(['coal']));
    expect(coal.incidents.map((i) => i.properties.commodity)).toEqual(coal.incidents.map(() => 'coal'));
    expect(coal.total).toBe(incidents.filter((i) => i.properties.commodity === 'coal').length);
    expect(coal.legendCommodities).toContain('refined-petroleum');

    const none = incidentsByYearAndCommodity(incidents, zoneId, only([]));
    expect(none.total).toBe(0);
    expect(none.rows).toEqual([]);

    const both = incidentsByYearAndCommodity(incidents, null, only(['coal', 'refined-petroleum']));
    expect(both.total).toBe(incidents.length);
  });

  it('lists the vessels involved, merged across incidents', () => {
    const vessels = vesselsInvolved(inZone);
    const names = inZone.flatMap((i) => i.properties.vessels.map((v) => v.name.toLowerCase()));
    expect(vessels.length).toBe(new Set(names).size);
    // Chon Ma San is named once with its IMO number and once without: one ship.
    const chonMaSan = vessels.filter((v) => v.name === 'Chon Ma San');
    expect(chonMaSan).toHaveLength(1);
    expect(chonMaSan[0]).toMatchObject({ imo: '8660313', incidentIds: expect.arrayContaining([expect.any(String), expect.any(String)]) });
    const namSan = vessels.find((v) => v.name === 'Nam San 8');
    expect(namSan?.incidentIds.length).toBe(
      inZone.filter((i) => i.properties.vessels.some((v) => v.name === 'Nam San 8')).length,
    );
  });
});

describe('selection', () => {
  it('ties KP–RU features to the Russia–DPRK series and KP–CN ones to China–DPRK', () => {
    const partnersOf = (id: string) => new Set(seriesForFeature(dataset, feature(id)).map((s) => s.partners[0]));
    expect(partnersOf('rail-khasan-rajin')).toEqual(new Set(['RU']));
    expect(partnersOf('route-ferry-rajin-vladivostok')).toEqual(new Set(['RU']));
    // A DPRK port is tied to Russia by the routes and the rail line through it.
    expect(partnersOf('port-rajin')).toEqual(new Set(['RU']));
    expect(partnersOf('route-coal-dprk-hangzhou-bay')).toEqual(new Set(['CN']));
    expect(partnersOf('incident-2019-09-05-lao-chuan-zhang-717')).toEqual(new Set(['CN']));
    // A zone in Chinese waters with a CN–KP incident.
    expect(partnersOf('zone-yellow-sea-lianyungang')).toEqual(new Set(['CN']));
    // A Russian city with no DPRK link has none.
    expect(partnersOf('city-ussuriysk')).toEqual(new Set());
  });

  it('gives totals and only the commodity lines the feature carries', () => {
    const coalRoute = seriesForFeature(dataset, feature('route-coal-dprk-hangzhou-bay'));
    expect(coalRoute.some((s) => s.id === 'trade-cn-kp-coal-exports-gacc')).toBe(true);
    expect(coalRoute.every((s) => s.commodity === 'all' || s.commodity === 'coal')).toBe(true);
    const ferry = seriesForFeature(dataset, feature('route-ferry-rajin-vladivostok'));
    expect(ferry.some((s) => s.commodity === 'refined-petroleum')).toBe(false);
    // The series for a selection match the dataset: the same objects, points untouched.
    const rail = seriesForFeature(dataset, feature('rail-khasan-rajin'));
    const official = rail.find((s) => s.id === 'trade-ru-kp-total-russia-official');
    expect(official?.points.find((p) => p.year === 2018)?.valueUsd).toBe(
      rawTradePoint('trade-ru-kp-total-russia-official', 2018)!.valueUsd,
    );
  });

  it('finds the routes, rail links and incidents that touch a place', () => {
    const rajin = dataset.places.features.find((p) => p.id === 'port-rajin')!;
    const links = placeConnections(dataset, rajin);
    expect(links.routes.map((r) => r.id)).toEqual(
      expect.arrayContaining(['route-ferry-rajin-vladivostok', 'route-fuel-vladivostok-rajin', 'route-fuel-nakhodka-rajin']),
    );
    expect(links.railLinks.map((r) => r.id)).toEqual(['rail-khasan-rajin']);

    const lianyungang = dataset.places.features.find((p) => p.id === 'port-lianyungang')!;
    const near = placeConnections(dataset, lianyungang);
    expect(near.incidents.map((n) => n.incident.id)).toContain('incident-2019-09-05-lao-chuan-zhang-717');
    expect(near.incidents.every((n) => n.reason === 'placement' || n.distanceKm <= 50)).toBe(true);

    const shanghai = dataset.places.features.find((p) => p.id === 'city-shanghai')!;
    // Incidents placed by distance from Shanghai count although they lie ~250 km off.
    expect(placeConnections(dataset, shanghai).incidents.some((n) => n.reason === 'placement' && n.distanceKm > 50)).toBe(true);
  });

  it('summarises a rail link: drawn length, places on it in order, connecting routes', () => {
    const rail = dataset.railLinks.features.find((r) => r.id === 'rail-khasan-rajin')!;
    const summary = railLinkSummary(dataset, rail);
    expect(summary.drawnLengthKm).toBeGreaterThan(30);
    expect(summary.drawnLengthKm).toBeLessThan(80);
    const ids = summary.places.map((p) => p.id);
    expect(ids[0]).toBe('station-khasan');
    expect(ids).toContain('crossing-friendship-bridge-tumen');
    expect(ids).toContain('port-rajin');
    expect(ids.indexOf('station-tumangang')).toBeLessThan(ids.indexOf('port-rajin'));
    expect(summary.connectingRoutes.map((r) => r.id)).toContain('route-ferry-rajin-vladivostok');
  });

  it('collects every source a feature cites', () => {
    const rail = feature('rail-khasan-rajin');
    const ids = featureSourceIds(rail);
    expect(ids).toEqual(expect.arrayContaining(rail.properties.sourceIds));
    expect(ids).toEqual(expect.arrayContaining(rail.properties.geometrySourceIds));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
