import { checkGeometry, geometryClass } from './geometry';
import { MAX_IMPORTED_FEATURES } from './import-limits';
import { parseDate, detectDateField } from './parse-date';
import { sanitizeProperties } from './properties';
import { countSkip } from './skip-reasons';
import type { FeatureCounts, ImportedFeature, SkippedByReason } from './types';

export interface FeatureImport {
  features: ImportedFeature[];
  counts: FeatureCounts;
  rowsRead: number;
  skipped: SkippedByReason;
  timeField: string | null;
  timeExtent: [number, number] | null;
}

export type GeoJsonImportResult = ({ ok: true } & FeatureImport) | { ok: false; message: string };

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);
/** Features sampled to find the date property. */
const DATE_SAMPLE = 500;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  return typeof value;
}

/** The list of raw features in a parsed GeoJSON document, or why there is none. */
function rawFeatures(data: unknown): { ok: true; features: unknown[] } | { ok: false; message: string } {
  if (Array.isArray(data)) return { ok: false, message: 'This is a JSON list, not GeoJSON: expected a FeatureCollection, a Feature or a geometry.' };
  if (!isObject(data)) return { ok: false, message: 'This is not GeoJSON: expected a JSON object.' };
  const type = data.type;
  if (type === 'FeatureCollection') {
    if (!Array.isArray(data.features)) return { ok: false, message: `This GeoJSON FeatureCollection has no "features" list (found ${describe(data.features)}).` };
    return { ok: true, features: data.features };
  }
  if (type === 'Feature') return { ok: true, features: [data] };
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) return { ok: true, features: [{ type: 'Feature', geometry: data, properties: {} }] };
  if (type === undefined) return { ok: false, message: 'This is not GeoJSON: the JSON has no "type" field.' };
  return { ok: false, message: `This is not GeoJSON: its type is ${describe(type)}, not FeatureCollection, Feature or a geometry.` };
}

/**
 * Reads GeoJSON text into imported features. Never throws. A document that cannot be used at all (not JSON,
 * truncated, not GeoJSON, no usable feature) gives `{ ok: false, message }` with one sentence for the user;
 * otherwise features that cannot be used are skipped and counted by reason (`not-a-feature`, `no-geometry`,
 * `unsupported-geometry`, `bad-coordinates`, `out-of-range`, `over-feature-limit`). Properties are flattened by
 * `sanitizeProperties` (kept as text, never markup). A date property is detected by name and values.
 */
export function importGeoJson(text: string, userLayerId: string): GeoJsonImportResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, message: 'The file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message.slice(0, 120)})` : '';
    return { ok: false, message: `This is not valid JSON; the file may be truncated or damaged${detail}.` };
  }
  const raw = rawFeatures(data);
  if (!raw.ok) return raw;
  if (raw.features.length === 0) return { ok: false, message: 'This GeoJSON contains no features.' };

  const skipped: SkippedByReason = {};
  const features: ImportedFeature[] = [];
  const counts: FeatureCounts = { points: 0, lines: 0, polygons: 0 };
  raw.features.forEach((f) => {
    if (!isObject(f) || f.type !== 'Feature') return countSkip(skipped, 'not-a-feature');
    const geometry = checkGeometry(f.geometry);
    if (!geometry.ok) return countSkip(skipped, geometry.reason);
    if (features.length >= MAX_IMPORTED_FEATURES) return countSkip(skipped, 'over-feature-limit');
    counts[geometryClass(geometry.geometry)]++;
    features.push({
      type: 'Feature',
      id: `${userLayerId}-f${features.length}`,
      userLayerId,
      geometry: geometry.geometry,
      properties: sanitizeProperties(f.properties),
      time: null,
    });
  });
  if (features.length === 0) {
    return { ok: false, message: 'No feature in this GeoJSON could be used (see the reasons: every geometry was missing or invalid).' };
  }
  const { timeField, timeExtent } = assignTimes(features);
  return { ok: true, features, counts, rowsRead: raw.features.length, skipped, timeField, timeExtent };
}

/** Finds the date property of `features`, sets each feature's `time` from it, and returns the field and extent. */
export function assignTimes(features: ImportedFeature[]): { timeField: string | null; timeExtent: [number, number] | null } {
  const fields = new Set<string>();
  const sample = features.slice(0, DATE_SAMPLE).map((f) => f.properties);
  for (const p of sample) for (const k of Object.keys(p)) fields.add(k);
  const timeField = detectDateField([...fields], sample);
  if (timeField === null) return { timeField: null, timeExtent: null };
  let min = Infinity;
  let max = -Infinity;
  for (const f of features) {
    f.time = parseDate(f.properties[timeField]);
    if (f.time !== null) {
      min = Math.min(min, f.time);
      max = Math.max(max, f.time);
    }
  }
  return { timeField, timeExtent: min <= max ? [min, max] : null };
}
