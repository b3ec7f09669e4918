import { describe, expect, it } from 'vitest';
import { getDataset } from '../bundled-dataset';
import { computeDatasetSpan } from '../dataset-span';
import { dayOfDate, parseIsoDay } from './epoch-day';
import {
  GPU_UNDATED_VALUE,
  OPEN_SPAN,
  dateSpan,
  datasetTimeBounds,
  featureSpan,
  firstDayOf,
  gpuMomentValue,
  gpuSpanFilterRange,
  gpuSpanValue,
  lastDayOf,
  momentInRange,
  msSpan,
  overlaps,
  parseTimeRange,
  periodSpan,
  recordSpan,
  spanHull,
  yearSpan,
  yearsRange,
  type DaySpan,
  type TimeRange,
} from './time-rule';

const day = (iso: string) => {
  const d = parseIsoDay(iso);
  if (d === null) throw new Error(`not a date: ${iso}`);
  return d;
};
const range = (from: string, to: string): TimeRange => [day(from), day(to)];

/** The GPU test exactly as the shader does it, in float32: step(min, v) * step(v, max) on each channel. */
function passesOnGpu(span: DaySpan | [number, number], r: TimeRange | null, value = gpuSpanValue(span)): boolean {
  const f = Math.fround;
  const [[min0, max0], [min1, max1]] = gpuSpanFilterRange(r);
  const [v0, v1] = value;
  return f(v0) >= f(min0) && f(v0) <= f(max0) && f(v1) >= f(min1) && f(v1) <= f(max1);
}

describe('spans at each date precision', () => {
  it('a day is that day', () => {
    expect(dateSpan('2018-02-13', undefined, 'day')).toEqual([day('2018-02-13'), day('2018-02-13')]);
  });

  it('a month runs from its first to its last day', () => {
    expect(dateSpan('2017-10', undefined, 'month')).toEqual([day('2017-10-01'), day('2017-10-31')]);
    expect(dateSpan('2018-04', undefined, 'month')).toEqual([day('2018-04-01'), day('2018-04-30')]);
  });

  it('February ends on the 29th in a leap year and the 28th otherwise', () => {
    expect(lastDayOf('2024-02')).toBe(day('2024-02-29'));
    expect(lastDayOf('2023-02')).toBe(day('2023-02-28'));
    expect(lastDayOf('2000-02')).toBe(day('2000-02-29'));
    expect(lastDayOf('2100-02')).toBe(day('2100-02-28'));
  });

  it('a year runs from 1 January to 31 December', () => {
    expect(dateSpan('2018', undefined, 'year')).toEqual([day('2018-01-01'), day('2018-12-31')]);
    expect(yearSpan(2020)).toEqual([day('2020-01-01'), day('2020-12-31')]);
    expect(yearSpan(2020)[1] - yearSpan(2020)[0]).toBe(365);
  });

  it('a declared precision coarser than the string widens it; a finer one cannot narrow it', () => {
    expect(dateSpan('2017-09-05', undefined, 'month')).toEqual([day('2017-09-01'), day('2017-09-30')]);
    expect(dateSpan('2017-09-05', undefined, 'year')).toEqual([day('2017-01-01'), day('2017-12-31')]);
    expect(dateSpan('2017-09', undefined, 'day')).toEqual([day('2017-09-01'), day('2017-09-30')]);
    expect(firstDayOf('2019', 'day')).toBe(day('2019-01-01'));
  });

  it('an end date extends the span to its last day at the same precision', () => {
    expect(dateSpan('2018-06-21', '2018-06-22', 'day')).toEqual([day('2018-06-21'), day('2018-06-22')]);
    expect(dateSpan('2019-12-16', '2020-01-02', 'day')).toEqual([day('2019-12-16'), day('2020-01-02')]);
    expect(dateSpan('2023-08', '2024-02', 'month')).toEqual([day('2023-08-01'), day('2024-02-29')]);
  });

  it('periods may mix precisions and leave either end open', () => {
    expect(periodSpan({ start: '2017-10-15', end: '2017-10' })).toEqual([day('2017-10-15'), day('2017-10-31')]);
    expect(periodSpan({ start: '2013-09-22' })).toEqual([day('2013-09-22'), Infinity]);
    expect(periodSpan({ end: '2018' })).toEqual([-Infinity, day('2018-12-31')]);
    expect(periodSpan({})).toEqual(OPEN_SPAN);
  });

  it('a record is judged by its date where it has one, else by its period', () => {
    expect(recordSpan({ date: '2018-07', datePrecision: 'month', period: { start: '2010' } })).toEqual([day('2018-07-01'), day('2018-07-31')]);
    expect(recordSpan({ period: { start: '2017', end: '2018' } })).toEqual([day('2017-01-01'), day('2018-12-31')]);
    expect(recordSpan({})).toEqual(OPEN_SPAN);
  });

  it("a record's span is worked out once and kept: records never change, and every filter change asks again", () => {
    const incident = getDataset().stsIncidents.features[0]!.properties;
    expect(recordSpan(incident)).toBe(recordSpan(incident));
    const period = { start: '2017-10', end: '2018' };
    expect(periodSpan(period)).toBe(periodSpan(period));
    // Kept per object, not per value: another record with the same dates gets its own (equal) span.
    expect(recordSpan({ date: '2018-07' })).toEqual(recordSpan({ date: '2018-07' }));
  });

  it('moments (epoch ms) fall on their UTC day', () => {
    expect(msSpan(Date.UTC(2018, 2, 31, 23, 30), Date.UTC(2018, 3, 1, 0, 30))).toEqual([day('2018-03-31'), day('2018-04-01')]);
    expect(msSpan(Date.UTC(2018, 0, 1, 12))).toEqual([day('2018-01-01'), day('2018-01-01')]);
  });
});

