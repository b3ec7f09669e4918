import type { Geometry } from 'geojson';
import type { Confidence } from '@/data';
import type { DaySpan } from './area-time';

/** The kinds of record an area report lists, curated first, then what the user's AIS shows. */
export const AREA_RECORD_KINDS = [
  'place',
  'incident',
  'route',
  'rail',
  'zone',
  'timeline',
  'encounter',
  'loitering',
  'gap',
  'port-visit',
] as const;
export type AreaRecordKind = (typeof AREA_RECORD_KINDS)[number];

export const AREA_RECORD_LABELS: Readonly<Record<AreaRecordKind, { one: string; many: string }>> = {
  place: { one: 'port or place', many: 'Ports and places' },
  incident: { one: 'STS incident', many: 'STS incidents' },
  route: { one: 'sea route', many: 'Sea routes crossing it' },
  rail: { one: 'rail link', many: 'Rail links crossing it' },
  zone: { one: 'STS zone', many: 'STS zones overlapping it' },
  timeline: { one: 'timeline event', many: 'Timeline events tied to these' },
  encounter: { one: 'encounter', many: 'Encounters (your AIS)' },
  loitering: { one: 'loitering', many: 'Loitering (your AIS)' },
  gap: { one: 'AIS gap', many: 'AIS gaps (your AIS)' },
  'port-visit': { one: 'port visit', many: 'Port visits (your AIS)' },
};

/** Kinds found in the user's own AIS by this tool's detection, never reported by a source. */
export const DERIVED_KINDS: ReadonlySet<AreaRecordKind> = new Set(['encounter', 'loitering', 'gap', 'port-visit']);

/**
 * Where a record stands against the area: `inside` (its position is in it, or its line or outline meets it), or
 * `schematic` (drawn schematically: an incident placed at its zone's centre, a route drawn to show a connection; its
 * geometry meets the area but says nothing precise about where the thing happened). Schematic ones are counted apart.
 */
export type AreaPlacement = 'inside' | 'schematic';

/** A ship a record names: a vessel record where one exists, else the name (or MMSI) as given. */
export interface AreaVesselRef {
  name: string;
  vesselId?: string;
  mmsi?: string;
  imo?: string;
}

/** One row of the report: a curated record or an event in the user's AIS. */
export interface AreaRecord {
  kind: AreaRecordKind;
  id: string;
  name: string;
  /** The date or period as a reader reads it: "2018-02-13", "2017-08 – 2017-10", "since 2017". */
  when: string;
  span: DaySpan;
  /** Bibliography ids; empty for the user's data. */
  sourceIds: readonly string[];
  /** For the user's data: which user layer it came from. */
  userLayerName?: string;
  /** A curated record's confidence; `derived` for what detection found in the user's AIS. */
  confidence: Confidence | 'derived';
  placement: AreaPlacement;
  geometry: Geometry;
  vessels: readonly AreaVesselRef[];
  /** What choosing this row selects (curated records): the map feature, or the timeline event itself. */
  selectId?: string;
}

/** A vessel seen in the area: in the curated records, in the user's AIS positions, or both. */
export interface AreaVessel {
  /** `vessel-…` record id, else `mmsi:<mmsi>`, else `name:<name>`. */
  key: string;
  name: string;
  vesselId?: string;
  mmsi?: string;
  imo?: string;
  /** Curated records and events that name it. */
  recordIds: string[];
  /** Imported AIS positions inside the area and the range, with the first and last time (epoch ms). */
  positions: number;
  firstSeenMs: number | null;
  lastSeenMs: number | null;
}
