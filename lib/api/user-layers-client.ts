import {
  computeCandidateTransferAreas,
  DEFAULT_AIS_DETECTION_PARAMS,
  DEFAULT_CLUSTER_PARAMS,
  eventsFromGeoJson,
  eventsToGeoJson,
} from '@/geo/analysis/ais';
import { expect2xx, failure, reasonOf, requestJson, type ClientOptions, type ClientResult } from '@/lib/api/json-client';
import { utf8ByteLength } from '@/lib/utf8-byte-length';
import {
  SavedLayerIdSchema,
  MAX_SAVED_LAYER_BODY_BYTES,
  MAX_LAYER_NAME_CHARS,
  MAX_SAVED_FEATURES,
  SavedLayerListSchema,
  SavedLayerSchema,
  type SavedLayerInput,
  type SavedLayer,
  type SavedLayerList,
} from '@/geo/analysis/user-data/saved-layer-schema';
import { geometryClass } from '@/geo/analysis/user-data/geometry';
import { parseDate } from '@/geo/analysis/user-data/parse-date';
import type { FeatureCounts, UserAisLayer, UserLayer, ImportedFeature, UserFeatureLayer } from '@/geo/analysis/user-data/types';


const API_PATH = '/api/user-layers';

function idPath(id: string): string | null {
  return SavedLayerIdSchema.safeParse(id).success ? `${API_PATH}/${encodeURIComponent(id)}` : null;
}

/**
 * What is saved of an imported user layer: its features as GeoJSON (the file's own properties), or for AIS the
 * events found (tracks are too large to keep; re-import the file to run detection again). Refused, with a
 * sentence, when there is nothing to save or it is over the limits.
 */
export function layerToInput(userLayer: UserLayer): { ok: true; input: SavedLayerInput } | { ok: false; message: string } {
  const source = { fileName: userLayer.fileName, rowsRead: userLayer.rowsRead, skipped: userLayer.skipped, timeField: userLayer.timeField };
  const name = userLayer.name.slice(0, MAX_LAYER_NAME_CHARS) || 'Imported data';
  let input: SavedLayerInput;
  if (userLayer.kind === 'ais') {
    const events = userLayer.detection?.events ?? [];
    if (events.length === 0) return { ok: false, message: 'There are no detected events to save: only the events of an AIS import are saved.' };
    input = { name, kind: 'ais-events', source: { ...source, timeField: 'start' }, geojson: eventsToGeoJson(events) };
  } else {
    input = {
      name,
      kind: userLayer.kind,
      source,
      geojson: { type: 'FeatureCollection', features: userLayer.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: f.properties })) },
    };
  }
  const count = input.geojson.features.length;
  if (count > MAX_SAVED_FEATURES) {
    return { ok: false, message: `This layer has ${count.toLocaleString('en')} features; at most ${MAX_SAVED_FEATURES.toLocaleString('en')} can be saved.` };
  }
  return { ok: true, input };
}

/** A saved user layer as an imported one again, under the local id `user-<saved id>`. */
export function savedToUserLayer(saved: SavedLayer): UserLayer {
  const id = `user-${saved.id}`;
  const base = {
    id,
    name: saved.name,
    fileName: saved.source.fileName,
    fileBytes: 0,
    importedAt: saved.createdAt,
    userProvided: true as const,
    rowsRead: saved.source.rowsRead,
    skipped: saved.source.skipped,
    savedId: saved.id,
  };
  if (saved.kind === 'ais-events') {
    const { events } = eventsFromGeoJson(saved.geojson);
    const first = events.reduce((m, e) => Math.min(m, e.start), Infinity);
    const last = events.reduce((m, e) => Math.max(m, e.end), -Infinity);
    const ais: UserAisLayer = {
      ...base,
      kind: 'ais',
      layout: null,
      tracks: null,
      counts: { vessels: new Set(events.flatMap((e) => (e.kind === 'encounter' ? e.vessels.map((v) => v.mmsi) : [e.vessel.mmsi]))).size, positions: 0 },
      timeField: 'start',
      timeExtent: first <= last ? [first, last] : null,
      detection: {
        params: DEFAULT_AIS_DETECTION_PARAMS,
        cluster: DEFAULT_CLUSTER_PARAMS,
        events,
        areas: computeCandidateTransferAreas(events, DEFAULT_CLUSTER_PARAMS),
        ranAt: saved.createdAt,
        durationMs: 0,
      },
    };
    return ais;
  }
  const counts: FeatureCounts = { points: 0, lines: 0, polygons: 0 };
  const timeField = saved.source.timeField;
  let min = Infinity;
  let max = -Infinity;
  const features = saved.geojson.features.map((f, i): ImportedFeature => {
    counts[geometryClass(f.geometry)]++;
    const time = timeField === null ? null : parseDate(f.properties[timeField]);
    if (time !== null) {
      min = Math.min(min, time);
      max = Math.max(max, time);
    }
    return { type: 'Feature', id: `${id}-f${i}`, userLayerId: id, geometry: f.geometry, properties: f.properties, time };
  });
  const userLayer: UserFeatureLayer = { ...base, kind: saved.kind, features, counts, timeField, timeExtent: min <= max ? [min, max] : null };
  return userLayer;
}

/** Summaries of the saved user layers, newest first (`GET /api/user-layers`). */
export async function listSavedLayers(options: ClientOptions = {}): Promise<ClientResult<SavedLayerList>> {
  return expect2xx(await requestJson('GET', API_PATH, undefined, options), SavedLayerListSchema, 'list the saved layers');
}

/** One saved user layer (`GET /api/user-layers/:id`); an unknown id is an error with `httpStatus: 404`. */
export async function getSavedLayer(id: string, options: ClientOptions = {}): Promise<ClientResult<SavedLayer>> {
  const path = idPath(id);
  if (!path) return failure('No saved layer has this id.', 404);
  const raw = await requestJson('GET', path, undefined, options);
  if (raw.ok && raw.status === 404) return failure('This layer is no longer saved (it was deleted).', 404);
  return expect2xx(raw, SavedLayerSchema, 'open the saved layer');
}

/** Saves an imported user layer (`POST /api/user-layers`); the server assigns its id. Checks the size limit first. */
export async function saveLayer(userLayer: UserLayer, options: ClientOptions = {}): Promise<ClientResult<SavedLayer>> {
  const converted = layerToInput(userLayer);
  if (!converted.ok) return failure(converted.message);
  const body = JSON.stringify(converted.input);
  if (utf8ByteLength(body) > MAX_SAVED_LAYER_BODY_BYTES) {
    return failure(`This layer is too large to save (the limit is ${MAX_SAVED_LAYER_BODY_BYTES / (1024 * 1024)} MB as GeoJSON).`);
  }
  return expect2xx(await requestJson('POST', API_PATH, body, options), SavedLayerSchema, 'save the layer');
}

/** Deletes a saved user layer (`DELETE /api/user-layers/:id`); one already gone counts as deleted. */
export async function deleteSavedLayer(id: string, options: ClientOptions = {}): Promise<ClientResult<null>> {
  const path = idPath(id);
  if (!path) return { ok: true, value: null };
  const raw = await requestJson('DELETE', path, undefined, options);
  if (!raw.ok) return raw;
  if (raw.status === 204 || raw.status === 404) return { ok: true, value: null };
  return failure(`Could not delete the saved layer: ${reasonOf(raw.body, raw.status)}.`, raw.status);
}
