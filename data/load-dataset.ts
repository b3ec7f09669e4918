import type { z } from 'zod';
import {
  flowAnchorCollectionSchema,
  placeCollectionSchema,
  railLinkCollectionSchema,
  seaRouteCollectionSchema,
  stsIncidentCollectionSchema,
  stsZoneCollectionSchema,
  type FlowAnchorFeature,
  type PlaceFeature,
  type RailLinkFeature,
  type SeaRouteFeature,
  type StsIncidentFeature,
  type StsZoneFeature,
} from './schema/feature';
import { sourcesFileSchema, type Source } from './schema/source';
import { laborFileSchema, petroleumFileSchema, tradeFileSchema } from './schema/series';
import { timelineFileSchema } from './schema/timeline';
import { claimsFileSchema } from './schema/claim';

import sourcesJson from './sources.json';
import placesJson from './features/places.json';
import railLinksJson from './features/rail-links.json';
import seaRoutesJson from './features/sea-routes.json';
import stsZonesJson from './features/sts-zones.json';
import stsIncidentsJson from './features/sts-incidents.json';
import flowAnchorsJson from './features/flow-anchors.json';
import tradeJson from './series/trade.json';
import laborJson from './series/labor.json';
import petroleumJson from './series/petroleum.json';
import timelineJson from './timeline.json';
import claimsJson from './claims.json';

/** The schema for each dataset file, keyed by the `Dataset` field it fills. */
const FILE_SCHEMAS = {
  sources: sourcesFileSchema,
  places: placeCollectionSchema,
  railLinks: railLinkCollectionSchema,
  seaRoutes: seaRouteCollectionSchema,
  stsZones: stsZoneCollectionSchema,
  stsIncidents: stsIncidentCollectionSchema,
  flowAnchors: flowAnchorCollectionSchema,
  trade: tradeFileSchema,
  labor: laborFileSchema,
  petroleum: petroleumFileSchema,
  timeline: timelineFileSchema,
  claims: claimsFileSchema,
} as const;

export type DatasetKey = keyof typeof FILE_SCHEMAS;

/** Repository-relative path of each dataset file, used in error messages. */
export const DATASET_FILES: Readonly<Record<DatasetKey, string>> = {
  sources: 'data/sources.json',
  places: 'data/features/places.json',
  railLinks: 'data/features/rail-links.json',
  seaRoutes: 'data/features/sea-routes.json',
  stsZones: 'data/features/sts-zones.json',
  stsIncidents: 'data/features/sts-incidents.json',
  flowAnchors: 'data/features/flow-anchors.json',
  trade: 'data/series/trade.json',
  labor: 'data/series/labor.json',
  petroleum: 'data/series/petroleum.json',
  timeline: 'data/timeline.json',
  claims: 'data/claims.json',
};

/** Every dataset key, in file order. */
export const DATASET_KEYS = [
  'sources',
  'places',
  'railLinks',
  'seaRoutes',
  'stsZones',
  'stsIncidents',
  'flowAnchors',
  'trade',
  'labor',
  'petroleum',
  'timeline',
  'claims',
] as const satisfies readonly DatasetKey[];

/** The raw (unparsed) content of every dataset file. */
export type RawDatasetFiles = Record<DatasetKey, unknown>;

/** The parsed, cross-checked dataset. */
export type Dataset = { [K in DatasetKey]: z.infer<(typeof FILE_SCHEMAS)[K]> };

export type PlaceCollection = Dataset['places'];
export type RailLinkCollection = Dataset['railLinks'];
export type SeaRouteCollection = Dataset['seaRoutes'];
export type StsZoneCollection = Dataset['stsZones'];
export type StsIncidentCollection = Dataset['stsIncidents'];
export type FlowAnchorCollection = Dataset['flowAnchors'];

/** Any feature of the dataset. */
export type AnyFeature =
  | PlaceFeature
  | RailLinkFeature
  | SeaRouteFeature
  | StsZoneFeature
  | StsIncidentFeature
  | FlowAnchorFeature;

