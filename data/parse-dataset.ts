import type { z } from 'zod';
import { FILE_SCHEMAS } from './dataset-schemas';
import { DATASET_FILES, DATASET_KEYS, type Dataset, type DatasetKey, type RawDatasetFiles } from './dataset-types';
import { DatasetError, field, problemAt, records, walk, type DatasetProblem, type PathSegment } from './dataset-problem';
import { checkVesselReferences } from './vessel-references';

export { DatasetError, formatProblem, type DatasetProblem } from './dataset-problem';

const SOURCE_ID_ARRAY_KEYS = new Set(['sourceIds', 'geometrySourceIds']);

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
  vessels: [],
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

  problems.push(...checkVesselReferences(raw));
  return problems;
}

/**
 * Validates every dataset file against its schema, then cross-references them (source ids resolve, ids are
 * unique across files, zone/route/timeline/claim references resolve, every vessel named resolves to a vessel record
 * and every vessel record is referred to or says why not).
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
    vessels: run('vessels', FILE_SCHEMAS.vessels),
  };
  problems.push(...crossReference(files));
  if (problems.length > 0 || !isComplete(parsed)) throw new DatasetError(problems);
  return parsed;
}

function isComplete(p: Partial<Dataset>): p is Dataset {
  return DATASET_KEYS.every((k) => p[k] !== undefined);
}
