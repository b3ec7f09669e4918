import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '@/data/filter/epoch-day';
import {
  formatCitation,
  formatCount,
  formatCountShort,
  formatDateSpan,
  formatIsoDate,
  formatKm,
  formatPeriod,
  formatRange,
  formatSourceShort,
  formatUsd,
  formatUsdExact,
  formatTimeRange,
  formatYearList,
  formatYearRange,
  isoDatePrecision,
} from './format';

describe('formatUsd', () => {
  it.each([
    [84_800_000, '$84.8 M'],
    [2_430_000_000, '$2.43 bn'],
    [104_000_000, '$104 M'],
    [42_740_000, '$42.74 M'],
    [5_511_000_000, '$5.511 bn'],
    [539_000_000, '$539 M'],
    [1_000_000_000, '$1 bn'],
    [714_000, '$714,000'],
    [0, '$0'],
    [-31_400_000, '−$31.4 M'],
  ])('%d → %s', (value, expected) => {
    expect(formatUsd(value)).toBe(expected);
  });

  it('never prints NaN or Infinity', () => {
    expect(formatUsd(Number.NaN)).toBe('—');
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('writes the exact figure for tables', () => {
    expect(formatUsdExact(84_800_000)).toBe('$84,800,000');
    expect(formatUsdExact(2_430_000_000)).toBe('$2,430,000,000');
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(30_023)).toBe('30,023');
    expect(formatCount(154_306)).toBe('154,306');
    expect(formatCount(511)).toBe('511');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234.5)).toBe('1,234.5');
  });

  it('shortens for axes', () => {
    expect(formatCountShort(3_780_000)).toBe('3.78 M');
    expect(formatCountShort(500_000)).toBe('500 k');
    expect(formatCountShort(12_500)).toBe('12.5 k');
    expect(formatCountShort(950)).toBe('950');
  });
});

describe('formatRange', () => {
  it('writes both ends, one end, or a single value', () => {
    expect(formatRange(20_000, 40_000)).toBe('20,000–40,000');
    expect(formatRange(50_000, undefined)).toBe('at least 50,000');
    expect(formatRange(undefined, 3_780_000)).toBe('up to 3,780,000');
    expect(formatRange(1_000, 1_000)).toBe('1,000');
    expect(formatRange(undefined, undefined)).toBe('—');
  });

  it('takes a formatter for each end', () => {
    expect(formatRange(1_200_000_000, 2_300_000_000, formatUsd)).toBe('$1.2 bn–$2.3 bn');
  });
});

describe('formatDateSpan', () => {
  it('writes a date alone, or a span at the precision the source gives', () => {
    expect(formatDateSpan({ date: '2018-02-13', datePrecision: 'day' })).toBe('13 Feb 2018');
    expect(formatDateSpan({ date: '2023-08', dateEnd: '2024-03', datePrecision: 'month' })).toBe('Aug 2023 – Mar 2024');
    expect(formatDateSpan({ date: '2019-01-01', dateEnd: '2019-06-30' })).toBe('1 Jan 2019 – 30 Jun 2019');
  });
});

describe('formatIsoDate', () => {
  it('writes the precision the source gives', () => {
    expect(formatIsoDate('2018-02-13', 'day')).toBe('13 Feb 2018');
    expect(formatIsoDate('2018-02-13', 'month')).toBe('Feb 2018');
    expect(formatIsoDate('2018-02-13', 'year')).toBe('2018');
    expect(formatIsoDate('2017-10', 'month')).toBe('Oct 2017');
    expect(formatIsoDate('2019', 'year')).toBe('2019');
  });

  it('infers the precision from the string and never invents a finer one', () => {
    expect(formatIsoDate('2013-09-22')).toBe('22 Sep 2013');
    expect(formatIsoDate('2017-12')).toBe('Dec 2017');
    expect(formatIsoDate('2017-12', 'day')).toBe('Dec 2017');
    expect(formatIsoDate('2015', 'day')).toBe('2015');
    expect(isoDatePrecision('2015')).toBe('year');
    expect(isoDatePrecision('2015-03')).toBe('month');
    expect(isoDatePrecision('2015-03-01')).toBe('day');
  });

  it('returns a malformed string unchanged', () => {
    expect(formatIsoDate('spring 2018')).toBe('spring 2018');
  });
});

describe('periods and ranges', () => {
  it('formats year ranges', () => {
    expect(formatYearRange(2019, 2020)).toBe('2019–2020');
    expect(formatYearRange(2018, 2018)).toBe('2018');
  });

  it('lists years as runs', () => {
    expect(formatYearList([2025, 2012, 2013, 2021])).toBe('2012–2013, 2021 and 2025');
    expect(formatYearList([2019, 2020, 2021])).toBe('2019–2021');
    expect(formatYearList([2019, 2019, 2021])).toBe('2019 and 2021');
    expect(formatYearList([2018])).toBe('2018');
    expect(formatYearList([])).toBe('');
  });

  it('writes a time range at the coarsest precision that is exact', () => {
    const r = (from: string, to: string) => [parseIsoDay(from)!, parseIsoDay(to)!] as const;
    expect(formatTimeRange(null)).toBe('all years');
    expect(formatTimeRange(r('2019-01-01', '2020-12-31'))).toBe('2019–2020');
    expect(formatTimeRange(r('2018-01-01', '2018-12-31'))).toBe('2018');
    expect(formatTimeRange(r('2018-01-01', '2018-03-31'))).toBe('Jan–Mar 2018');
    expect(formatTimeRange(r('2024-02-01', '2024-02-29'))).toBe('Feb 2024');
    expect(formatTimeRange(r('2017-09-01', '2018-03-31'))).toBe('Sep 2017 – Mar 2018');
    expect(formatTimeRange(r('2018-02-13', '2018-03-31'))).toBe('13 Feb 2018 – 31 Mar 2018');
    expect(formatTimeRange(r('2018-01-01', '2018-03-30'))).toBe('1 Jan 2018 – 30 Mar 2018');
    expect(formatTimeRange(r('2018-02-13', '2018-02-13'))).toBe('13 Feb 2018');
  });

  it('spells out open periods', () => {
    expect(formatPeriod({ start: '2013-09-22' })).toBe('since 22 Sep 2013');
    expect(formatPeriod({ end: '2018' })).toBe('until 2018');
    expect(formatPeriod({ start: '2017-08', end: '2017-10' })).toBe('Aug 2017 – Oct 2017');
    expect(formatPeriod({ start: '2019-09-05', end: '2019-09-05' })).toBe('5 Sep 2019');
    expect(formatPeriod({})).toBe('dates not stated');
  });

  it('formats kilometres', () => {
    expect(formatKm(52.345)).toBe('52.3 km');
    expect(formatKm(1234.4)).toBe('1,234 km');
  });
});

describe('sources', () => {
  it('names a source briefly and in full', () => {
    const source = { publisher: 'Yonhap News Agency', title: 'N. Korea-Russia trade up', date: '2020-03-18' };
    expect(formatSourceShort(source)).toBe('Yonhap News Agency, 2020');
    expect(formatSourceShort({ publisher: 'Wikimapia', title: '[place]' })).toBe('Wikimapia');
    expect(formatCitation(source)).toBe('Yonhap News Agency, “N. Korea-Russia trade up”, 18 Mar 2020');
  });
});