/** One problem found in a dataset file. */
export interface DatasetProblem {
  /** Repository-relative file path, e.g. `data/features/places.json`. */
  file: string;
  /** Id of the feature or record at fault, or `#3` where the record has no usable id. */
  entityId: string | undefined;
  /** Field path inside the record, e.g. `properties.facts[0].sourceIds[1]`. */
  path: string;
  message: string;
}

/** Formats a problem as `file › id › path: message`. */
export function formatProblem(p: DatasetProblem): string {
  const parts = [p.file];
  if (p.entityId !== undefined) parts.push(p.entityId);
  return `${parts.join(' › ')}${p.path ? ` › ${p.path}` : ''}: ${p.message}`;
}

/** Thrown by `parseDataset`; its message lists every problem found, one per line. */
export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];
  constructor(problems: readonly DatasetProblem[]) {
    super(
      `Dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

type PathSegment = PropertyKey;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}

/**
 * Splits a path inside a file into the record it belongs to (the deepest object with a string `id` along the
 * path, e.g. a feature or a trade series) and the path inside that record.
 */
function locate(root: unknown, path: readonly PathSegment[]): { entityId: string | undefined; path: string } {
  let node: unknown = root;
  let entityId: string | undefined;
  let entityDepth = 0;
  let firstIndexDepth = -1;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (Array.isArray(node) && typeof seg === 'number') {
      if (firstIndexDepth < 0) firstIndexDepth = i + 1;
      node = node[seg];
    } else if (isRecord(node) && typeof seg === 'string') {
      node = node[seg];
    } else {
      break;
    }
    if (isRecord(node) && typeof node.id === 'string' && node.id) {
      entityId = node.id;
      entityDepth = i + 1;
    }
  }
  if (entityId === undefined && firstIndexDepth > 0) {
    // A record without a usable id: name it by its position.
    return { entityId: `#${formatPath(path.slice(0, firstIndexDepth))}`, path: formatPath(path.slice(firstIndexDepth)) };
  }
  return { entityId, path: formatPath(path.slice(entityDepth)) };
}

function problemAt(key: DatasetKey, raw: unknown, path: readonly PathSegment[], message: string): DatasetProblem {
  const where = locate(raw, path);
  return { file: DATASET_FILES[key], entityId: where.entityId, path: where.path, message };
}

/** Calls `visit` for every value under `node`, with its path. */
function walk(node: unknown, path: PathSegment[], visit: (value: unknown, key: PathSegment | undefined, path: PathSegment[]) => void): void {
  visit(node, path[path.length - 1], path);
  if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i], visit));
  else if (isRecord(node)) for (const [k, v] of Object.entries(node)) walk(v, [...path, k], visit);
}

const SOURCE_ID_ARRAY_KEYS = new Set(['sourceIds', 'geometrySourceIds']);

