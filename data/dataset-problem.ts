import { DATASET_FILES, type DatasetKey } from './dataset-types';

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

export type PathSegment = PropertyKey;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function formatPath(segments: readonly PathSegment[]): string {
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
export function locate(root: unknown, path: readonly PathSegment[]): { entityId: string | undefined; path: string } {
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

export function problemAt(key: DatasetKey, raw: unknown, path: readonly PathSegment[], message: string): DatasetProblem {
  const where = locate(raw, path);
  return { file: DATASET_FILES[key], entityId: where.entityId, path: where.path, message };
}

/** Calls `visit` for every value under `node`, with its path. */
export function walk(node: unknown, path: PathSegment[], visit: (value: unknown, key: PathSegment | undefined, path: PathSegment[]) => void): void {
  visit(node, path[path.length - 1], path);
  if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i], visit));
  else if (isRecord(node)) for (const [k, v] of Object.entries(node)) walk(v, [...path, k], visit);
}

/** `value[key]` when `value` is an object, else undefined. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** The records of a file: a collection's features, a bare array's items, or the arrays under the given keys. */
export function records(raw: unknown, arrayKeys: readonly string[] = ['features']): { item: Record<string, unknown>; path: PathSegment[] }[] {
  if (Array.isArray(raw)) return raw.flatMap((item, i) => (isRecord(item) ? [{ item, path: [i] }] : []));
  return arrayKeys.flatMap((k) => {
    const list = field(raw, k);
    return Array.isArray(list) ? list.flatMap((item, i) => (isRecord(item) ? [{ item, path: [k, i] }] : [])) : [];
  });
}

