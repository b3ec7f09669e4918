import type { Feature, FeatureCollection, Point } from 'geojson';
import Papa from 'papaparse';
import { EVENT_COLUMNS, eventsToCsv, eventsToGeoJson, flattenEvent, type AisEvent, type AisEventKind, type FlatEventRecord } from '@/geo/analysis/ais';
import { momentInRange, msSpan, overlaps, type TimeRange } from '@/data/filter/time-rule';
import type { UserAisLayer, ImportedFeature, UserFeatureLayer, ImportedGeometry, ImportedProperties } from './types';

/** The features of a user layer that the map shows under this time range. */
export function shownFeatures(userLayer: UserFeatureLayer, range: TimeRange | null): ImportedFeature[] {
  return range === null ? userLayer.features : userLayer.features.filter((f) => momentInRange(f.time, range));
}

/** The events of an AIS user layer that the map shows: kinds switched on, inside the time range. */
export function shownEvents(userLayer: UserAisLayer, range: TimeRange | null, kinds: readonly AisEventKind[]): AisEvent[] {
  const events = userLayer.detection?.events ?? [];
  return events.filter((e) => kinds.includes(e.kind) && overlaps(msSpan(e.start, e.end), range));
}

/**
 * Features as a GeoJSON FeatureCollection, with the file's own properties only (the ids and user layer ids this tool
 * assigned stay out), pretty enough to diff: one feature per line.
 */
export function featuresToGeoJson(features: readonly ImportedFeature[]): string {
  const collection: FeatureCollection<ImportedGeometry, ImportedProperties> = {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: f.properties })),
  };
  return `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/**
 * Text a spreadsheet would run as a formula: starting with `= + - @`, a tab or a carriage return, unless it is a
 * plain signed number ("-33.9" stays a number: CSV imports keep coordinates as text).
 */
const FORMULA_START = /^[=+\-@\t\r](?!\d*\.?\d+(?:e[+-]?\d+)?$)/i;

/**
 * Features as CSV: one column per property (in first-seen order), then `longitude` and `latitude` for points
 * (left out when the properties already carry the coordinate columns of a CSV import) and `geometry` (GeoJSON
 * text) for lines and polygons. Text starting with `= + - @` (but not a signed number) gets a leading apostrophe, so a spreadsheet does
 * not run imported text as a formula.
 */
export function featuresToCsv(features: readonly ImportedFeature[], coordinateColumns?: { lat: string; lon: string }): string {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    for (const k of Object.keys(f.properties)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const hasCoordinateColumns = coordinateColumns !== undefined && seen.has(coordinateColumns.lat) && seen.has(coordinateColumns.lon);
  const allPoints = features.every((f) => f.geometry.type === 'Point');
  const extra = [...(hasCoordinateColumns ? [] : allPoints ? ['longitude', 'latitude'] : ['geometry'])];
  const fields = [...keys, ...extra.map((name) => (seen.has(name) ? `${name}_` : name))];
  const data = features.map((f) => {
    const row: (string | number | boolean | null)[] = keys.map((k) => f.properties[k] ?? null);
    if (hasCoordinateColumns) return row;
    if (allPoints && f.geometry.type === 'Point') return [...row, f.geometry.coordinates[0]!, f.geometry.coordinates[1]!];
    return [...row, JSON.stringify(f.geometry)];
  });
  return Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: '\n' });
}

/**
 * What an export adds about a vessel of an event (by MMSI): the sanctions lists that name it and its identity red
 * flags, each as one line of text; undefined when there is nothing to say.
 */
export type EventVesselNotes = (mmsi: string) => { listed: string; redFlags: string } | undefined;

/** The columns `EventVesselNotes` adds after the event's own. */
export const VESSEL_NOTE_COLUMNS = ['vessel1Listed', 'vessel1RedFlags', 'vessel2Listed', 'vessel2RedFlags'] as const;
type VesselNoteRecord = Record<(typeof VESSEL_NOTE_COLUMNS)[number], string | null>;

function vesselNotes(e: AisEvent, notes: EventVesselNotes): VesselNoteRecord {
  const vessels = 'vessels' in e ? e.vessels : [e.vessel];
  const [one, two] = vessels.map((v) => notes(v.mmsi));
  return {
    vessel1Listed: one?.listed || null,
    vessel1RedFlags: one?.redFlags || null,
    vessel2Listed: two?.listed || null,
    vessel2RedFlags: two?.redFlags || null,
  };
}

/** An AIS user layer's shown events as GeoJSON points (see `eventsToGeoJson`), with `notes` as extra properties. */
export function eventsGeoJsonText(events: readonly AisEvent[], notes?: EventVesselNotes): string {
  const collection: FeatureCollection<Point, FlatEventRecord> = eventsToGeoJson(events);
  const features = collection.features.map((f: Feature<Point, FlatEventRecord>, i) =>
    notes ? { ...f, properties: { ...f.properties, ...vesselNotes(events[i]!, notes) } } : f,
  );
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** An AIS user layer's shown events as CSV (see `eventsToCsv`), with `notes` as extra columns. */
export function eventsCsvText(events: readonly AisEvent[], notes?: EventVesselNotes): string {
  if (!notes) return `${eventsToCsv(events)}\n`;
  const fields = [...EVENT_COLUMNS, ...VESSEL_NOTE_COLUMNS];
  const data = events.map((e) => {
    const row = { ...flattenEvent(e), ...vesselNotes(e, notes) };
    return fields.map((c) => row[c] ?? '');
  });
  return `${Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\n' })}\n`;
}

/** A file name for an export: the user layer's name made safe, a suffix, and the extension. */
export function exportFileName(layerName: string, suffix: string, extension: 'geojson' | 'csv'): string {
  const safe = layerName.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'data';
  return `${safe}${suffix ? `-${suffix}` : ''}.${extension}`;
}
