import type { Feature, FeatureCollection, Point } from 'geojson';
import Papa from 'papaparse';
import { z } from 'zod';
import type { AisEvent, EncounterEvent, GapEvent, LoiteringEvent, PortVisitEvent, VesselRef } from './types';

/** Columns of the flat event table, in export order. Times are ISO 8601 UTC with milliseconds. */
export const EVENT_COLUMNS = [
  'id',
  'kind',
  'start',
  'end',
  'durationMinutes',
  'lon',
  'lat',
  'vessel1Mmsi',
  'vessel1Name',
  'vessel1Imo',
  'vessel2Mmsi',
  'vessel2Name',
  'vessel2Imo',
  'medianDistanceMeters',
  'medianSpeedKnots',
  'portDistanceKm',
  'offTime',
  'offLon',
  'offLat',
  'onTime',
  'onLon',
  'onLat',
  'distanceKm',
  'impliedSpeedKnots',
  'portId',
  'portName',
  'stopped',
  'silent',
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number];
/** One event as a flat row; `null` where a column does not apply to the event's kind. */
export type FlatEventRecord = Record<EventColumn, string | number | boolean | null>;

const iso = (ms: number): string => new Date(ms).toISOString();

function vesselColumns(prefix: 'vessel1' | 'vessel2', v: VesselRef | undefined) {
  return {
    [`${prefix}Mmsi`]: v?.mmsi ?? null,
    [`${prefix}Name`]: v?.name ?? null,
    [`${prefix}Imo`]: v?.imo ?? null,
  } as Record<`${typeof prefix}${'Mmsi' | 'Name' | 'Imo'}`, string | null>;
}

/** Flattens an event into one row of {@link EVENT_COLUMNS}. */
export function flattenEvent(e: AisEvent): FlatEventRecord {
  const row: FlatEventRecord = Object.fromEntries(EVENT_COLUMNS.map((c) => [c, null])) as FlatEventRecord;
  Object.assign(row, {
    id: e.id,
    kind: e.kind,
    start: iso(e.start),
    end: iso(e.end),
    durationMinutes: e.durationMinutes,
    lon: e.lon,
    lat: e.lat,
  });
  if (e.kind === 'encounter') {
    Object.assign(row, vesselColumns('vessel1', e.vessels[0]), vesselColumns('vessel2', e.vessels[1]), {
      medianDistanceMeters: e.medianDistanceMeters,
      medianSpeedKnots: e.medianSpeedKnots,
    });
  } else if (e.kind === 'loitering') {
    Object.assign(row, vesselColumns('vessel1', e.vessel), {
      medianSpeedKnots: e.medianSpeedKnots,
      portDistanceKm: e.portDistanceKm,
    });
  } else if (e.kind === 'port-visit') {
    Object.assign(row, vesselColumns('vessel1', e.vessel), {
      portDistanceKm: e.portDistanceKm,
      portId: e.portId,
      portName: e.portName,
      stopped: e.stopped,
      silent: e.silent,
    });
  } else {
    Object.assign(row, vesselColumns('vessel1', e.vessel), {
      offTime: iso(e.off.t),
      offLon: e.off.lon,
      offLat: e.off.lat,
      onTime: iso(e.on.t),
      onLon: e.on.lon,
      onLat: e.on.lat,
      distanceKm: e.distanceKm,
      impliedSpeedKnots: e.impliedSpeedKnots,
    });
  }
  return row;
}

/** Events as a GeoJSON FeatureCollection of points (the event position), properties flattened. */
export function eventsToGeoJson(events: readonly AisEvent[]): FeatureCollection<Point, FlatEventRecord> {
  return {
    type: 'FeatureCollection',
    features: events.map(
      (e): Feature<Point, FlatEventRecord> => ({
        type: 'Feature',
        id: e.id,
        geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
        properties: flattenEvent(e),
      }),
    ),
  };
}

/**
 * Events as CSV with a header row of {@link EVENT_COLUMNS}. Values are quoted by papaparse; text starting with
 * `= + - @` gets a leading apostrophe so a spreadsheet does not run a vessel name as a formula.
 */
export function eventsToCsv(events: readonly AisEvent[]): string {
  return Papa.unparse(
    {
      fields: [...EVENT_COLUMNS],
      data: events.map((e) => {
        const row = flattenEvent(e);
        return EVENT_COLUMNS.map((c) => row[c] ?? '');
      }),
    },
    { escapeFormulae: true, newline: '\n' },
  );
}

// ---- reading exports back ---------------------------------------------------------------------------------

