import type { z } from 'zod';
import { FILE_SCHEMAS } from './dataset-schemas';
import { DATASET_FILES, DATASET_KEYS, type Dataset, type DatasetKey, type RawDatasetFiles } from './dataset-types';

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

/** `value[key]` when `value` is an object, else undefined. */
function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** The records of a file: a collection's features, a bare array's items, or the arrays under the given keys. */
function records(raw: unknown, arrayKeys: readonly string[] = ['features']): { item: Record<string, unknown>; path: PathSegment[] }[] {
  if (Array.isArray(raw)) return raw.flatMap((item, i) => (isRecord(item) ? [{ item, path: [i] }] : []));
  return arrayKeys.flatMap((k) => {
    const list = field(raw, k);
    return Array.isArray(list) ? list.flatMap((item, i) => (isRecord(item) ? [{ item, path: [k, i] }] : [])) : [];
  });
}

const RECORD_ARRAYS: Readonly<Record<DatasetKey, readonly string[]>> = {
  sources: [],
  places: ['features'],
  railLinks: ['features'],
  seaRoutes: ['features'],
  stsZones: ['features'],
  stsIncidents: ['features'],
  flowAnchors: ['features'],
  trade: ['series'],
  labor: ['workers', 'earnings'],
  petroleum: ['caps', 'reportedDeliveries', 'estimates'],
  timeline: [],
  claims: [],
};

/** Ids of a feature file's features, read defensively from the raw JSON (a file may have failed its schema). */
function featureIds(raw: unknown): Set<string> {
  return new Set(records(raw).flatMap(({ item }) => (typeof item.id === 'string' ? [item.id] : [])));
}

/**
 * Cross-file checks. They read the raw JSON defensively, so a file that failed its schema still has its source ids
 * and references checked, and its ids still count for the other files (no cascade of false "unknown id" errors).
 */