function crossReference(data: Partial<Dataset>, raw: RawDatasetFiles): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sources = new Map<string, Source>();
  (data.sources ?? []).forEach((s, i) => {
    if (sources.has(s.id)) problems.push(problemAt('sources', raw.sources, [i, 'id'], `duplicate source id "${s.id}"`));
    sources.set(s.id, s);
  });

  // Every id (features, series, events, claims, sources) is unique across all files.
  const owners = new Map<string, DatasetKey>();
  const claimId = (key: DatasetKey, id: string, path: PathSegment[]) => {
    const owner = owners.get(id);
    if (owner !== undefined) {
      problems.push(problemAt(key, raw[key], path, `id "${id}" is already used in ${DATASET_FILES[owner]}`));
    } else {
      owners.set(id, key);
    }
  };
  for (const key of DATASET_KEYS) {
    const value = data[key];
    if (value === undefined) continue;
    if (key === 'sources') continue; // checked above; sources have their own namespace check below
    walk(value, [], (v, _k, path) => {
      if (isRecord(v) && typeof v.id === 'string') claimId(key, v.id, path);
    });
  }
  for (const [id] of sources) {
    const owner = owners.get(id);
    if (owner !== undefined) {
      const i = (data.sources ?? []).findIndex((s) => s.id === id);
      problems.push(problemAt('sources', raw.sources, [i, 'id'], `id "${id}" is already used in ${DATASET_FILES[owner]}`));
    }
  }

  // Every source id resolves.
  for (const key of DATASET_KEYS) {
    const value = data[key];
    if (value === undefined || key === 'sources') continue;
    walk(value, [], (v, k, path) => {
      if (typeof k === 'string' && SOURCE_ID_ARRAY_KEYS.has(k) && Array.isArray(v)) {
        v.forEach((id, i) => {
          if (typeof id === 'string' && !sources.has(id)) {
            problems.push(problemAt(key, raw[key], [...path, i], `unknown source "${id}"`));
          }
        });
      }
    });
  }

  // Feature references.
  const places = new Map((data.places?.features ?? []).map((f) => [f.id, f] as const));
  const anchors = new Set((data.flowAnchors?.features ?? []).map((f) => f.id));
  const zones = new Set((data.stsZones?.features ?? []).map((f) => f.id));
  const allFeatureIds = new Set<string>([
    ...places.keys(),
    ...anchors,
    ...zones,
    ...(data.railLinks?.features ?? []).map((f) => f.id),
    ...(data.seaRoutes?.features ?? []).map((f) => f.id),
    ...(data.stsIncidents?.features ?? []).map((f) => f.id),
  ]);

  (data.railLinks?.features ?? []).forEach((f, i) => {
    (f.properties.crossings ?? []).forEach((id, j) => {
      const place = places.get(id);
      if (!place) {
        problems.push(problemAt('railLinks', raw.railLinks, ['features', i, 'properties', 'crossings', j], `unknown place "${id}"`));
      } else if (place.properties.kind !== 'border-crossing') {
        problems.push(
          problemAt('railLinks', raw.railLinks, ['features', i, 'properties', 'crossings', j], `place "${id}" is a ${place.properties.kind}, not a border-crossing`),
        );
      }
    });
  });

  const incidents = new Set((data.stsIncidents?.features ?? []).map((f) => f.id));
  (data.seaRoutes?.features ?? []).forEach((f, i) => {
    const check = (id: string, path: PathSegment[]) => {
      if (!places.has(id) && !anchors.has(id) && !zones.has(id) && !incidents.has(id)) {
        problems.push(
          problemAt('seaRoutes', raw.seaRoutes, ['features', i, 'properties', ...path], `unknown place, flow anchor, STS zone or STS incident "${id}"`),
        );
      }
    };
    check(f.properties.fromId, ['fromId']);
    check(f.properties.toId, ['toId']);
    (f.properties.viaIds ?? []).forEach((id, j) => check(id, ['viaIds', j]));
  });

  (data.stsZones?.features ?? []).forEach((f, i) => {
    const centerId = f.properties.outline.centerPlaceId;
    if (centerId === undefined) return;
    const place = places.get(centerId);
    const path = ['features', i, 'properties', 'outline', 'centerPlaceId'];
    if (!place) {
      problems.push(problemAt('stsZones', raw.stsZones, path, `unknown place "${centerId}"`));
    } else {
      const [lon, lat] = place.geometry.coordinates;
      const [clon, clat] = f.properties.outline.center;
      if (lon !== clon || lat !== clat) {
        problems.push(problemAt('stsZones', raw.stsZones, ['features', i, 'properties', 'outline', 'center'], `differs from the position of place "${centerId}"`));
      }
    }
  });

  (data.stsIncidents?.features ?? []).forEach((f, i) => {
    if (!zones.has(f.properties.zoneId)) {
      problems.push(problemAt('stsIncidents', raw.stsIncidents, ['features', i, 'properties', 'zoneId'], `unknown STS zone "${f.properties.zoneId}"`));
    }
    const from = f.properties.placement.fromId;
    if (from !== undefined && !places.has(from)) {
      problems.push(problemAt('stsIncidents', raw.stsIncidents, ['features', i, 'properties', 'placement', 'fromId'], `unknown place "${from}"`));
    }
  });

  const checkFeatureIds = (key: 'timeline' | 'claims', items: readonly { featureIds?: string[] | undefined }[]) => {
    items.forEach((item, i) => {
      (item.featureIds ?? []).forEach((id, j) => {
        if (!allFeatureIds.has(id)) problems.push(problemAt(key, raw[key], [i, 'featureIds', j], `unknown feature "${id}"`));
      });
    });
  };
  checkFeatureIds('timeline', data.timeline ?? []);
  checkFeatureIds('claims', data.claims ?? []);

  (data.claims ?? []).forEach((c, i) => {
    const seed = sources.get(c.seedSourceId);
    if (!seed) problems.push(problemAt('claims', raw.claims, [i, 'seedSourceId'], `unknown source "${c.seedSourceId}"`));
    else if (seed.kind !== 'seed-article') {
      problems.push(problemAt('claims', raw.claims, [i, 'seedSourceId'], `source "${c.seedSourceId}" is a ${seed.kind}, not a seed-article`));
    }
  });

  return problems;
}