describe('overlaps: the one rule', () => {
  const q1 = range('2018-01-01', '2018-03-31');

  it('keeps a day inside the range, the first and the last day included', () => {
    expect(overlaps(dateSpan('2018-01-01'), q1)).toBe(true);
    expect(overlaps(dateSpan('2018-03-31'), q1)).toBe(true);
    expect(overlaps(dateSpan('2018-02-13'), q1)).toBe(true);
  });

  it('drops a day just outside either end', () => {
    expect(overlaps(dateSpan('2017-12-31'), q1)).toBe(false);
    expect(overlaps(dateSpan('2018-04-01'), q1)).toBe(false);
  });

  it('keeps a month or a year that the range touches by one day', () => {
    expect(overlaps(dateSpan('2017-12', undefined, 'month'), range('2017-12-31', '2018-01-10'))).toBe(true);
    expect(overlaps(dateSpan('2018-04', undefined, 'month'), q1)).toBe(false);
    expect(overlaps(dateSpan('2018-03', undefined, 'month'), range('2018-03-31', '2018-03-31'))).toBe(true);
    expect(overlaps(dateSpan('2017', undefined, 'year'), q1)).toBe(false);
    expect(overlaps(dateSpan('2018', undefined, 'year'), range('2018-12-31', '2019-01-05'))).toBe(true);
  });

  it('keeps a leap day in a range of that day only, and a February span ending on the 29th in March ranges', () => {
    expect(overlaps(dateSpan('2024-02-29'), range('2024-02-29', '2024-02-29'))).toBe(true);
    expect(overlaps(dateSpan('2024-02', undefined, 'month'), range('2024-02-29', '2024-03-10'))).toBe(true);
    expect(overlaps(dateSpan('2023-02', undefined, 'month'), range('2023-03-01', '2023-03-10'))).toBe(false);
  });

  it('keeps a multi-day span that starts before and ends inside, or covers the whole range', () => {
    expect(overlaps(dateSpan('2017-12-30', '2018-01-02'), q1)).toBe(true);
    expect(overlaps(dateSpan('2017-06', '2019-06', 'month'), q1)).toBe(true);
    expect(overlaps(dateSpan('2017-12-30', '2017-12-31'), q1)).toBe(false);
  });

  it('treats open ends as unbounded', () => {
    expect(overlaps(periodSpan({ start: '2013' }), range('2030-01-01', '2030-01-01'))).toBe(true);
    expect(overlaps(periodSpan({ start: '2013' }), range('2012-01-01', '2012-12-31'))).toBe(false);
    expect(overlaps(periodSpan({ end: '2015-06' }), range('2015-06-30', '2016-01-01'))).toBe(true);
    expect(overlaps(periodSpan({ end: '2015-06' }), range('2015-07-01', '2016-01-01'))).toBe(false);
    expect(overlaps(OPEN_SPAN, q1)).toBe(true);
  });

  it('lets everything through without a range', () => {
    expect(overlaps(dateSpan('1900'), null)).toBe(true);
  });
});