function crossReference(raw: RawDatasetFiles): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sourceKinds = new Map<string, unknown>();
  records(raw.sources).forEach(({ item, path }) => {
    if (typeof item.id !== 'string') return;
    if (sourceKinds.has(item.id)) problems.push(problemAt('sources', raw.sources, [...path, 'id'], `duplicate source id "${item.id}"`));
    sourceKinds.set(item.id, item.kind);
  });

  // Every id (sources, features, series, records, events, claims) is unique across all files.
  const owners = new Map<string, DatasetKey>();
  for (const key of DATASET_KEYS) {
    for (const { item, path } of records(raw[key], RECORD_ARRAYS[key])) {
      if (typeof item.id !== 'string') continue;
      const owner = owners.get(item.id);
      if (owner === undefined) owners.set(item.id, key);
      // Duplicate source ids are reported above.
      else if (!(owner === 'sources' && key === 'sources')) {
        problems.push(problemAt(key, raw[key], [...path, 'id'], `id "${item.id}" is already used in ${DATASET_FILES[owner]}`));
      }
    }
  }

  // Every source id resolves.
  for (const key of DATASET_KEYS) {
    if (key === 'sources') continue;
    walk(raw[key], [], (v, k, path) => {
      if (typeof k === 'string' && SOURCE_ID_ARRAY_KEYS.has(k) && Array.isArray(v)) {
        v.forEach((id, i) => {
          if (typeof id === 'string' && !sourceKinds.has(id)) {
            problems.push(problemAt(key, raw[key], [...path, i], `unknown source "${id}"`));
          }
        });
      }
    });
  }

  // Feature references.
  const placeKinds = new Map(
    records(raw.places).flatMap(({ item }) => (typeof item.id === 'string' ? [[item.id, field(item.properties, 'kind')] as const] : [])),
  );
  const placePositions = new Map(
    records(raw.places).flatMap(({ item }) => (typeof item.id === 'string' ? [[item.id, field(item.geometry, 'coordinates')] as const] : [])),
  );
  const anchors = featureIds(raw.flowAnchors);
  const zones = featureIds(raw.stsZones);
  const incidents = featureIds(raw.stsIncidents);
  const allFeatureIds = new Set<string>([
    ...placeKinds.keys(),
    ...anchors,
    ...zones,
    ...incidents,
    ...featureIds(raw.railLinks),
    ...featureIds(raw.seaRoutes),
  ]);
  const ref = (key: DatasetKey, path: PathSegment[], value: unknown, ok: (id: string) => boolean, what: string) => {
    if (typeof value === 'string' && !ok(value)) problems.push(problemAt(key, raw[key], path, `unknown ${what} "${value}"`));
  };

  records(raw.railLinks).forEach(({ item, path }) => {
    const crossings = field(item.properties, 'crossings');
    if (!Array.isArray(crossings)) return;
    crossings.forEach((id, j) => {
      const p = [...path, 'properties', 'crossings', j];
      if (typeof id !== 'string') return;
      const kind = placeKinds.get(id);
      if (kind === undefined) problems.push(problemAt('railLinks', raw.railLinks, p, `unknown place "${id}"`));
      else if (kind !== 'border-crossing') {
        problems.push(problemAt('railLinks', raw.railLinks, p, `place "${id}" is a ${String(kind)}, not a border-crossing`));
      }
    });
  });

  const isEndpoint = (id: string) => placeKinds.has(id) || anchors.has(id) || zones.has(id) || incidents.has(id);
  records(raw.seaRoutes).forEach(({ item, path }) => {
    const props = item.properties;
    const what = 'place, flow anchor, STS zone or STS incident';
    ref('seaRoutes', [...path, 'properties', 'fromId'], field(props, 'fromId'), isEndpoint, what);
    ref('seaRoutes', [...path, 'properties', 'toId'], field(props, 'toId'), isEndpoint, what);
    const via = field(props, 'viaIds');
    if (Array.isArray(via)) via.forEach((id, j) => ref('seaRoutes', [...path, 'properties', 'viaIds', j], id, isEndpoint, what));
  });

  records(raw.stsZones).forEach(({ item, path }) => {
    const outline = field(item.properties, 'outline');
    const centerId = field(outline, 'centerPlaceId');
    if (typeof centerId !== 'string') return;
    const base = [...path, 'properties', 'outline'];
    if (!placeKinds.has(centerId)) {
      problems.push(problemAt('stsZones', raw.stsZones, [...base, 'centerPlaceId'], `unknown place "${centerId}"`));
    } else if (JSON.stringify(placePositions.get(centerId)) !== JSON.stringify(field(outline, 'center'))) {
      problems.push(problemAt('stsZones', raw.stsZones, [...base, 'center'], `differs from the position of place "${centerId}"`));
    }
  });

  records(raw.stsIncidents).forEach(({ item, path }) => {
    ref('stsIncidents', [...path, 'properties', 'zoneId'], field(item.properties, 'zoneId'), (id) => zones.has(id), 'STS zone');
    ref('stsIncidents', [...path, 'properties', 'placement', 'fromId'], field(field(item.properties, 'placement'), 'fromId'), (id) => placeKinds.has(id), 'place');
  });

  for (const key of ['timeline', 'claims'] as const) {
    records(raw[key]).forEach(({ item, path }) => {
      const ids = item.featureIds;
      if (Array.isArray(ids)) ids.forEach((id, j) => ref(key, [...path, 'featureIds', j], id, (x) => allFeatureIds.has(x), 'feature'));
    });
  }

  records(raw.claims).forEach(({ item, path }) => {
    const seed = item.seedSourceId;
    if (typeof seed !== 'string') return;
    const kind = sourceKinds.get(seed);
    const p = [...path, 'seedSourceId'];
    if (!sourceKinds.has(seed)) problems.push(problemAt('claims', raw.claims, p, `unknown source "${seed}"`));
    else if (kind !== 'seed-article') problems.push(problemAt('claims', raw.claims, p, `source "${seed}" is a ${String(kind)}, not a seed-article`));
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
  problems.push(...crossReference(files));
  if (problems.length > 0 || !isComplete(parsed)) throw new DatasetError(problems);
  return parsed;
}

function isComplete(p: Partial<Dataset>): p is Dataset {
  return DATASET_KEYS.every((k) => p[k] !== undefined);
}