/**
 * Validates every dataset file against its schema, then cross-references them (source ids resolve, ids are
 * unique across files, zone/route/timeline/claim references resolve).
 *
 * @throws DatasetError listing every problem (not just the first), each naming the file, the record id and the
 *   field path, e.g. `data/features/places.json › port-rajin › properties.facts[0].sourceIds[0]: unknown source "x"`.
 */
export function parseDataset(files: RawDatasetFiles): Dataset {
  const problems: DatasetProblem[] = [];
  function run<S extends z.ZodType>(key: DatasetKey, schema: S): z.output<S> | undefined {
    const result = schema.safeParse(files[key]);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(problemAt(key, files[key], issue.path, issue.message));
    return undefined;
  }
  const parsed: Partial<Dataset> = {
    sources: run('sources', FILE_SCHEMAS.sources),
    places: run('places', FILE_SCHEMAS.places),
    railLinks: run('railLinks', FILE_SCHEMAS.railLinks),
    seaRoutes: run('seaRoutes', FILE_SCHEMAS.seaRoutes),
    stsZones: run('stsZones', FILE_SCHEMAS.stsZones),
    stsIncidents: run('stsIncidents', FILE_SCHEMAS.stsIncidents),
    flowAnchors: run('flowAnchors', FILE_SCHEMAS.flowAnchors),
    trade: run('trade', FILE_SCHEMAS.trade),
    labor: run('labor', FILE_SCHEMAS.labor),
    petroleum: run('petroleum', FILE_SCHEMAS.petroleum),
    timeline: run('timeline', FILE_SCHEMAS.timeline),
    claims: run('claims', FILE_SCHEMAS.claims),
  };
  problems.push(...crossReference(parsed, files));
  if (problems.length > 0 || !isComplete(parsed)) throw new DatasetError(problems);
  return parsed;
}

function isComplete(p: Partial<Dataset>): p is Dataset {
  return DATASET_KEYS.every((k) => p[k] !== undefined);
}

/** The raw JSON files as bundled with the app. */
export const BUNDLED_FILES: RawDatasetFiles = {
  sources: sourcesJson,
  places: placesJson,
  railLinks: railLinksJson,
  seaRoutes: seaRoutesJson,
  stsZones: stsZonesJson,
  stsIncidents: stsIncidentsJson,
  flowAnchors: flowAnchorsJson,
  trade: tradeJson,
  labor: laborJson,
  petroleum: petroleumJson,
  timeline: timelineJson,
  claims: claimsJson,
};

let cached: Dataset | undefined;

/** The bundled dataset, parsed and cross-checked once (memoised). Throws `DatasetError` on a bad file. */
export function getDataset(): Dataset {
  cached ??= parseDataset(BUNDLED_FILES);
  return cached;
}

/**
 * The map-visible features in a stable draw order (bottom to top): STS zones, sea routes, rail links, places,
 * STS incidents; file order within each kind. Flow anchors are left out: they are arc endpoints, not things.
 */
export function allFeatures(dataset: Dataset): AnyFeature[] {
  return [
    ...dataset.stsZones.features,
    ...dataset.seaRoutes.features,
    ...dataset.railLinks.features,
    ...dataset.places.features,
    ...dataset.stsIncidents.features,
  ];
}

/** Looks a feature (flow anchors included) up by id. */
export function findFeature(dataset: Dataset, id: string): AnyFeature | undefined {
  return [...allFeatures(dataset), ...dataset.flowAnchors.features].find((f) => f.id === id);
}