describe('on the GPU', () => {
  const q1 = range('2018-01-01', '2018-03-31');
  const cases: [string, DaySpan, TimeRange | null][] = [
    ['a day inside', dateSpan('2018-02-13'), q1],
    ['the first day', dateSpan('2018-01-01'), q1],
    ['the last day', dateSpan('2018-03-31'), q1],
    ['the day before', dateSpan('2017-12-31'), q1],
    ['the day after', dateSpan('2018-04-01'), q1],
    ['a month across the start', dateSpan('2017-12-31', '2018-01-01'), q1],
    ['a leap-year February', dateSpan('2024-02', undefined, 'month'), range('2024-02-29', '2024-03-01')],
    ['an open start', periodSpan({ end: '2017-12' }), q1],
    ['an open end', periodSpan({ start: '2018-03-31' }), q1],
    ['no dates at all', OPEN_SPAN, q1],
    ['a year 1 date', dateSpan('0001-01-01'), range('0001-01-01', '0001-01-01')],
    ['a far future date', dateSpan('9999-12-31'), range('9999-12-01', '9999-12-31')],
    ['anything without a filter', dateSpan('1950'), null],
  ];
  it.each(cases)('agrees with overlaps in float32: %s', (_name, span, r) => {
    expect(passesOnGpu(span, r)).toBe(overlaps(span, r));
  });

  it('holds every day of 1900–2100 exactly in float32', () => {
    let inexact = 0;
    for (let d = dayOfDate(1900, 1, 1); d <= dayOfDate(2100, 12, 31); d += 1) if (Math.fround(d) !== d) inexact++;
    expect(inexact).toBe(0);
  });

  it('puts an imported moment on its UTC day, on the CPU and on the GPU alike', () => {
    const late = Date.UTC(2018, 2, 31, 23, 59);
    expect(momentInRange(late, q1)).toBe(true);
    expect(momentInRange(late + 60_000, q1)).toBe(false);
    expect(momentInRange(null, q1)).toBe(false);
    expect(momentInRange(null, null)).toBe(true);
    for (const ms of [late, late + 60_000, Date.UTC(2017, 11, 31, 23, 59), Date.UTC(2018, 0, 1)]) {
      expect(passesOnGpu(OPEN_SPAN, q1, gpuMomentValue(ms))).toBe(momentInRange(ms, q1));
    }
  });

  it('hides an undated imported record under any range and shows it without one', () => {
    expect(passesOnGpu(OPEN_SPAN, q1, GPU_UNDATED_VALUE)).toBe(false);
    expect(passesOnGpu(OPEN_SPAN, range('0001-01-01', '9999-12-31'), GPU_UNDATED_VALUE)).toBe(false);
    expect(passesOnGpu(OPEN_SPAN, null, GPU_UNDATED_VALUE)).toBe(true);
  });
});

describe('ranges', () => {
  it('makes whole-year ranges', () => {
    expect(yearsRange(2016, 2019)).toEqual([day('2016-01-01'), day('2019-12-31')]);
  });

  it('parses two dates in order, refusing anything else', () => {
    expect(parseTimeRange('2018-01-01', '2018-03-31')).toEqual(range('2018-01-01', '2018-03-31'));
    expect(parseTimeRange('2018-03-31', '2018-03-31')).toEqual(range('2018-03-31', '2018-03-31'));
    expect(parseTimeRange('2018-04-01', '2018-03-31')).toBeNull();
    expect(parseTimeRange('2018-02-30', '2018-03-31')).toBeNull();
  });

  it('takes the hull of the finite ends', () => {
    expect(spanHull([periodSpan({ start: '2013-09-22' }), dateSpan('2020-01-12'), OPEN_SPAN])).toEqual(range('2013-09-22', '2020-01-12'));
    expect(spanHull([OPEN_SPAN])).toBeNull();
  });
});

describe('the bundled dataset', () => {
  const dataset = getDataset();
  const features = [
    ...dataset.places.features,
    ...dataset.railLinks.features,
    ...dataset.seaRoutes.features,
    ...dataset.stsZones.features,
    ...dataset.stsIncidents.features,
  ];

  it('gives every feature a span whose start is not after its end', () => {
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) {
      const [start, end] = featureSpan(f);
      expect(start <= end, f.id).toBe(true);
    }
  });

  it('bounds the time controls by the dated records, from the first day of the first to the last day of the last', () => {
    const bounds = datasetTimeBounds(dataset);
    const span = computeDatasetSpan(dataset);
    if (!bounds || !span) throw new Error('the dataset has no dates');
    expect(bounds).toEqual([firstDayOf(span.first), lastDayOf(span.last)]);
    for (const incident of dataset.stsIncidents.features) {
      const [start, end] = featureSpan(incident);
      expect(start >= bounds[0] && end <= bounds[1], incident.id).toBe(true);
    }
  });

  it('judges an incident by its date, a route by its period', () => {
    const incident = dataset.stsIncidents.features.find((i) => i.properties.dateEnd !== undefined);
    if (!incident) throw new Error('no incident with an end date');
    expect(featureSpan(incident)).toEqual([day(incident.properties.date), day(incident.properties.dateEnd!)]);
    const route = dataset.seaRoutes.features.find((r) => r.properties.period.start && r.properties.period.end);
    if (!route) throw new Error('no route with a closed period');
    expect(featureSpan(route)).toEqual(periodSpan(route.properties.period));
  });
});
