import type { Dataset } from './dataset-types';
import type { Period } from './schema/common';

/** The first year of the "since 2020" column: the DPRK closed its border in January 2020. */
export const PERIOD_SPLIT_YEAR = 2020;

/** How many records of one kind fall before 2020, in 2020 or later, or carry no date. */
export interface PeriodCount {
  kind: string;
  total: number;
  /** Records with any date before 2020 (a record spanning both periods counts in both columns). */
  before2020: number;
  /** Records with any date in 2020 or later, or an open-ended period that started earlier. */
  from2020: number;
  undated: number;
}

/** The years a record covers: [first, last]; an open end runs on (Infinity), an empty period is undated. */
type YearSpan = readonly [number, number] | undefined;

const year = (isoDate: string) => Number(isoDate.slice(0, 4));

function periodSpan(p: Period): YearSpan {
  if (p.start === undefined && p.end === undefined) return undefined;
  return [p.start ? year(p.start) : Number.NEGATIVE_INFINITY, p.end ? year(p.end) : Number.POSITIVE_INFINITY];
}

function datesSpan(dates: readonly (string | undefined)[]): YearSpan {
  const years = dates.filter((d): d is string => d !== undefined).map(year);
  return years.length === 0 ? undefined : [Math.min(...years), Math.max(...years)];
}

function merge(spans: readonly YearSpan[]): YearSpan {
  const known = spans.filter((s): s is readonly [number, number] => s !== undefined);
  return known.length === 0 ? undefined : [Math.min(...known.map((s) => s[0])), Math.max(...known.map((s) => s[1]))];
}

function count(kind: string, spans: readonly YearSpan[]): PeriodCount {
  return {
    kind,
    total: spans.length,
    before2020: spans.filter((s) => s !== undefined && s[0] < PERIOD_SPLIT_YEAR).length,
    from2020: spans.filter((s) => s !== undefined && s[1] >= PERIOD_SPLIT_YEAR).length,
    undated: spans.filter((s) => s === undefined).length,
  };
}

/**
 * Records per kind and period, for `npm run data:check`. Features count by their period (an open end runs to the
 * present), incidents and events by their dates, series by their points, sources by publication date, and vessels by
 * the dates of the incidents, routes, events and designations that concern them. Claims carry no date.
 */
export function countRecordsByPeriod(d: Dataset): PeriodCount[] {
  const spanOfRoute = new Map(d.seaRoutes.features.map((f) => [f.id, periodSpan(f.properties.period)]));
  const vesselSpans = new Map<string, YearSpan[]>();
  const note = (id: string, span: YearSpan) => vesselSpans.set(id, [...(vesselSpans.get(id) ?? []), span]);
  for (const f of d.stsIncidents.features) {
    for (const v of f.properties.vessels) if (v.vesselId) note(v.vesselId, datesSpan([f.properties.date, f.properties.dateEnd]));
  }
  for (const f of d.seaRoutes.features) for (const id of f.properties.vesselIds ?? []) note(id, spanOfRoute.get(f.id));
  for (const e of d.timeline) for (const id of e.vesselIds ?? []) note(id, datesSpan([e.date, e.dateEnd]));

  return [
    count('sources', d.sources.map((s) => datesSpan([s.date]))),
    count('places', d.places.features.map((f) => periodSpan(f.properties.period))),
    count('rail links', d.railLinks.features.map((f) => periodSpan(f.properties.period))),
    count('sea routes', d.seaRoutes.features.map((f) => periodSpan(f.properties.period))),
    count('STS zones', d.stsZones.features.map((f) => periodSpan(f.properties.period))),
    count('STS incidents', d.stsIncidents.features.map((f) => datesSpan([f.properties.date, f.properties.dateEnd]))),
    count('trade points', d.trade.series.flatMap((s) => s.points.map((p): YearSpan => [p.year, p.year]))),
    count('labor points', d.labor.workers.flatMap((w) => w.points.map((p) => datesSpan([p.date])))),
    count('earnings estimates', d.labor.earnings.map((e) => periodSpan(e.period))),
    count(
      'petroleum records',
      [...d.petroleum.caps, ...d.petroleum.reportedDeliveries, ...d.petroleum.estimates].map((r) => periodSpan(r.period)),
    ),
    count('timeline events', d.timeline.map((e) => datesSpan([e.date, e.dateEnd]))),
    count('claims', d.claims.map(() => undefined)),
    count(
      'vessels',
      d.vessels.map((v) => merge([...(vesselSpans.get(v.id) ?? []), datesSpan(v.designations.map((x) => x.date))])),
    ),
  ];
}
