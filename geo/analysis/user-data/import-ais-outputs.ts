import {
  computeCandidateTransferAreas,
  DEFAULT_AIS_DETECTION_PARAMS,
  DEFAULT_CLUSTER_PARAMS,
  densityFromFile,
  densityTimeExtent,
  eventsFromGeoJson,
  looksLikeDensityFile,
  type AisEvent,
} from '@/geo/analysis/ais';
import { layerBase } from './layer-base';
import type { ImportOptions, ImportOutcome, ImportSource } from './import-run-types';
import type { UserAisLayer } from './types';

/** Cheap tests on the text's start, so an ordinary GeoJSON file is not parsed twice. */
const DENSITY_MARK = /"type"\s*:\s*"route-atlas\/ais-density"/;
const EVENT_KIND_MARK = /"kind"\s*:\s*"(encounter|loitering|gap|port-visit)"/;
const EVENT_VESSEL_MARK = /"vessel1Mmsi"/;

function eventsTimeExtent(events: readonly AisEvent[]): [number, number] | null {
  if (events.length === 0) return null;
  return [Math.min(...events.map((e) => e.start)), Math.max(...events.map((e) => e.end))];
}

/**
 * The files `npm run detect` writes, read back as an AIS user layer without tracks: its events (GeoJSON) or its
 * density grid (JSON). Returns null when the text is neither, so the caller reads it as ordinary GeoJSON. Events are
 * parsed by the schema the exports are written with; a file that looks like one but does not parse gets one
 * sentence naming the first problem.
 */
export function importAisOutput(text: string, source: ImportSource, options: ImportOptions): ImportOutcome | null {
  const head = text.slice(0, 4096);
  const density = DENSITY_MARK.test(head);
  if (!density && !(EVENT_KIND_MARK.test(head) && EVENT_VESSEL_MARK.test(head))) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const base = { ...layerBase(source, options), kind: 'ais' as const, layout: null, tracks: null, skipped: {}, timeField: null, fromDetectCommand: true as const };
  if (density && looksLikeDensityFile(json)) {
    const read = densityFromFile(json);
    if (!read.ok) return { status: 'failed', message: `This density grid cannot be read: ${read.error}.` };
    const grid = read.grid;
    const layer: UserAisLayer = {
      ...base,
      rowsRead: grid.cells.length,
      counts: { vessels: 0, positions: grid.cells.reduce((sum, c) => sum + c.positions, 0) },
      detection: null,
      density: grid,
      timeExtent: densityTimeExtent(grid),
    };
    return { status: 'imported', userLayer: layer };
  }
  const read = eventsFromGeoJson(json);
  if (read.events.length === 0) return null;
  if (read.rejected.length > 0) {
    return { status: 'failed', message: `This events file cannot be read: feature ${read.rejected[0]! + 1} is not an event of npm run detect.` };
  }
  const events = read.events;
  const vessels = new Set(events.flatMap((e) => (e.kind === 'encounter' ? e.vessels.map((v) => v.mmsi) : [e.vessel.mmsi])));
  const layer: UserAisLayer = {
    ...base,
    rowsRead: events.length,
    counts: { vessels: vessels.size, positions: 0 },
    detection: {
      // The command's thresholds are not in its file: the defaults are shown, and Detect needs the AIS itself.
      params: DEFAULT_AIS_DETECTION_PARAMS,
      cluster: DEFAULT_CLUSTER_PARAMS,
      events,
      areas: computeCandidateTransferAreas(events.filter((e) => e.kind === 'encounter' || e.kind === 'loitering')),
      ranAt: base.importedAt,
      durationMs: 0,
    },
    timeExtent: eventsTimeExtent(events),
  };
  return { status: 'imported', userLayer: layer };
}
