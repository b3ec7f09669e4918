import type { AnyFeature, Dataset } from './dataset-types';
import type { Period } from './schema/common';

/**
 * The kinds of records whose dates say when something happened or was counted. Places and rail links are left out:
 * their periods say since when the infrastructure exists (Baranovsky station, 1893), not when the atlas's story
 * happens. UN caps are left out for the same reason (a rule in force, not an event); the resolutions that set them are
 * timeline events.
 */
export const DATED_RECORD_KINDS = [
  'timeline',
  'stsIncidents',
  'seaRoutes',
  'stsZones',
  'facts',
  'trade',
  'labor',
  'petroleum',
  'vessels',
] as const;
export type DatedRecordKind = (typeof DATED_RECORD_KINDS)[number];

/** First and last date of the dated records, as ISO dates at the precision the data give (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
export interface DatasetSpan {
  first: string;
  last: string;
  firstYear: number;
  lastYear: number;
}

function periodDates(p: Period): string[] {
  return [p.start, p.end].filter((d): d is string => d !== undefined);
}

/** Every date one kind of record carries. */
export function datesOf(d: Dataset, kind: DatedRecordKind): string[] {
  switch (kind) {
    case 'timeline':
      return d.timeline.flatMap((e) => [e.date, ...(e.dateEnd ? [e.dateEnd] : [])]);
    case 'stsIncidents':
      return d.stsIncidents.features.flatMap((f) => [f.properties.date, ...(f.properties.dateEnd ? [f.properties.dateEnd] : [])]);
    case 'seaRoutes':
      return d.seaRoutes.features.flatMap((f) => periodDates(f.properties.period));
    case 'stsZones':
      return d.stsZones.features.flatMap((f) => periodDates(f.properties.period));
    case 'facts': {
      const features: AnyFeature[] = [
        ...d.places.features,
        ...d.railLinks.features,
        ...d.seaRoutes.features,
        ...d.stsZones.features,
        ...d.stsIncidents.features,
        ...d.flowAnchors.features,
      ];
      const facts = [...features.flatMap((f) => f.properties.facts), ...d.vessels.flatMap((v) => v.facts ?? [])];
      return facts.flatMap((f) => [f.date, f.dateEnd].filter((x): x is string => x !== undefined));
    }
    case 'trade':
      return d.trade.series.flatMap((s) => s.points.map((p) => String(p.year)));
    case 'labor':
      return [...d.labor.workers.flatMap((w) => w.points.map((p) => p.date)), ...d.labor.earnings.flatMap((e) => periodDates(e.period))];
    case 'petroleum':
      return [...d.petroleum.reportedDeliveries, ...d.petroleum.estimates].flatMap((r) => periodDates(r.period));
    case 'vessels':
      return d.vessels.flatMap((v) => v.designations.flatMap((x) => (x.date ? [x.date] : [])));
  }
}

/**
 * The span of the dataset's dated records, so the year and time controls can follow the data instead of a fixed
 * list. ISO dates of mixed precision compare as strings ("2012" sorts before "2012-05"), which is the order wanted.
 *
 * @param kinds which records count; all dated kinds by default
 * @returns undefined where no record in `kinds` has a date
 */
export function computeDatasetSpan(d: Dataset, kinds: readonly DatedRecordKind[] = DATED_RECORD_KINDS): DatasetSpan | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const kind of kinds) {
    for (const date of datesOf(d, kind)) {
      if (first === undefined || date < first) first = date;
      if (last === undefined || date > last) last = date;
    }
  }
  if (first === undefined || last === undefined) return undefined;
  return { first, last, firstYear: Number(first.slice(0, 4)), lastYear: Number(last.slice(0, 4)) };
}