const blankToUndefined = (v: unknown): unknown => (v === '' || v === null ? undefined : v);
/** Undoes the apostrophe eventsToCsv puts before formula-like text. */
const unescapeFormula = (v: unknown): unknown => (typeof v === 'string' && /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
const text = z.preprocess((v) => blankToUndefined(unescapeFormula(v)), z.string().optional());
const num = z.preprocess(
  (v) => {
    const b = blankToUndefined(v);
    return typeof b === 'string' ? Number(b) : b;
  },
  z.number().finite(),
);
const optNum = z.preprocess((v) => {
  const b = blankToUndefined(v);
  return typeof b === 'string' ? Number(b) : b;
}, z.number().finite().optional());
const time = z.preprocess((v) => blankToUndefined(v), z.iso.datetime({ offset: false })).transform((s) => Date.parse(s));

const common = {
  id: z.string().min(1),
  start: time,
  end: time,
  durationMinutes: num,
  lon: num,
  lat: num,
  vessel1Mmsi: z.string().regex(/^\d{9}$/),
  vessel1Name: text,
  vessel1Imo: text,
};

const encounterRow = z.object({
  ...common,
  kind: z.literal('encounter'),
  vessel2Mmsi: z.string().regex(/^\d{9}$/),
  vessel2Name: text,
  vessel2Imo: text,
  medianDistanceMeters: num,
  medianSpeedKnots: num,
});
const loiteringRow = z.object({ ...common, kind: z.literal('loitering'), medianSpeedKnots: num, portDistanceKm: optNum });
const gapRow = z.object({
  ...common,
  kind: z.literal('gap'),
  offTime: time,
  offLon: num,
  offLat: num,
  onTime: time,
  onLon: num,
  onLat: num,
  distanceKm: num,
  impliedSpeedKnots: num,
});
/** true/false as JSON booleans (GeoJSON) or as the words CSV writes. */
const flag = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());
const portVisitRow = z.object({
  ...common,
  kind: z.literal('port-visit'),
  portDistanceKm: num,
  portId: text,
  portName: text,
  stopped: flag,
  silent: flag,
});
const eventRow = z.discriminatedUnion('kind', [encounterRow, loiteringRow, gapRow, portVisitRow]);

function ref(mmsi: string, name: string | undefined, imo: string | undefined): VesselRef {
  const r: VesselRef = { mmsi };
  if (name !== undefined) r.name = name;
  if (imo !== undefined) r.imo = imo;
  return r;
}

/** Rebuilds an event from a flat row (GeoJSON properties or a CSV record); null when the row is not one. */
export function eventFromFlatRecord(record: unknown): AisEvent | null {
  const parsed = eventRow.safeParse(record);
  if (!parsed.success) return null;
  const r = parsed.data;
  const base = { id: r.id, start: r.start, end: r.end, durationMinutes: r.durationMinutes, lon: r.lon, lat: r.lat };
  const v1 = ref(r.vessel1Mmsi, r.vessel1Name, r.vessel1Imo);
  if (r.kind === 'encounter') {
    const e: EncounterEvent = {
      ...base,
      kind: 'encounter',
      vessels: [v1, ref(r.vessel2Mmsi, r.vessel2Name, r.vessel2Imo)],
      medianDistanceMeters: r.medianDistanceMeters,
      medianSpeedKnots: r.medianSpeedKnots,
    };
    return e;
  }
  if (r.kind === 'loitering') {
    const e: LoiteringEvent = {
      ...base,
      kind: 'loitering',
      vessel: v1,
      medianSpeedKnots: r.medianSpeedKnots,
      portDistanceKm: r.portDistanceKm ?? null,
    };
    return e;
  }
  if (r.kind === 'port-visit') {
    const e: PortVisitEvent = {
      ...base,
      kind: 'port-visit',
      vessel: v1,
      portId: r.portId ?? null,
      portName: r.portName ?? null,
      portDistanceKm: r.portDistanceKm,
      stopped: r.stopped,
      silent: r.silent,
    };
    return e;
  }
  const e: GapEvent = {
    ...base,
    kind: 'gap',
    vessel: v1,
    off: { t: r.offTime, lon: r.offLon, lat: r.offLat },
    on: { t: r.onTime, lon: r.onLon, lat: r.onLat },
    distanceKm: r.distanceKm,
    impliedSpeedKnots: r.impliedSpeedKnots,
  };
  return e;
}

export interface EventsReadResult {
  events: AisEvent[];
  /** Rows or features that were not events (1-based data row numbers for CSV, feature indexes for GeoJSON). */
  rejected: number[];
}

/** Reads events back from {@link eventsToGeoJson} output (already JSON-parsed; anything else is rejected). */
export function eventsFromGeoJson(json: unknown): EventsReadResult {
  const fc = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.object({ properties: z.unknown() })) }).safeParse(json);
  if (!fc.success) return { events: [], rejected: [] };
  const events: AisEvent[] = [];
  const rejected: number[] = [];
  fc.data.features.forEach((f, i) => {
    const e = eventFromFlatRecord(f.properties);
    if (e) events.push(e);
    else rejected.push(i);
  });
  return { events, rejected };
}

/** Reads events back from {@link eventsToCsv} output. */
export function eventsFromCsv(csv: string): EventsReadResult {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const events: AisEvent[] = [];
  const rejected: number[] = [];
  parsed.data.forEach((row, i) => {
    const e = eventFromFlatRecord(row);
    if (e) events.push(e);
    else rejected.push(i + 1);
  });
  return { events, rejected };
}
